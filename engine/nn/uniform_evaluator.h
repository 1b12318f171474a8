#pragma once
// UniformEvaluator: a network stand-in that knows nothing: a uniform policy
// over the legal moves and a value of 0.5, on any board size. For tests and
// for search without learned knowledge.
// Threading: as Evaluator (one thread per object); holds no shared state.
#include "engine/nn/evaluator.h"

namespace m37::nn {

class UniformEvaluator : public Evaluator {
  public:
    UniformEvaluator();
    const Capabilities& capabilities() const override { return caps_; }

  protected:
    void evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) override;

  private:
    Capabilities caps_;
};

}  // namespace m37::nn
