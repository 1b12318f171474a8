// TorchEvaluator on a small random Leela Zero net: well-formed outputs,
// batches equal single evaluations, the cache, symmetry invariance of the
// 8-symmetry average, ELF value conversion, and unsupported board sizes.
#include <gtest/gtest.h>

#include <filesystem>
#include <numeric>

#include "engine/go/coord.h"
#include "engine/nn/lz_random_net.h"
#include "engine/nn/symmetry.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/nn/torch_network.h"
#include "tests/scratch_dir.h"

namespace m37::nn {
namespace {

Loc at(const char* v) {
    return *parseGtpVertex(v, 19);
}

std::string netPath(int version) {
    const std::string dir = testScratchDir(std::string(MOVE37_NN_TEST_TMP) + "/torch");
    const std::string path = dir + "/random-1x8-v" + std::to_string(version) + ".txt";
    RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 8;
    spec.seed = 5;
    spec.version = version;
    std::string error;
    EXPECT_TRUE(writeRandomLzWeights(path, spec, &error)) << error;
    return path;
}

std::unique_ptr<TorchEvaluator> make(SymmetryMode mode, int version = 1, size_t cache = 0) {
    NNParams p;
    p.symmetryMode = mode;
    p.cacheEntries = cache;
    std::string error;
    auto ev = TorchEvaluator::fromLzFile(netPath(version), p, &error);
    EXPECT_TRUE(ev) << error;
    return ev;
}

std::vector<std::pair<Loc, Color>> game() {
    return {{at("D4"), kBlack}, {at("Q16"), kWhite}, {at("C3"), kBlack}, {at("D3"), kWhite},
            {at("R4"), kBlack}, {kPassLoc, kWhite},  {at("K10"), kBlack}};
}

GameState played(int symmetry = 0) {
    GameState g(19);
    for (auto [l, c] : game()) EXPECT_EQ(g.play(symmetryLoc(symmetry, l, 19), c), MoveError::kNone);
    return g;
}

TEST(TorchEvaluator, CapabilitiesAndOutputs) {
    auto ev = make(SymmetryMode::kFixed);
    ASSERT_TRUE(ev);
    const auto& caps = ev->capabilities();
    EXPECT_EQ(caps.boardSizes, std::vector<int>{19});
    EXPECT_TRUE(caps.supports(19));
    EXPECT_FALSE(caps.supports(9));
    EXPECT_EQ(caps.inputPlanes, 18);
    EXPECT_NE(caps.name.find("1x8"), std::string::npos);
    EXPECT_EQ(ev->network()->shape().blocks, 1);
    GameState g = played();
    EvalOutput out = ev->evaluate(g);
    ASSERT_EQ(out.policy.size(), 362u);
    EXPECT_NEAR(std::accumulate(out.policy.begin(), out.policy.end(), 0.0), 1.0, 1e-5);
    EXPECT_NEAR(std::accumulate(out.rawPolicy.begin(), out.rawPolicy.end(), 0.0), 1.0, 1e-5);
    EXPECT_EQ(out.policy[size_t(policyIndex(at("D4"), 19))], 0.0f);
    EXPECT_GT(out.rawPolicy[size_t(policyIndex(at("D4"), 19))], 0.0f);
    EXPECT_GT(out.value, 0.0f);
    EXPECT_LT(out.value, 1.0f);
    EXPECT_TRUE(ev->lastError().empty());
}

TEST(TorchEvaluator, BatchEqualsSingles) {
    auto ev = make(SymmetryMode::kAverage);
    std::vector<GameState> states;
    GameState g(19);
    for (auto [l, c] : game()) {
        g.play(l, c);
        states.push_back(g);
    }
    for (const auto& s : states) ev->add(s);
    ev->compute();
    std::vector<EvalOutput> batch;
    for (int i = 0; i < int(states.size()); ++i) batch.push_back(ev->output(i));
    for (size_t i = 0; i < states.size(); ++i) {
        EvalOutput one = ev->evaluate(states[i]);
        EXPECT_NEAR(one.value, batch[i].value, 1e-5);
        for (size_t m = 0; m < 362; ++m) EXPECT_NEAR(one.policy[m], batch[i].policy[m], 1e-5);
    }
}

TEST(TorchEvaluator, CacheHitsGiveTheSameOutput) {
    auto ev = make(SymmetryMode::kRandom, 1, 100);
    GameState g = played();
    EvalOutput a = ev->evaluate(g);
    EvalOutput b = ev->evaluate(g);
    EXPECT_EQ(a.policy, b.policy);
    EXPECT_EQ(a.value, b.value);
    EXPECT_EQ(ev->cache()->hits(), 1u);
    EXPECT_EQ(ev->cache()->size(), 1u);
}

TEST(TorchEvaluator, AverageIsSymmetryInvariant) {
    auto ev = make(SymmetryMode::kAverage);
    const GameState g = played(0);
    const EvalOutput base = ev->evaluate(g);
    for (int s = 1; s < kNumSymmetries; ++s) {
        const GameState t = played(s);
        const EvalOutput out = ev->evaluate(t);
        EXPECT_NEAR(out.value, base.value, 1e-5) << s;
        for (int i = 0; i < 361; ++i) {
            const Loc l = policyLoc(i, 19);
            EXPECT_NEAR(out.rawPolicy[size_t(policyIndex(symmetryLoc(s, l, 19), 19))],
                        base.rawPolicy[size_t(i)], 1e-5)
                << s;
        }
        EXPECT_NEAR(out.rawPolicy[361], base.rawPolicy[361], 1e-6);
    }
}

TEST(TorchEvaluator, FixedSymmetriesDiffer) {
    // A random net is not symmetric: different symmetries give different numbers.
    const GameState g = played();
    auto e0 = make(SymmetryMode::kFixed);
    NNParams p;
    p.symmetryMode = SymmetryMode::kFixed;
    p.symmetry = 3;
    TorchEvaluator e3(e0->network(), p);
    EXPECT_NE(e0->evaluate(g).rawPolicy, e3.evaluate(g).rawPolicy);
}

TEST(TorchEvaluator, ElfValueIsConvertedForWhite) {
    // Same tensors; version 2 reads the value as Black's.
    auto v1 = make(SymmetryMode::kFixed, 1);
    auto v2 = make(SymmetryMode::kFixed, 2);
    GameState black(19), white(19);
    white.play(at("D4"), kBlack);
    EXPECT_NEAR(v2->evaluate(black).value, v1->evaluate(black).value, 1e-6);
    EXPECT_NEAR(v2->evaluate(white).value, 1.0f - v1->evaluate(white).value, 1e-6);
}

TEST(TorchEvaluator, UnsupportedSizeGetsUniform) {
    auto ev = make(SymmetryMode::kFixed);
    GameState g(9);
    EvalOutput out = ev->evaluate(g);
    ASSERT_EQ(out.policy.size(), 82u);
    EXPECT_FLOAT_EQ(out.policy[0], 1.0f / 82);
    EXPECT_EQ(out.value, 0.5f);
}

}  // namespace
}  // namespace m37::nn
