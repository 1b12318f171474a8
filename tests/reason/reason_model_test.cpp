// ReasonModel::generate: greedy tokens are the argmax of the full forward
// pass, stop tokens end the completion, a callback returning false or the
// cancel flag (set from this or another thread) stops before the next
// token, and bad prompts and files give errors, never a crash.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "engine/reason/reason_model.h"
#include "engine/reason/transformer.h"
#include "tests/scratch_dir.h"

namespace m37::reason {
namespace {

TransformerParams small() {
    TransformerParams p;
    p.vocab = 40;
    p.dModel = 32;
    p.layers = 2;
    p.heads = 4;
    p.context = 48;
    return p;
}

SamplingParams greedy(int maxTokens) {
    SamplingParams s;
    s.temperature = 0;
    s.maxTokens = maxTokens;
    return s;
}

TEST(ReasonModel, GreedyGenerationIsTheArgmaxOfTheForwardPass) {
    Transformer net = makeTransformer(small(), 12);
    auto model = ReasonModel::wrap(net.ptr(), {});
    const std::vector<int> prompt = {1, 5, 9, 13, 2, 7};
    std::vector<int> streamed;
    const GenerationResult r = model->generate(prompt, greedy(20), [&](int t) {
        streamed.push_back(t);
        return true;
    });
    EXPECT_EQ(r.stop, StopReason::kMaxTokens);
    ASSERT_EQ(r.tokens.size(), 20u);
    EXPECT_EQ(streamed, r.tokens);
    EXPECT_EQ(r.promptTokens, 6);
    torch::NoGradGuard noGrad;
    std::vector<int64_t> seq(prompt.begin(), prompt.end());
    for (int t : r.tokens) {
        const torch::Tensor logits = net->forward(torch::tensor(seq, torch::kInt64).unsqueeze(0));
        EXPECT_EQ(logits[0][-1].argmax().item<int64_t>(), t);
        seq.push_back(t);
    }
}

TEST(ReasonModel, AFilterChangesTheLogitsBeforeEachToken) {
    Transformer net = makeTransformer(small(), 12);
    auto model = ReasonModel::wrap(net.ptr(), {});
    const std::vector<int> prompt = {1, 5, 9};
    const GenerationResult free = model->generate(prompt, greedy(6));
    ASSERT_EQ(free.tokens.size(), 6u);
    // Banning each greedy token where it came: the filter sees the tokens so
    // far, and the model takes the next best instead.
    std::vector<size_t> seen;
    const int banned = free.tokens[0];
    const GenerationResult r = model->generate(prompt, greedy(6), {}, nullptr,
                                               [&](std::span<const int> sofar, std::span<float> l) {
                                                   seen.push_back(sofar.size());
                                                   ASSERT_EQ(l.size(), 40u);
                                                   l[size_t(banned)] = -1e9f;
                                               });
    EXPECT_EQ(seen, (std::vector<size_t>{0, 1, 2, 3, 4, 5}));
    ASSERT_EQ(r.tokens.size(), 6u);
    EXPECT_EQ(std::count(r.tokens.begin(), r.tokens.end(), banned), 0);
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = net->forward(
        torch::tensor(std::vector<int64_t>{1, 5, 9}, torch::kInt64).unsqueeze(0))[0][-1];
    const torch::Tensor top2 = std::get<1>(logits.topk(2));
    EXPECT_EQ(top2[0].item<int64_t>(), banned);
    EXPECT_EQ(r.tokens[0], top2[1].item<int64_t>());
}

TEST(ReasonModel, StopsAtAStopToken) {
    auto model = ReasonModel::random(small(), 3, {});
    SamplingParams s;
    s.temperature = 1.0;
    s.topP = 1.0;
    s.maxTokens = 40;
    s.seed = 9;
    const GenerationResult free = model->generate({1, 2, 3}, s);
    ASSERT_EQ(free.tokens.size(), 40u);
    // The same draws with the 6th token made a stop token end there.
    const int stop = free.tokens[5];
    const size_t first =
        size_t(std::find(free.tokens.begin(), free.tokens.end(), stop) - free.tokens.begin());
    for (StopTokens st : {StopTokens{stop, -1}, StopTokens{-1, stop}}) {
        auto m2 = ReasonModel::random(small(), 3, st);
        const GenerationResult r = m2->generate({1, 2, 3}, s);
        EXPECT_EQ(r.stop, StopReason::kStopToken);
        EXPECT_EQ(r.tokens, std::vector<int>(free.tokens.begin(), free.tokens.begin() + first + 1));
    }
}

TEST(ReasonModel, CallbackFalseStopsAfterThatToken) {
    auto model = ReasonModel::random(small(), 4, {});
    int calls = 0;
    const GenerationResult r =
        model->generate({1, 2}, greedy(30), [&](int) { return ++calls < 3; });
    EXPECT_EQ(r.stop, StopReason::kCancelled);
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(r.tokens.size(), 3u);
}

TEST(ReasonModel, CancelFlagStopsAtTheNextToken) {
    auto model = ReasonModel::random(small(), 5, {});
    std::atomic<bool> cancel{false};
    int calls = 0;
    GenerationResult r = model->generate(
        {1, 2}, greedy(30),
        [&](int) {
            if (++calls == 5) cancel = true;
            return true;
        },
        &cancel);
    EXPECT_EQ(r.stop, StopReason::kCancelled);
    EXPECT_EQ(calls, 5);
    EXPECT_EQ(r.tokens.size(), 5u);

    // From another thread: the 4th callback asks a canceller thread to set
    // the flag and waits until it has; no 5th token follows.
    cancel = false;
    calls = 0;
    std::promise<void> ask;
    std::thread canceller([&, f = ask.get_future()]() mutable {
        f.wait();
        cancel.store(true);
    });
    r = model->generate(
        {1, 2}, greedy(30),
        [&](int) {
            if (++calls == 4) {
                ask.set_value();
                while (!cancel.load()) std::this_thread::yield();
            }
            return true;
        },
        &cancel);
    canceller.join();
    EXPECT_EQ(r.stop, StopReason::kCancelled);
    EXPECT_EQ(r.tokens.size(), 4u);

    // Set before the call: nothing at all.
    r = model->generate(
        {1, 2}, greedy(30), [&](int) { return true; }, &cancel);
    EXPECT_EQ(r.stop, StopReason::kCancelled);
    EXPECT_TRUE(r.tokens.empty());
}

TEST(ReasonModel, StopsWhenTheContextIsFull) {
    auto model = ReasonModel::random(small(), 6, {});
    const std::vector<int> prompt(40, 7);
    const GenerationResult r = model->generate(prompt, greedy(100));
    EXPECT_EQ(r.stop, StopReason::kContextFull);
    EXPECT_EQ(r.tokens.size(), 9u);  // one after the prompt, one after each of positions 40..47
}

TEST(ReasonModel, BadPromptsAndFilesGiveErrors) {
    auto model = ReasonModel::random(small(), 7, {});
    GenerationResult r = model->generate({}, greedy(5));
    EXPECT_EQ(r.stop, StopReason::kError);
    EXPECT_EQ(r.error, "empty prompt");
    r = model->generate({1, 40}, greedy(5));
    EXPECT_EQ(r.stop, StopReason::kError);
    EXPECT_NE(r.error.find("outside the vocabulary"), std::string::npos) << r.error;
    r = model->generate(std::vector<int>(48, 1), greedy(5));
    EXPECT_EQ(r.stop, StopReason::kError);
    EXPECT_NE(r.error.find("fills the context"), std::string::npos) << r.error;
    // The model still works afterwards.
    EXPECT_EQ(model->generate({1, 2}, greedy(5)).tokens.size(), 5u);

    const std::string dir = testScratchDir(std::string(MOVE37_REASON_TEST_TMP) + "/reason_model");
    const std::string path = dir + "/bad.m37";
    { std::ofstream(path) << "move37-net 1\nboard_size: 9\n"; }
    std::string error;
    EXPECT_EQ(ReasonModel::load(path, {}, &error), nullptr);
    EXPECT_NE(error.find(path + ": file ends inside the header"), std::string::npos) << error;
}

TEST(ReasonModel, LoadsASavedModel) {
    Transformer net = makeTransformer(small(), 8);
    const std::string dir = testScratchDir(std::string(MOVE37_REASON_TEST_TMP) + "/reason_model");
    const std::string path = dir + "/saved.m37";
    nn::NetMetadata prov;
    prov.notes = "test model";
    std::string error;
    ASSERT_TRUE(saveTransformer(path, net, prov, &error, /*half=*/false)) << error;
    auto loaded = ReasonModel::load(path, {}, &error);
    ASSERT_NE(loaded, nullptr) << error;
    EXPECT_EQ(loaded->params(), small());
    EXPECT_EQ(loaded->metadata().notes, "test model");
    auto wrapped = ReasonModel::wrap(net.ptr(), {});
    EXPECT_EQ(loaded->generate({3, 4, 5}, greedy(12)).tokens,
              wrapped->generate({3, 4, 5}, greedy(12)).tokens);
}

}  // namespace
}  // namespace m37::reason
