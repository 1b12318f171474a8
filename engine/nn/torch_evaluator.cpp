#include "engine/nn/torch_evaluator.h"

#include <algorithm>

#include "engine/nn/input_features.h"
#include "engine/nn/net_file.h"
#include "engine/nn/symmetry.h"
#include "engine/nn/torch_network.h"

namespace m37::nn {

TorchEvaluator::TorchEvaluator(std::shared_ptr<const TorchNetwork> net, const NNParams& params,
                               std::shared_ptr<NNCache> cache)
    : net_(std::move(net)), params_(params), cache_(std::move(cache)), rng_(params.seed) {
    if (!cache_ && params_.cacheEntries > 0)
        cache_ = std::make_shared<NNCache>(params_.cacheEntries);
    const NetShape& s = net_->shape();
    caps_.name = "lz " + std::to_string(s.blocks) + "x" + std::to_string(s.filters) +
                 (s.valueFromBlack ? " (elf)" : "") + " on " + net_->deviceName();
    caps_.boardSizes = {s.boardSize};
    caps_.preferredBatch = std::max(1, params_.batchSize);
    caps_.inputPlanes = s.inputPlanes;
}

TorchEvaluator::~TorchEvaluator() = default;

std::unique_ptr<TorchEvaluator> TorchEvaluator::fromLzFile(const std::string& path,
                                                           const NNParams& params,
                                                           std::string* error) {
    auto weights = loadLzWeights(path, error);
    if (!weights) return nullptr;
    std::shared_ptr<const TorchNetwork> net = TorchNetwork::fromLz(*weights, params, error);
    if (!net) return nullptr;
    return std::make_unique<TorchEvaluator>(std::move(net), params);
}

std::unique_ptr<TorchEvaluator> TorchEvaluator::fromNetFile(const std::string& path,
                                                            const NNParams& params,
                                                            std::string* error) {
    auto file = readNetFile(path, error);
    if (!file) return nullptr;
    std::string why;
    std::shared_ptr<const TorchNetwork> net = TorchNetwork::fromNetFile(*file, params, &why);
    if (!net) {
        if (error) *error = path + ": " + why;
        return nullptr;
    }
    return std::make_unique<TorchEvaluator>(std::move(net), params);
}

EvalInput TorchEvaluator::prepare(const GameState& state) const {
    EvalInput in = Evaluator::prepare(state);
    if (caps_.supports(state.size())) in.planes = inputPlanes(state, net_->shape().features);
    return in;
}

void TorchEvaluator::evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) {
    const NetShape& shape = net_->shape();
    const int n = shape.boardSize;
    const int area = n * n;
    const size_t planeSize = size_t(shape.inputPlanes) * size_t(area);
    const int mode = int(params_.symmetryMode);
    const uint64_t modeKey =
        (uint64_t(mode) + 1) * 0x9E3779B97F4A7C15ULL +
        (params_.symmetryMode == SymmetryMode::kFixed ? uint64_t(params_.symmetry) << 8 : 0);

    std::vector<CachedEval> results(in.size());
    // Positions to run and the symmetries each uses.
    std::vector<size_t> todo;
    std::vector<int> syms;
    std::vector<size_t> owner;  // index into `in` of each network row
    for (size_t i = 0; i < in.size(); ++i) {
        const EvalInput& x = in[i];
        if (x.boardSize != n || x.planes.size() != planeSize) {
            results[i].rawPolicy.assign(size_t(x.boardSize * x.boardSize + 1),
                                        1.0f / float(x.boardSize * x.boardSize + 1));
            continue;
        }
        if (cache_ && cache_->lookup(x.key ^ modeKey, results[i])) continue;
        todo.push_back(i);
        switch (params_.symmetryMode) {
            case SymmetryMode::kFixed:
                syms.push_back(params_.symmetry & 7);
                owner.push_back(i);
                break;
            case SymmetryMode::kRandom:
                syms.push_back(int(rng_.below(8)));
                owner.push_back(i);
                break;
            case SymmetryMode::kAverage:
                for (int s = 0; s < kNumSymmetries; ++s) syms.push_back(s), owner.push_back(i);
                break;
        }
    }

    if (!syms.empty()) {
        const int rows = int(syms.size());
        std::vector<float> planes(size_t(rows) * planeSize);
        for (int r = 0; r < rows; ++r)
            transformPlanes(syms[size_t(r)], in[owner[size_t(r)]].planes.data(),
                            planes.data() + size_t(r) * planeSize, shape.inputPlanes, n);
        std::vector<float> policy(size_t(rows) * size_t(area + 1));
        std::vector<float> value(static_cast<size_t>(rows));
        std::string error;
        const bool ok = net_->forward(planes.data(), rows, policy.data(), value.data(), &error);
        if (!ok) lastError_ = error;
        for (size_t i : todo) {
            results[i].rawPolicy.assign(size_t(area + 1), 0.0f);
            results[i].value = 0.0f;
        }
        std::vector<int> count(in.size(), 0);
        std::vector<float> mapped(size_t(area + 1));
        for (int r = 0; r < rows; ++r) {
            const size_t i = owner[size_t(r)];
            CachedEval& res = results[i];
            if (!ok) {
                std::fill(res.rawPolicy.begin(), res.rawPolicy.end(), 1.0f / float(area + 1));
                res.value = 0.5f;
                continue;
            }
            untransformPolicy(syms[size_t(r)], policy.data() + size_t(r) * size_t(area + 1),
                              mapped.data(), n);
            for (int m = 0; m <= area; ++m) res.rawPolicy[size_t(m)] += mapped[size_t(m)];
            float winrate = (1.0f + value[size_t(r)]) / 2.0f;
            if (shape.valueFromBlack && in[i].toMove == kWhite) winrate = 1.0f - winrate;
            res.value += winrate;
            ++count[i];
        }
        for (size_t i : todo) {
            if (!ok || count[i] <= 1) {
                if (ok && cache_) cache_->insert(in[i].key ^ modeKey, results[i]);
                continue;
            }
            const float k = 1.0f / float(count[i]);
            for (auto& p : results[i].rawPolicy) p *= k;
            results[i].value *= k;
            if (cache_) cache_->insert(in[i].key ^ modeKey, results[i]);
        }
    }

    for (size_t i = 0; i < in.size(); ++i) {
        out[i].policy = maskPolicy(results[i].rawPolicy, in[i].legal);
        out[i].rawPolicy = std::move(results[i].rawPolicy);
        out[i].value = results[i].value;
        out[i].score = results[i].score;
        out[i].ownership = std::move(results[i].ownership);
    }
}

}  // namespace m37::nn
