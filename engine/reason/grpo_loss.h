#pragma once
// GRPO's objective on a batch of sampled completions (Dr. GRPO, "Understanding
// R1-Zero-like training", on DeepSeekMath's GRPO): for each completion
// token t of completion i with advantage A_i,
//   ratio  rho = exp(logp - oldLogp)          (the policy against the sampler)
//   term   min(rho * A_i, clip(rho, 1-eps, 1+eps) * A_i) - beta * k3
//   k3     exp(ref - logp) - (ref - logp) - 1  (Schulman's unbiased KL
//          estimate against the frozen reference, >= 0)
// and the loss is minus the sum of the terms over every completion token of
// the batch divided by (completions x lengthNorm), a constant: Dr. GRPO's
// length-unbiased form (dividing by each completion's own length would
// favour long wrong answers and short right ones).
// Tensors are aligned as tokenLogProbs gives them ([B, T-1]; column t-1 is
// token t) with `mask` 1 on completion tokens.
// Threading: free functions for the one thread that trains.
#include <torch/torch.h>

namespace m37::reason {

struct GrpoLossParams {
    double clipEps = 0.2;
    double klBeta = 0.04;
    double lengthNorm = 320;  // the constant divisor (the generation budget)
};

struct GrpoLossParts {
    torch::Tensor loss;       // scalar with gradients
    double kl = 0;            // mean k3 over completion tokens
    double clipFraction = 0;  // share of completion tokens whose ratio was clipped
    double policyTerm = 0;    // the surrogate's sum / (completions x lengthNorm)
};

// advantages: [B] float.
GrpoLossParts grpoLoss(const torch::Tensor& logp, const torch::Tensor& oldLogp,
                       const torch::Tensor& refLogp, const torch::Tensor& mask,
                       const torch::Tensor& advantages, const GrpoLossParams& params);

}  // namespace m37::reason
