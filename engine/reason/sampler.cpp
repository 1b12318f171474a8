#include "engine/reason/sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace m37::reason {

namespace {

float clean(float x) {
    return std::isnan(x) ? -std::numeric_limits<float>::infinity() : x;
}

}  // namespace

Sampler::Sampler(const SamplingParams& params) : params_(params), rng_(params.seed) {}

int Sampler::argmax(std::span<const float> logits) {
    if (logits.empty()) throw std::invalid_argument("sampler: no logits");
    int best = 0;
    for (size_t i = 1; i < logits.size(); ++i)
        if (clean(logits[i]) > clean(logits[size_t(best)])) best = int(i);
    return best;
}

std::vector<int> Sampler::nucleus(std::span<const float> logits, double temperature, double topP,
                                  std::vector<double>* probs) {
    if (logits.empty()) throw std::invalid_argument("sampler: no logits");
    const int n = int(logits.size());
    const double top = double(clean(logits[size_t(argmax(logits))]));
    std::vector<double> p(static_cast<size_t>(n));
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        const double x = double(clean(logits[size_t(i)]));
        p[size_t(i)] = std::isfinite(top) ? std::exp((x - top) / temperature) : (x == top);
        sum += p[size_t(i)];
    }
    for (double& x : p) x /= sum;
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return p[size_t(a)] > p[size_t(b)]; });
    size_t keep = order.size();
    if (topP < 1.0) {
        double cum = 0;
        for (size_t k = 0; k < order.size(); ++k) {
            cum += p[size_t(order[k])];
            if (cum >= topP) {
                keep = k + 1;
                break;
            }
        }
    }
    order.resize(keep);
    if (probs) {
        probs->clear();
        for (int id : order) probs->push_back(p[size_t(id)]);
    }
    return order;
}

int Sampler::sample(std::span<const float> logits) {
    if (params_.temperature <= 0) return argmax(logits);
    std::vector<double> probs;
    const std::vector<int> ids = nucleus(logits, params_.temperature, params_.topP, &probs);
    const double total = std::accumulate(probs.begin(), probs.end(), 0.0);
    double u = rng_.uniform() * total;
    for (size_t k = 0; k < ids.size(); ++k) {
        u -= probs[k];
        if (u < 0) return ids[k];
    }
    return ids.back();
}

}  // namespace m37::reason
