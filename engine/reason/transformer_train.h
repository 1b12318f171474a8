#pragma once
// The training pieces the SFT and GRPO trainers share: batches of token
// sequences with a loss mask, per-token log-probabilities of a sequence
// under the model (GRPO needs them under the policy, with gradients, and
// under the frozen reference, without), the masked cross-entropy loss, an
// AdamW optimiser and one optimisation step with gradient clipping.
// Conventions: sequences are right-padded with `padId`; mask[b][t] = 1 when
// token t of sequence b is a target (a completion token, predicted from the
// tokens before it); the log-prob tensors are aligned with the tokens
// shifted by one: column t-1 holds log p(token t | tokens < t).
// Threading: free functions used by the one thread that trains a model.
#include <torch/torch.h>

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "engine/reason/transformer.h"

namespace m37::reason {

// One batch: tokens [B, T] int64 and lossMask [B, T] float (on the CPU).
struct LmBatch {
    torch::Tensor tokens;
    torch::Tensor lossMask;
    int64_t targetTokens() const;
};

// A batch from prompt + completion pairs: the mask covers the completion.
// Throws std::invalid_argument when a pair is empty or the sizes differ.
LmBatch makeLmBatch(const std::vector<std::vector<int>>& prompts,
                    const std::vector<std::vector<int>>& completions, int padId);

// [B, T-1]: column t-1 is log p(tokens[:, t] | tokens[:, <t]). With
// `entropy`, also the entropy of each of those predictive distributions.
// The logits are divided by `temperature` and a defined `logitBias` ([B,
// T-1, vocab], as bansBias makes it) is added first, so the distributions
// are those a decoder sampling at that temperature with those bans drew
// from. Gradients flow unless the caller holds a NoGradGuard.
torch::Tensor tokenLogProbs(Transformer& model, const torch::Tensor& tokens,
                            torch::Tensor* entropy = nullptr, const torch::Tensor& logitBias = {},
                            double temperature = 1.0);

// The logit bias of a makeLmBatch batch of these pairs under a decoder's
// bans: [B, T-1, vocab] float, `banned` (LegalMoveMask::kBanned) where
// bans(b, completion tokens before j) names a token as completion token j
// of pair b, 0 elsewhere. On the CPU.
using CompletionBans = std::function<std::vector<int>(size_t pair, std::span<const int> before)>;
torch::Tensor bansBias(const std::vector<std::vector<int>>& prompts,
                       const std::vector<std::vector<int>>& completions, int64_t vocab,
                       const CompletionBans& bans, float banned);

// The mean cross-entropy over the batch's target tokens (a scalar with
// gradients).
torch::Tensor maskedLmLoss(Transformer& model, const LmBatch& batch);

// The log-probability of each completion token given the prompt, without
// gradients (their sum is the completion's log-likelihood).
std::vector<float> completionLogProbs(Transformer& model, const std::vector<int>& prompt,
                                      const std::vector<int>& completion);

// AdamW over the model's parameters (betas 0.9, 0.95).
std::unique_ptr<torch::optim::AdamW> makeAdamW(Transformer& model, double lr, double weightDecay);

// One step: zero the gradients, maskedLmLoss, backward, clip the gradient
// norm to `clipNorm` (<= 0: no clipping), step. Returns the loss.
double lmTrainStep(Transformer& model, torch::optim::Optimizer& opt, const LmBatch& batch,
                   double clipNorm = 1.0);

}  // namespace m37::reason
