// The Evaluator interface with its stand-ins: batches, legal masks, keys,
// the uniform and the deterministic random evaluator, and the heatmap text.
#include <gtest/gtest.h>

#include <numeric>

#include "engine/go/coord.h"
#include "engine/nn/heatmap.h"
#include "engine/nn/random_evaluator.h"
#include "engine/nn/uniform_evaluator.h"

namespace m37::nn {
namespace {

Loc at(const char* v, int n = 19) {
    return *parseGtpVertex(v, n);
}

double sum(const std::vector<float>& v) {
    return std::accumulate(v.begin(), v.end(), 0.0);
}

GameState koPosition() {
    GameState g(9);
    const char* moves[] = {"D5", "E5", "C4", "F4", "D3", "E3", "H8", "D4", "E4"};
    Color c = kBlack;
    for (const char* m : moves) {
        EXPECT_EQ(g.play(at(m, 9), c), MoveError::kNone) << m;
        c = opponent(c);
    }
    return g;  // white to move, may not retake at D4
}

TEST(Evaluator, PolicyIndexRoundTrip) {
    for (int n : {9, 19}) {
        for (int i = 0; i <= n * n; ++i) EXPECT_EQ(policyIndex(policyLoc(i, n), n), i);
        EXPECT_EQ(policyIndex(kPassLoc, n), n * n);
    }
    EXPECT_EQ(policyIndex(at("A19"), 19), 0);
    EXPECT_EQ(policyIndex(at("T1"), 19), 360);
}

TEST(Evaluator, LegalMaskSeesOccupiedAndKo) {
    GameState g = koPosition();
    auto legal = legalMask(g);
    ASSERT_EQ(legal.size(), 82u);
    EXPECT_EQ(legal[size_t(policyIndex(at("D4", 9), 9))], 0);  // ko
    EXPECT_EQ(legal[size_t(policyIndex(at("E4", 9), 9))], 0);  // occupied
    EXPECT_EQ(legal[size_t(policyIndex(at("A1", 9), 9))], 1);
    EXPECT_EQ(legal[81], 1);
}

TEST(Evaluator, PositionKeyCoversHistoryAndMover) {
    GameState a(19), b(19);
    a.play(at("D4"), kBlack);
    a.play(at("Q16"), kWhite);
    b.play(at("Q16"), kWhite);
    b.play(at("D4"), kBlack);
    EXPECT_TRUE(a.board().sameStones(b.board()));
    EXPECT_NE(positionKey(a, 8), positionKey(b, 8));  // different history
    EXPECT_EQ(positionKey(a, 1) == positionKey(b, 1), a.toMove() == b.toMove());
    GameState c = a;
    c.setToMove(opponent(a.toMove()));
    EXPECT_NE(positionKey(a, 8), positionKey(c, 8));
}

TEST(Evaluator, MaskPolicy) {
    std::vector<float> raw{0.5f, 0.25f, 0.25f};
    std::vector<uint8_t> legal{0, 1, 1};
    EXPECT_EQ(maskPolicy(raw, legal), (std::vector<float>{0, 0.5f, 0.5f}));
    std::vector<float> zero{1.0f, 0, 0};
    EXPECT_EQ(maskPolicy(zero, legal), (std::vector<float>{0, 0.5f, 0.5f}));
}

TEST(UniformEvaluator, UniformOverLegalMoves) {
    UniformEvaluator ev;
    EXPECT_EQ(ev.capabilities().name, "uniform");
    EXPECT_TRUE(ev.capabilities().supports(7));
    GameState g = koPosition();
    EvalOutput out = ev.evaluate(g);
    ASSERT_EQ(out.policy.size(), 82u);
    const auto legal = legalMask(g);
    const int count = std::accumulate(legal.begin(), legal.end(), 0);
    for (size_t i = 0; i < legal.size(); ++i)
        EXPECT_FLOAT_EQ(out.policy[i], legal[i] ? 1.0f / float(count) : 0.0f);
    EXPECT_EQ(out.value, 0.5f);
    EXPECT_FALSE(out.score);
    EXPECT_TRUE(out.ownership.empty());
}

TEST(RandomEvaluator, DeterministicPerPositionAndSeed) {
    GameState a(19), b(19);
    a.play(at("D4"), kBlack);
    b.play(at("D4"), kBlack);
    RandomEvaluator e1(7), e2(7), e3(8);
    EvalOutput x = e1.evaluate(a), y = e2.evaluate(b), z = e3.evaluate(a);
    EXPECT_EQ(x.policy, y.policy);
    EXPECT_EQ(x.value, y.value);
    EXPECT_NE(x.policy, z.policy);
    EXPECT_NEAR(sum(x.policy), 1.0, 1e-5);
    EXPECT_NEAR(sum(x.rawPolicy), 1.0, 1e-5);
    EXPECT_EQ(x.policy[size_t(policyIndex(at("D4"), 19))], 0.0f);
    EXPECT_GT(x.value, 0.0f);
    EXPECT_LT(x.value, 1.0f);
    float lo = 1, hi = 0;
    for (float p : x.policy)
        if (p > 0) lo = std::min(lo, p), hi = std::max(hi, p);
    EXPECT_GT(hi / lo, 2.0f);  // not flat
}

TEST(Evaluator, BatchesAndNewBatchAfterCompute) {
    RandomEvaluator ev(1);
    GameState a(9), b(9), c(19);
    b.play(at("E5", 9), kBlack);
    EXPECT_EQ(ev.add(a), 0);
    EXPECT_EQ(ev.add(b), 1);
    EXPECT_EQ(ev.add(c), 2);
    ev.compute();
    const std::vector<float> first = ev.output(0).policy;
    EXPECT_EQ(first, ev.evaluate(a).policy);  // evaluate starts afresh
    EXPECT_EQ(ev.batchSize(), 0);
    ev.add(a);
    ev.add(b);
    ev.add(c);
    ev.compute();
    EXPECT_EQ(ev.output(1).policy, RandomEvaluator(1).evaluate(b).policy);
    EXPECT_EQ(ev.output(2).policy.size(), 362u);
    EXPECT_EQ(ev.add(a), 0);  // a new batch
    EXPECT_EQ(ev.batchSize(), 1);
}

TEST(Heatmap, LeelaZeroLayout) {
    GameState g(19);
    g.play(at("D4"), kBlack);
    EvalOutput out;
    out.rawPolicy.assign(362, 0.0f);
    out.rawPolicy[size_t(policyIndex(at("A19"), 19))] = 0.1239f;
    out.rawPolicy[size_t(policyIndex(at("D4"), 19))] = 0.5f;  // occupied: printed 0
    out.rawPolicy[size_t(policyIndex(at("T1"), 19))] = 0.0109f;
    out.rawPolicy[361] = 0.0429f;
    out.value = 0.25f;
    const std::string text = lzHeatmap(g.board(), out);
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t p; (p = text.find('\n', start)) != std::string::npos; start = p + 1)
        lines.push_back(text.substr(start, p - start));
    ASSERT_EQ(lines.size(), 21u);
    EXPECT_EQ(lines[0].substr(0, 8), "123   0 ");
    EXPECT_EQ(lines[0].size(), 76u);
    EXPECT_EQ(lines[15].substr(12, 4), "  0 ");
    EXPECT_EQ(lines[18].substr(72), " 10 ");
    EXPECT_EQ(lines[19], "pass: 42");
    EXPECT_EQ(lines[20], "winrate: 0.250000");
}

}  // namespace
}  // namespace m37::nn
