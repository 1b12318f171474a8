#include "engine/reason/grpo_loss.h"

namespace m37::reason {

GrpoLossParts grpoLoss(const torch::Tensor& logp, const torch::Tensor& oldLogp,
                       const torch::Tensor& refLogp, const torch::Tensor& mask,
                       const torch::Tensor& advantages, const GrpoLossParams& params) {
    GrpoLossParts parts;
    const torch::Tensor adv = advantages.to(logp.dtype()).unsqueeze(1);  // [B, 1]
    const torch::Tensor ratio = torch::exp(logp - oldLogp);
    const torch::Tensor clipped = torch::clamp(ratio, 1 - params.clipEps, 1 + params.clipEps);
    const torch::Tensor surrogate = torch::min(ratio * adv, clipped * adv);
    const torch::Tensor diff = refLogp - logp;
    const torch::Tensor k3 = torch::exp(diff) - diff - 1;
    const torch::Tensor perToken = (surrogate - params.klBeta * k3) * mask;
    const double denom = double(logp.size(0)) * params.lengthNorm;
    parts.loss = -perToken.sum() / denom;
    {
        torch::NoGradGuard noGrad;
        const double tokens = std::max(1.0, mask.sum().item<double>());
        parts.kl = (k3 * mask).sum().item<double>() / tokens;
        parts.clipFraction = ((ratio != clipped).to(mask.dtype()) * mask).sum().item<double>() / tokens;
        parts.policyTerm = (surrogate * mask).sum().item<double>() / denom;
    }
    return parts;
}

}  // namespace m37::reason
