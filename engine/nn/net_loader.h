#pragma once
// LoadedNetwork: one network file loaded once, from which every search
// thread, the heatmap command and the GUI get their own evaluator over the
// shared weights and NN cache. loadNetwork() reads either kind of file the
// project takes — a move37 net file (".m37", recognised by its magic line)
// or a Leela Zero weight file (plain or gzipped, version 1 or 2) — so
// callers never choose by file name.
// Threading: a LoadedNetwork is immutable after loading and may be shared
// between threads; each factory call makes an evaluator for one thread.
#include <functional>
#include <memory>
#include <string>

#include "engine/nn/evaluator.h"
#include "engine/nn/nn_params.h"

namespace m37::nn {

class TorchEvaluator;

class LoadedNetwork {
  public:
    using Factory = std::function<std::unique_ptr<Evaluator>()>;

    const std::string& path() const { return path_; }
    const Capabilities& capabilities() const;
    // One line naming the network ("move37 net human-19x19.m37: 8 blocks x
    // 32 channels, 19x19", "Leela Zero weights (version 1), 6 blocks x 64
    // filters"), for status lines.
    const std::string& description() const { return description_; }
    // The whole story of a .m37 file (its header's shape and provenance
    // lines, NetMetadata::toText), or the description: the "About" text.
    const std::string& about() const { return about_; }

    // A factory handing each caller its own evaluator (params as loaded,
    // a distinct symmetry seed for each call) over the shared network and
    // cache: what Mcts and SearchEngine take.
    Factory factory() const;
    // An uncached evaluator with a fixed symmetry (0..7) or, for sym < 0,
    // the average of all 8 (GTP `heatmap`).
    std::unique_ptr<Evaluator> heatmapEvaluator(int sym) const;

  private:
    friend std::shared_ptr<LoadedNetwork> loadNetwork(const std::string&, const NNParams&,
                                                      std::string*);
    std::string path_;
    std::string description_;
    std::string about_;
    NNParams params_;
    std::shared_ptr<TorchEvaluator> base_;
};

// Loads FILE (.m37 or Leela Zero); nullptr and *error ("FILE: what") on
// failure, never a crash.
std::shared_ptr<LoadedNetwork> loadNetwork(const std::string& path, const NNParams& params,
                                           std::string* error);

// True when FILE starts with the move37 net magic line.
bool isNetFile(const std::string& path);

}  // namespace m37::nn
