// The training helpers: a tiny model overfits a few sequences with
// lmTrainStep (the loss falls far below its start), the loss mask covers
// exactly the completion, and per-token log-probs agree with the
// sequence log-likelihood from the full forward pass and from KV-cache
// decoding.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <cmath>

#include "engine/reason/transformer.h"
#include "engine/reason/transformer_train.h"

namespace m37::reason {
namespace {

TransformerParams tiny() {
    TransformerParams p;
    p.vocab = 16;
    p.dModel = 32;
    p.layers = 2;
    p.heads = 2;
    p.context = 32;
    return p;
}

TEST(TransformerTrain, BatchMaskCoversTheCompletionOnly) {
    const LmBatch b = makeLmBatch({{1, 4, 5}, {1, 6}}, {{7, 8}, {9, 10, 11, 12}}, 0);
    ASSERT_EQ(b.tokens.sizes(), (std::vector<int64_t>{2, 6}));
    const std::vector<int64_t> t0 = {1, 4, 5, 7, 8, 0}, t1 = {1, 6, 9, 10, 11, 12};
    const std::vector<float> m0 = {0, 0, 0, 1, 1, 0}, m1 = {0, 0, 1, 1, 1, 1};
    for (int64_t i = 0; i < 6; ++i) {
        EXPECT_EQ(b.tokens[0][i].item<int64_t>(), t0[size_t(i)]);
        EXPECT_EQ(b.tokens[1][i].item<int64_t>(), t1[size_t(i)]);
        EXPECT_EQ(b.lossMask[0][i].item<float>(), m0[size_t(i)]);
        EXPECT_EQ(b.lossMask[1][i].item<float>(), m1[size_t(i)]);
    }
    EXPECT_EQ(b.targetTokens(), 6);
    EXPECT_THROW(makeLmBatch({{1}}, {{}}, 0), std::invalid_argument);
}

TEST(TransformerTrain, PaddingDoesNotChangeTheLoss) {
    Transformer m = makeTransformer(tiny(), 3);
    torch::NoGradGuard noGrad;
    LmBatch b = makeLmBatch({{1, 4}, {1, 6, 7, 8}}, {{9, 10}, {11}}, 0);
    const double loss = maskedLmLoss(m, b).item<double>();
    ASSERT_EQ(b.tokens.size(1), 5);
    b.tokens[0][4] = 13;  // sequence 0 is 4 tokens long: the pad after it
    EXPECT_NEAR(maskedLmLoss(m, b).item<double>(), loss, 1e-6);
}

TEST(TransformerTrain, PerTokenLogProbsSumToTheSequenceLogLikelihood) {
    Transformer m = makeTransformer(tiny(), 9);
    m->eval();
    const std::vector<int> prompt = {1, 3, 4, 5, 6}, completion = {7, 2, 9, 9, 12, 2};
    const std::vector<float> lp = completionLogProbs(m, prompt, completion);
    ASSERT_EQ(lp.size(), completion.size());
    double sum = 0;
    for (float x : lp) {
        EXPECT_LT(x, 0.0f);
        sum += x;
    }
    torch::NoGradGuard noGrad;
    // From the forward logits: minus the summed cross-entropy of the completion.
    std::vector<int64_t> all(prompt.begin(), prompt.end());
    all.insert(all.end(), completion.begin(), completion.end());
    const torch::Tensor logits = m->forward(torch::tensor(all, torch::kInt64).unsqueeze(0))[0];
    const int64_t P = int64_t(prompt.size()), C = int64_t(completion.size());
    const torch::Tensor targets = torch::tensor(all, torch::kInt64).slice(0, P, P + C);
    const double ce = torch::nn::functional::cross_entropy(
                          logits.slice(0, P - 1, P + C - 1), targets,
                          torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                          .item<double>();
    EXPECT_NEAR(sum, -ce, 1e-4);
    // From KV-cache decoding, one token at a time.
    KvCache cache = m->makeCache();
    torch::Tensor next = m->prefill(cache, prompt);
    double decoded = 0;
    for (int t : completion) {
        decoded += torch::log_softmax(next, -1)[t].item<double>();
        next = m->decodeStep(cache, t);
    }
    EXPECT_NEAR(sum, decoded, 1e-4);
}

TEST(TransformerTrain, BansBiasScoresWhatAFilteredDecoderSampled) {
    // Pair 0: prompt 2, completion 3 (columns 1..3); pair 1: prompt 1,
    // completion 2 (columns 0..1). Token 5 banned as completion token 1.
    const std::vector<std::vector<int>> prompts = {{1, 2}, {1}}, completions = {{3, 4, 6}, {6, 7}};
    std::vector<std::pair<size_t, size_t>> asked;
    const torch::Tensor bias = bansBias(
        prompts, completions, 16,
        [&](size_t pair, std::span<const int> before) {
            asked.push_back({pair, before.size()});
            return before.size() == 1 ? std::vector<int>{5, 9} : std::vector<int>{};
        },
        -1e9f);
    ASSERT_EQ(bias.sizes(), (std::vector<int64_t>{2, 4, 16}));
    EXPECT_EQ(asked.size(), 5u);
    EXPECT_EQ(bias[0][2][5].item<float>(), -1e9f);
    EXPECT_EQ(bias[0][2][9].item<float>(), -1e9f);
    EXPECT_EQ(bias[1][1][5].item<float>(), -1e9f);
    EXPECT_EQ(bias.ne(0).sum().item<int64_t>(), 4);
    // The log-probs under the bias are the renormalised ones over the allowed tokens.
    Transformer m = makeTransformer(tiny(), 4);
    m->eval();
    torch::NoGradGuard noGrad;
    const LmBatch b = makeLmBatch(prompts, completions, 0);
    torch::Tensor entropy;
    const torch::Tensor plain = tokenLogProbs(m, b.tokens);
    const torch::Tensor biased = tokenLogProbs(m, b.tokens, &entropy, bias);
    EXPECT_FALSE(entropy.isnan().any().item<bool>());
    const torch::Tensor logits = m->forward(b.tokens)[0][2];
    const torch::Tensor allowed =
        torch::ones({16}, torch::kBool).index_put_({5}, false).index_put_({9}, false);
    const double expect = (logits[4] - logits.masked_select(allowed).logsumexp(0)).item<double>();
    EXPECT_NEAR(biased[0][2].item<double>(), expect, 1e-5);
    EXPECT_GT(biased[0][2].item<double>(), plain[0][2].item<double>());
    EXPECT_NEAR(biased[0][0].item<double>(), plain[0][0].item<double>(), 1e-6) << "no ban there";
}

TEST(TransformerTrain, LogProbsAtATemperatureAreThoseOfTheTemperedLogits) {
    Transformer m = makeTransformer(tiny(), 6);
    m->eval();
    torch::NoGradGuard noGrad;
    const LmBatch b = makeLmBatch({{1, 2}}, {{3, 4, 5}}, 0);
    const torch::Tensor logits = m->forward(b.tokens)[0];
    const torch::Tensor cold = tokenLogProbs(m, b.tokens, nullptr, {}, 0.5);
    for (int64_t t = 0; t < 4; ++t) {
        const int64_t next = b.tokens[0][t + 1].item<int64_t>();
        EXPECT_NEAR(cold[0][t].item<double>(),
                    torch::log_softmax(logits[t] / 0.5, -1)[next].item<double>(), 1e-5);
    }
    EXPECT_TRUE(tokenLogProbs(m, b.tokens, nullptr, {}, 1.0).equal(tokenLogProbs(m, b.tokens)));
}

TEST(TransformerTrain, LogProbsCarryGradientsAndEntropy) {
    Transformer m = makeTransformer(tiny(), 4);
    const LmBatch b = makeLmBatch({{1, 2}, {1}}, {{3, 4, 5}, {6, 7}}, 0);
    torch::Tensor entropy;
    const torch::Tensor lp = tokenLogProbs(m, b.tokens, &entropy);
    EXPECT_TRUE(lp.requires_grad());
    ASSERT_EQ(lp.sizes(), (std::vector<int64_t>{2, 4}));
    ASSERT_EQ(entropy.sizes(), lp.sizes());
    EXPECT_GE(entropy.min().item<double>(), 0.0);
    EXPECT_LE(entropy.max().item<double>(), std::log(16.0) + 1e-5);
    (lp * b.lossMask.slice(1, 1, 5)).sum().backward();
    EXPECT_GT(m->parameters().front().grad().abs().sum().item<double>(), 0.0);
}

TEST(TransformerTrain, OverfitsAFewSequences) {
    torch::set_num_threads(1);
    Transformer m = makeTransformer(tiny(), 17);
    const LmBatch batch = makeLmBatch(
        {{1, 3, 4}, {1, 5, 6}, {1, 7}, {1, 8, 9, 10}},
        {{11, 12, 13, 14, 2}, {14, 13, 12, 11, 10, 2}, {4, 4, 5, 5, 6, 6, 2}, {3, 9, 15, 2}}, 0);
    auto opt = makeAdamW(m, 3e-3, 0.0);
    const double first = lmTrainStep(m, *opt, batch);
    EXPECT_NEAR(first, std::log(16.0), 0.5);  // about uniform at the start
    double last = first;
    for (int step = 0; step < 150; ++step) last = lmTrainStep(m, *opt, batch);
    EXPECT_LT(last, 0.1 * first) << "first " << first << ", last " << last;
    // Greedy decoding now reproduces a completion.
    m->eval();
    torch::NoGradGuard noGrad;
    KvCache cache = m->makeCache();
    torch::Tensor next = m->prefill(cache, {1, 5, 6});
    std::vector<int> out;
    for (int i = 0; i < 6; ++i) {
        out.push_back(int(next.argmax().item<int64_t>()));
        next = m->decodeStep(cache, out.back());
    }
    EXPECT_EQ(out, (std::vector<int>{14, 13, 12, 11, 10, 2}));
}

}  // namespace
}  // namespace m37::reason
