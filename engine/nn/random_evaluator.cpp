#include "engine/nn/random_evaluator.h"

#include <cmath>

#include "engine/go/rng.h"

namespace m37::nn {

RandomEvaluator::RandomEvaluator(uint64_t seed) : seed_(seed) {
    caps_.name = "random";
    caps_.preferredBatch = 1;
}

void RandomEvaluator::evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) {
    for (size_t i = 0; i < in.size(); ++i) {
        Rng rng(in[i].key ^ (seed_ * 0x9E3779B97F4A7C15ULL));
        std::vector<float> raw(in[i].legal.size());
        double sum = 0;
        for (auto& p : raw) {
            p = float(std::exp(3.0 * rng.uniform()));  // spread of about e^3
            sum += p;
        }
        for (auto& p : raw) p = float(p / sum);
        out[i].policy = maskPolicy(raw, in[i].legal);
        out[i].rawPolicy = std::move(raw);
        out[i].value = float(0.05 + 0.9 * rng.uniform());
    }
}

}  // namespace m37::nn
