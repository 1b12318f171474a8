#include "engine/nn/random_network.h"

#include <cmath>

#include "engine/go/rng.h"
#include "engine/nn/torch_network.h"

namespace m37::nn {

namespace {

class RandomFill {
  public:
    explicit RandomFill(uint64_t seed) : rng_(seed) {}

    double gauss() { return rng_.gauss(); }
    std::vector<float> normal(size_t n, double stddev) {
        std::vector<float> v(n);
        for (auto& x : v) x = float(gauss() * stddev);
        return v;
    }
    std::vector<float> uniform(size_t n, double lo, double hi) {
        std::vector<float> v(n);
        for (auto& x : v) x = float(lo + (hi - lo) * rng_.uniform());
        return v;
    }
    // Conv + batch norm, bias already folded into the means (as the loader).
    LzConv conv(int outputs, int inputs, int kernel, double gain = 1.0, double meanShift = 0.0) {
        LzConv c;
        c.outputs = outputs;
        c.inputs = inputs;
        c.kernel = kernel;
        const double fanIn = double(inputs * kernel * kernel);
        c.weights = normal(size_t(outputs) * size_t(inputs) * size_t(kernel * kernel),
                           gain * std::sqrt(2.0 / fanIn));
        const std::vector<float> bias = normal(size_t(outputs), 0.05);
        c.means = normal(size_t(outputs), 0.3);
        for (size_t o = 0; o < c.means.size(); ++o) c.means[o] += float(meanShift) - bias[o];
        c.biases.assign(size_t(outputs), 0.0f);
        c.variances = uniform(size_t(outputs), 0.5, 2.0);
        return c;
    }

  private:
    Rng rng_;
};

}  // namespace

LzWeights randomLzWeights(const RandomLzSpec& spec, int boardSize) {
    RandomFill r(spec.seed ^ (uint64_t(boardSize) << 48));
    const int c = spec.filters;
    const size_t area = size_t(boardSize) * size_t(boardSize);
    const size_t hidden = 256;
    LzWeights w;
    w.version = spec.version;
    w.blocks = spec.blocks;
    w.filters = c;
    w.input = r.conv(c, LzWeights::kInputPlanes, 3, 1.5);
    for (int b = 0; b < spec.blocks; ++b) {
        w.residual.push_back(r.conv(c, c, 3));
        w.residual.push_back(r.conv(c, c, 3, 0.5));
    }
    w.policyConv = r.conv(2, c, 1, 1.0, -1.0);
    w.policyFcW = r.normal((area + 1) * 2 * area, spec.policyScale / std::sqrt(2.0 * double(area)));
    w.policyFcB = r.normal(area + 1, 0.5);
    w.valueConv = r.conv(1, c, 1, 1.0, -1.0);
    w.valueFc1W = r.normal(hidden * area, std::sqrt(2.0 / double(area)));
    w.valueFc1B = r.normal(hidden, 0.1);
    w.valueFc2W = r.normal(hidden, spec.valueScale / std::sqrt(double(hidden)));
    w.valueFc2B = r.normal(1, 0.1);
    return w;
}

std::unique_ptr<TorchNetwork> randomTorchNetwork(const RandomLzSpec& spec, int boardSize,
                                                 const NNParams& params, std::string* error) {
    if (boardSize < 2 || spec.blocks < 0 || spec.filters < 1) {
        if (error) *error = "bad random network shape";
        return nullptr;
    }
    return TorchNetwork::fromLzSized(randomLzWeights(spec, boardSize), boardSize, params, error);
}

}  // namespace m37::nn
