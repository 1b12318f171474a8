#include "engine/nn/net_loader.h"

#include <cstring>
#include <fstream>

#include "engine/nn/lz_weights.h"
#include "engine/nn/net_file.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/nn/torch_network.h"

namespace m37::nn {

namespace {

constexpr char kNetMagic[] = "move37-net ";

}  // namespace

bool isNetFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[sizeof(kNetMagic) - 1] = {};
    if (!in.read(head, sizeof(head))) return false;
    return std::memcmp(head, kNetMagic, sizeof(head)) == 0;
}

const Capabilities& LoadedNetwork::capabilities() const {
    return base_->capabilities();
}

LoadedNetwork::Factory LoadedNetwork::factory() const {
    auto base = base_;
    NNParams p = params_;
    return [base, p]() mutable -> std::unique_ptr<Evaluator> {
        p.seed = p.seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::make_unique<TorchEvaluator>(base->network(), p, base->cache());
    };
}

std::unique_ptr<Evaluator> LoadedNetwork::heatmapEvaluator(int sym) const {
    NNParams h = params_;
    h.cacheEntries = 0;
    h.symmetryMode = sym < 0 ? SymmetryMode::kAverage : SymmetryMode::kFixed;
    h.symmetry = sym < 0 ? 0 : sym;
    return std::make_unique<TorchEvaluator>(base_->network(), h);
}

std::shared_ptr<LoadedNetwork> loadNetwork(const std::string& path, const NNParams& params,
                                           std::string* error) {
    auto loaded = std::make_shared<LoadedNetwork>();
    loaded->path_ = path;
    loaded->params_ = params;
    std::shared_ptr<const TorchNetwork> net;
    std::string why;
    if (isNetFile(path)) {
        auto file = readNetFile(path, error);
        if (!file) return nullptr;
        net = TorchNetwork::fromNetFile(*file, params, &why);
        if (!net) {
            if (error) *error = path + ": " + why;
            return nullptr;
        }
        const NetMetadata& m = file->meta;
        const size_t slash = path.find_last_of('/');
        loaded->description_ =
            "move37 net " + (slash == std::string::npos ? path : path.substr(slash + 1)) + ": " +
            std::to_string(m.blocks) + " blocks x " + std::to_string(m.channels) + " channels, " +
            std::to_string(m.boardSize) + "x" + std::to_string(m.boardSize);
        loaded->about_ = m.toText();
    } else {
        auto weights = loadLzWeights(path, error);
        if (!weights) return nullptr;
        net = TorchNetwork::fromLz(*weights, params, &why);
        if (!net) {
            if (error) *error = path + ": " + why;
            return nullptr;
        }
        loaded->description_ = "Leela Zero weights (version " + std::to_string(weights->version) +
                               "), " + std::to_string(weights->blocks) + " blocks x " +
                               std::to_string(weights->filters) + " filters";
        loaded->about_ = loaded->description_;
    }
    loaded->base_ = std::make_shared<TorchEvaluator>(std::move(net), params);
    return loaded;
}

}  // namespace m37::nn
