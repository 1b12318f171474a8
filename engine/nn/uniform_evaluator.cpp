#include "engine/nn/uniform_evaluator.h"

namespace m37::nn {

UniformEvaluator::UniformEvaluator() {
    caps_.name = "uniform";
    caps_.preferredBatch = 1;
}

void UniformEvaluator::evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) {
    for (size_t i = 0; i < in.size(); ++i) {
        out[i].policy = maskPolicy(std::vector<float>(in[i].legal.size(), 1.0f), in[i].legal);
        out[i].rawPolicy = out[i].policy;
        out[i].value = 0.5f;
    }
}

}  // namespace m37::nn
