// The sampler: greedy is the argmax, top-p keeps the smallest set of most
// likely tokens reaching p, draws stay inside it and follow its
// renormalised probabilities, and a seed fixes the draws.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "engine/reason/sampler.h"

namespace m37::reason {
namespace {

// Logits whose softmax (temperature 1) is `probs`.
std::vector<float> logitsOf(const std::vector<double>& probs) {
    std::vector<float> l;
    for (double p : probs) l.push_back(float(std::log(p)) + 3.0f);
    return l;
}

TEST(Sampler, GreedyIsTheArgmax) {
    const std::vector<float> l = {0.1f, 2.5f, -1.0f, 2.5f, 0.3f};
    EXPECT_EQ(Sampler::argmax(l), 1);  // ties: the lowest id
    SamplingParams p;
    p.temperature = 0;
    Sampler s(p);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(s.sample(l), 1);
    const std::vector<float> nan = {std::nanf(""), -3.0f, -2.0f};
    EXPECT_EQ(Sampler::argmax(nan), 2);
}

TEST(Sampler, TopPKeepsTheSmallestSetReachingP) {
    // Shuffled so that the order of ids is not the order of probabilities.
    const std::vector<float> l = logitsOf({0.15, 0.5, 0.05, 0.3});
    std::vector<double> probs;
    EXPECT_EQ(Sampler::nucleus(l, 1.0, 0.45, &probs), (std::vector<int>{1}));
    EXPECT_EQ(Sampler::nucleus(l, 1.0, 0.79, &probs), (std::vector<int>{1, 3}));
    ASSERT_EQ(probs.size(), 2u);
    EXPECT_NEAR(probs[0], 0.5, 1e-6);
    EXPECT_NEAR(probs[1], 0.3, 1e-6);
    EXPECT_EQ(Sampler::nucleus(l, 1.0, 0.81), (std::vector<int>{1, 3, 0}));
    EXPECT_EQ(Sampler::nucleus(l, 1.0, 0.96), (std::vector<int>{1, 3, 0, 2}));
    EXPECT_EQ(Sampler::nucleus(l, 1.0, 1.0), (std::vector<int>{1, 3, 0, 2}));
    // A low temperature sharpens the distribution: the top token alone
    // reaches 0.9 at temperature 0.2 (0.5^5 against 0.3^5 + ...).
    EXPECT_EQ(Sampler::nucleus(l, 0.2, 0.9), (std::vector<int>{1}));
}

TEST(Sampler, DrawsStayInTheNucleusWithItsProbabilities) {
    const std::vector<float> l = logitsOf({0.15, 0.5, 0.05, 0.3});
    SamplingParams p;
    p.temperature = 1.0;
    p.topP = 0.79;  // nucleus {1, 3}: 0.625, 0.375 after renormalising
    p.seed = 5;
    Sampler s(p);
    std::map<int, int> counts;
    const int n = 20000;
    for (int i = 0; i < n; ++i) ++counts[s.sample(l)];
    EXPECT_EQ(counts.size(), 2u);
    EXPECT_NEAR(counts[1] / double(n), 0.625, 0.02);
    EXPECT_NEAR(counts[3] / double(n), 0.375, 0.02);
}

TEST(Sampler, TheSeedFixesTheDraws) {
    const std::vector<float> l = logitsOf({0.2, 0.2, 0.2, 0.2, 0.2});
    SamplingParams p;
    p.temperature = 1.0;
    p.topP = 1.0;
    auto draws = [&](uint64_t seed) {
        p.seed = seed;
        Sampler s(p);
        std::vector<int> v;
        for (int i = 0; i < 50; ++i) v.push_back(s.sample(l));
        return v;
    };
    EXPECT_EQ(draws(1), draws(1));
    EXPECT_NE(draws(1), draws(2));
}

}  // namespace
}  // namespace m37::reason
