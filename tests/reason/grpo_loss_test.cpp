// GRPO's loss: the Dr. GRPO normalisation (a constant, not each
// completion's length), the k3 KL estimate (zero at the reference,
// positive away from it), the ratio clip (no gradient past 1 + eps for a
// positive advantage) and the direction of one step: a completion with a
// positive advantage becomes more likely, one with a negative less.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "engine/reason/grpo_loss.h"
#include "engine/reason/transformer.h"
#include "engine/reason/transformer_train.h"
#include "tests/reason/reason_test_util.h"

namespace m37::reason {
namespace {

TEST(GrpoLoss, LengthUnbiasedSurrogateWithoutKlAtTheReference) {
    // Two completions: 3 tokens (advantage +1) and 1 token (advantage -1).
    const torch::Tensor logp = torch::full({2, 4}, -1.0);
    const torch::Tensor mask = torch::tensor({1, 1, 1, 0, 0, 0, 1, 0}, torch::kFloat).view({2, 4});
    const torch::Tensor adv = torch::tensor({1.0f, -1.0f});
    GrpoLossParams p;
    p.lengthNorm = 10;
    const GrpoLossParts parts = grpoLoss(logp, logp, logp, mask, adv, p);
    // -(3 * 1 + 1 * -1) / (2 completions * 10).
    EXPECT_NEAR(parts.loss.item<double>(), -0.1, 1e-6);
    EXPECT_NEAR(parts.kl, 0.0, 1e-9);
    EXPECT_NEAR(parts.clipFraction, 0.0, 1e-9);
}

TEST(GrpoLoss, K3IsTheKlEstimate) {
    const torch::Tensor logp = torch::tensor({{-1.0f, -2.0f}});
    const torch::Tensor ref = torch::tensor({{-1.5f, -1.0f}});
    const torch::Tensor mask = torch::ones({1, 2});
    GrpoLossParams p;
    p.klBeta = 1;
    p.lengthNorm = 2;
    const GrpoLossParts parts = grpoLoss(logp, logp, ref, mask, torch::zeros({1}), p);
    auto k3 = [](double d) { return std::exp(d) - d - 1; };
    const double expected = (k3(-0.5) + k3(1.0)) / 2;
    EXPECT_NEAR(parts.kl, expected, 1e-6);
    EXPECT_GT(parts.kl, 0);
    EXPECT_NEAR(parts.loss.item<double>(), expected, 1e-6);  // beta * sum / (1 * 2)
}

TEST(GrpoLoss, RatioBeyondTheClipGivesNoGradient) {
    torch::Tensor logp = torch::tensor({{0.0f, 0.0f}}).requires_grad_(true);
    const torch::Tensor old = torch::tensor({{-1.0f, 0.0f}});  // ratio e and 1
    const torch::Tensor mask = torch::ones({1, 2});
    GrpoLossParams p;
    p.klBeta = 0;
    const GrpoLossParts parts = grpoLoss(logp, old, logp.detach(), mask, torch::ones({1}), p);
    parts.loss.backward();
    EXPECT_NEAR(parts.clipFraction, 0.5, 1e-9);
    EXPECT_EQ(logp.grad()[0][0].item<float>(), 0.0f);  // clipped: no push further
    EXPECT_LT(logp.grad()[0][1].item<float>(), 0.0f);  // unclipped: pushed up
}

TEST(GrpoLoss, OneStepMovesProbabilityTowardsTheBetterCompletion) {
    const TransformerParams tp = test::tinyTransformer(16, 16);
    Transformer model = makeTransformer(tp, 3);
    Transformer ref = makeTransformer(tp, 3);
    const LmBatch batch = makeLmBatch({{1, 2}, {1, 2}}, {{5, 6, 7}, {8, 9, 10}}, 0);
    const torch::Tensor mask = batch.lossMask.slice(1, 1, batch.tokens.size(1));
    auto seqLogp = [&](int b) {
        torch::NoGradGuard g;
        return (tokenLogProbs(model, batch.tokens)[b] * mask[b]).sum().item<double>();
    };
    const double good0 = seqLogp(0), bad0 = seqLogp(1);
    torch::Tensor refLogp;
    {
        torch::NoGradGuard g;
        refLogp = tokenLogProbs(ref, batch.tokens);
    }
    auto opt = makeAdamW(model, 1e-2, 0);
    opt->zero_grad();
    const torch::Tensor logp = tokenLogProbs(model, batch.tokens);
    grpoLoss(logp, logp.detach(), refLogp, mask, torch::tensor({1.0f, -1.0f}), {})
        .loss.backward();
    opt->step();
    EXPECT_GT(seqLogp(0), good0);
    EXPECT_LT(seqLogp(1), bad0);
}

}  // namespace
}  // namespace m37::reason
