#pragma once
// TorchEvaluator: the Evaluator over a TorchNetwork (Leela Zero nets and
// move37 net files): prepares Leela Zero's 18 input planes, applies the symmetry the
// params ask for (fixed, one drawn per evaluation, or the average of all 8),
// runs the batch through the network, maps the policy back, turns tanh into
// the mover's winrate (converting ELF nets' Black view) and masks illegal
// moves. Raw outputs are kept in an NNCache keyed by the input key and the
// symmetry mode. Positions of a size the net does not take get a uniform
// policy and a value of 0.5 (check capabilities().supports first).
// Threading: as Evaluator, one thread per object; objects may share the
// network and the cache.
#include <memory>
#include <string>

#include "engine/go/rng.h"
#include "engine/nn/evaluator.h"
#include "engine/nn/nn_cache.h"
#include "engine/nn/nn_params.h"

namespace m37::nn {

class TorchNetwork;

class TorchEvaluator : public Evaluator {
  public:
    // cache may be null (then, if params.cacheEntries > 0, one of that
    // capacity is made for this object).
    TorchEvaluator(std::shared_ptr<const TorchNetwork> net, const NNParams& params,
                   std::shared_ptr<NNCache> cache = nullptr);
    ~TorchEvaluator() override;
    // Loads a Leela Zero weight file; nullptr and *error on failure.
    static std::unique_ptr<TorchEvaluator> fromLzFile(const std::string& path,
                                                      const NNParams& params, std::string* error);
    // Loads a move37 net file (net_file.h); nullptr and *error ("FILE:
    // what") on failure.
    static std::unique_ptr<TorchEvaluator> fromNetFile(const std::string& path,
                                                       const NNParams& params, std::string* error);

    const Capabilities& capabilities() const override { return caps_; }
    EvalInput prepare(const GameState& state) const override;

    const std::shared_ptr<const TorchNetwork>& network() const { return net_; }
    const std::shared_ptr<NNCache>& cache() const { return cache_; }
    const NNParams& params() const { return params_; }
    // The last backend error (empty when every forward pass succeeded).
    const std::string& lastError() const { return lastError_; }

  protected:
    void evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) override;

  private:
    std::shared_ptr<const TorchNetwork> net_;
    NNParams params_;
    std::shared_ptr<NNCache> cache_;
    Capabilities caps_;
    Rng rng_;
    std::string lastError_;
};

}  // namespace m37::nn
