#include "engine/reason/transformer_train.h"

#include <algorithm>
#include <stdexcept>

namespace m37::reason {

int64_t LmBatch::targetTokens() const {
    return int64_t(lossMask.sum().item<double>());
}

LmBatch makeLmBatch(const std::vector<std::vector<int>>& prompts,
                    const std::vector<std::vector<int>>& completions, int padId) {
    if (prompts.size() != completions.size() || prompts.empty())
        throw std::invalid_argument("makeLmBatch: need as many prompts as completions (and some)");
    size_t T = 0;
    for (size_t b = 0; b < prompts.size(); ++b) {
        if (prompts[b].empty() || completions[b].empty())
            throw std::invalid_argument("makeLmBatch: pair " + std::to_string(b) +
                                        " has an empty prompt or completion");
        T = std::max(T, prompts[b].size() + completions[b].size());
    }
    const int64_t B = int64_t(prompts.size());
    LmBatch batch;
    batch.tokens = torch::full({B, int64_t(T)}, int64_t(padId), torch::kInt64);
    batch.lossMask = torch::zeros({B, int64_t(T)}, torch::kFloat32);
    auto tok = batch.tokens.accessor<int64_t, 2>();
    auto mask = batch.lossMask.accessor<float, 2>();
    for (int64_t b = 0; b < B; ++b) {
        int64_t t = 0;
        for (int x : prompts[size_t(b)]) tok[b][t++] = x;
        for (int x : completions[size_t(b)]) {
            mask[b][t] = 1.0f;
            tok[b][t++] = x;
        }
    }
    return batch;
}

torch::Tensor tokenLogProbs(Transformer& model, const torch::Tensor& tokens, torch::Tensor* entropy,
                            const torch::Tensor& logitBias, double temperature) {
    const torch::Tensor logits = model->forward(tokens);
    const int64_t T = tokens.size(1);
    torch::Tensor scored = logits.slice(1, 0, T - 1);
    if (temperature != 1.0) scored = scored / temperature;
    if (logitBias.defined()) scored = scored + logitBias.to(scored.device());
    const torch::Tensor logp = torch::log_softmax(scored, -1);
    if (entropy) *entropy = -(logp.exp() * logp).sum(-1);
    return logp.gather(-1, tokens.slice(1, 1, T).unsqueeze(-1)).squeeze(-1);
}

torch::Tensor bansBias(const std::vector<std::vector<int>>& prompts,
                       const std::vector<std::vector<int>>& completions, int64_t vocab,
                       const CompletionBans& bans, float banned) {
    size_t T = 0;
    for (size_t b = 0; b < prompts.size(); ++b)
        T = std::max(T, prompts[b].size() + completions[b].size());
    const int64_t B = int64_t(prompts.size());
    torch::Tensor bias = torch::zeros({B, std::max<int64_t>(0, int64_t(T) - 1), vocab});
    auto a = bias.accessor<float, 3>();
    for (size_t b = 0; b < prompts.size(); ++b) {
        const std::span<const int> c(completions[b]);
        for (size_t j = 0; j < c.size(); ++j) {
            // Completion token j is token prompt + j, predicted at column prompt + j - 1.
            const int64_t column = int64_t(prompts[b].size() + j) - 1;
            if (column < 0) continue;
            for (int id : bans(b, c.first(j)))
                if (id >= 0 && id < vocab) a[int64_t(b)][column][id] = banned;
        }
    }
    return bias;
}

torch::Tensor maskedLmLoss(Transformer& model, const LmBatch& batch) {
    const auto device = model->parameters().front().device();
    const torch::Tensor tokens = batch.tokens.to(device);
    const int64_t T = tokens.size(1);
    const torch::Tensor mask = batch.lossMask.to(device).slice(1, 1, T);
    const torch::Tensor logp = tokenLogProbs(model, tokens);
    return -(logp * mask).sum() / mask.sum().clamp_min(1.0);
}

std::vector<float> completionLogProbs(Transformer& model, const std::vector<int>& prompt,
                                      const std::vector<int>& completion) {
    torch::NoGradGuard noGrad;
    const LmBatch batch = makeLmBatch({prompt}, {completion}, 0);
    const auto device = model->parameters().front().device();
    const torch::Tensor logp = tokenLogProbs(model, batch.tokens.to(device)).to(torch::kCPU);
    const int64_t from = int64_t(prompt.size()) - 1;
    const torch::Tensor c = logp[0].slice(0, from, from + int64_t(completion.size())).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

std::unique_ptr<torch::optim::AdamW> makeAdamW(Transformer& model, double lr, double weightDecay) {
    torch::optim::AdamWOptions o(lr);
    o.betas({0.9, 0.95});
    o.weight_decay(weightDecay);
    return std::make_unique<torch::optim::AdamW>(model->parameters(), o);
}

double lmTrainStep(Transformer& model, torch::optim::Optimizer& opt, const LmBatch& batch,
                   double clipNorm) {
    model->train();
    opt.zero_grad();
    torch::Tensor loss = maskedLmLoss(model, batch);
    loss.backward();
    if (clipNorm > 0) torch::nn::utils::clip_grad_norm_(model->parameters(), clipNorm);
    opt.step();
    return loss.item<double>();
}

}  // namespace m37::reason
