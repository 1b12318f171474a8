#pragma once
// RandomEvaluator: a network stand-in whose policy and value are pseudo-random
// but a pure function of the position key and a seed: the same position
// always gets the same numbers, so search tests are reproducible and yet see
// uneven priors. Any board size.
// Threading: as Evaluator (one thread per object); holds no shared state.
#include <cstdint>

#include "engine/nn/evaluator.h"

namespace m37::nn {

class RandomEvaluator : public Evaluator {
  public:
    explicit RandomEvaluator(uint64_t seed = 0);
    const Capabilities& capabilities() const override { return caps_; }

  protected:
    void evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) override;

  private:
    Capabilities caps_;
    uint64_t seed_;
};

}  // namespace m37::nn
