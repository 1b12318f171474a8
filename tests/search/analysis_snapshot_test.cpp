// AnalysisSnapshot's whole-board maps: the root's engine policy (network or
// heuristic priors), the human policy and the ownership (Black's view), with
// a fresh root and with a reused one.
#include <gtest/gtest.h>

#include <atomic>
#include <numeric>
#include <thread>

#include "engine/go/coord.h"
#include "engine/nn/random_evaluator.h"
#include "engine/search/light_playout.h"
#include "engine/search/mcts.h"
#include "engine/search/search_engine.h"

namespace m37 {
namespace {

Mcts::EvaluatorFactory randomNet(uint64_t seed) {
    return [seed] { return std::make_unique<nn::RandomEvaluator>(seed); };
}

// A stand-in network with an ownership head: point i belongs to the side to
// move with +0.5 on the top half of the board and -0.25 below.
class OwnershipEvaluator : public nn::Evaluator {
  public:
    OwnershipEvaluator() {
        caps_.name = "ownership-test";
        caps_.hasOwnership = true;
    }
    const nn::Capabilities& capabilities() const override { return caps_; }

  protected:
    void evaluateBatch(std::span<const nn::EvalInput> in, std::span<nn::EvalOutput> out) override {
        for (size_t i = 0; i < in.size(); ++i) {
            const int n = in[i].boardSize;
            std::vector<float> raw(in[i].legal.size(), 1.0f);
            out[i].policy = nn::maskPolicy(raw, in[i].legal);
            out[i].value = 0.5f;
            out[i].ownership.resize(size_t(n * n));
            for (int p = 0; p < n * n; ++p)
                out[i].ownership[size_t(p)] = p / n < n / 2 ? 0.5f : -0.25f;
        }
    }

  private:
    nn::Capabilities caps_;
};

void runSearch(Mcts& m, const GameState& g, int64_t visits) {
    SearchLimits lim;
    lim.visits = visits;
    m.prepare(g, lim);
    std::atomic<bool> stop{false};
    m.work(0, stop);
}

GameState opening(int size, std::initializer_list<const char*> moves) {
    GameState g(size);
    for (const char* v : moves) EXPECT_EQ(g.play(*parseGtpVertex(v, size)), MoveError::kNone);
    return g;
}

SearchParams oneThread() {
    SearchParams p;
    p.threads = 1;
    p.batchSize = 4;
    return p;
}

TEST(AnalysisSnapshot, EmptyBeforeAnySearch) {
    Mcts m(oneThread(), randomNet(3));
    AnalysisSnapshot s = m.snapshot();
    EXPECT_TRUE(s.policy.empty());
    EXPECT_TRUE(s.humanPolicy.empty());
    EXPECT_TRUE(s.ownership.empty());
}

TEST(AnalysisSnapshot, RolloutSearchHasHeuristicPolicyOnly) {
    const GameState g = opening(9, {"E5", "C3", "G7"});
    Mcts m(oneThread());
    runSearch(m, g, 60);
    AnalysisSnapshot s = m.snapshot();
    EXPECT_FALSE(s.policyFromNetwork);
    ASSERT_EQ(s.policy.size(), size_t(82));
    EXPECT_EQ(s.policy, heuristicPriors(g));
    // Occupied points get nothing.
    for (const char* v : {"E5", "C3", "G7"})
        EXPECT_EQ(s.policy[size_t(nn::policyIndex(*parseGtpVertex(v, 9), 9))], 0.0f) << v;
    EXPECT_TRUE(s.humanPolicy.empty());
    EXPECT_TRUE(s.ownership.empty());
}

TEST(AnalysisSnapshot, NetworkAndHumanPoliciesAreTheEvaluatorsOwn) {
    const GameState g = opening(9, {"E5", "D4"});
    Mcts m(oneThread(), randomNet(3), randomNet(11));
    runSearch(m, g, 120);
    AnalysisSnapshot s = m.snapshot();
    EXPECT_TRUE(s.policyFromNetwork);
    nn::RandomEvaluator net(3), human(11);
    EXPECT_EQ(s.policy, net.evaluate(g).policy);
    EXPECT_EQ(s.humanPolicy, human.evaluate(g).policy);
    EXPECT_NE(s.policy, s.humanPolicy);
    EXPECT_NEAR(std::accumulate(s.policy.begin(), s.policy.end(), 0.0), 1.0, 1e-4);
    // The candidates' human priors are read from the same map.
    ASSERT_FALSE(s.candidates.empty());
    for (const CandidateMove& c : s.candidates) {
        ASSERT_TRUE(c.humanPrior.has_value());
        EXPECT_EQ(*c.humanPrior, s.humanPolicy[size_t(nn::policyIndex(c.move, 9))]);
    }
    // A network without an ownership head gives none.
    EXPECT_TRUE(s.ownership.empty());
}

TEST(AnalysisSnapshot, ReusedRootKeepsItsPolicy) {
    Mcts m(oneThread(), randomNet(5), randomNet(6));
    const GameState first = opening(9, {"E5"});
    runSearch(m, first, 300);
    const Loc reply = m.snapshot().candidates.at(0).move;
    GameState next = first;
    ASSERT_EQ(next.play(reply), MoveError::kNone);
    runSearch(m, next, 350);
    AnalysisSnapshot s = m.snapshot();
    EXPECT_GT(s.rootVisits, 300);  // the subtree was kept
    nn::RandomEvaluator net(5), human(6);
    EXPECT_EQ(s.policy, net.evaluate(next).policy);
    EXPECT_EQ(s.humanPolicy, human.evaluate(next).policy);
}

TEST(AnalysisSnapshot, OwnershipIsFromBlacksView) {
    auto factory = [] { return std::make_unique<OwnershipEvaluator>(); };
    for (const bool whiteToMove : {false, true}) {
        const GameState g = whiteToMove ? opening(9, {"E5"}) : opening(9, {"E5", "C3"});
        Mcts m(oneThread(), factory);
        runSearch(m, g, 20);
        AnalysisSnapshot s = m.snapshot();
        ASSERT_EQ(s.ownership.size(), size_t(81));
        const float top = whiteToMove ? -0.5f : 0.5f, bottom = whiteToMove ? 0.25f : -0.25f;
        EXPECT_EQ(s.ownership[0], top);
        EXPECT_EQ(s.ownership[80], bottom);
        // Again on a reused root (the root is not evaluated afresh).
        GameState next = g;
        const Loc reply = s.candidates.at(0).move;
        ASSERT_EQ(next.play(reply), MoveError::kNone);
        runSearch(m, next, 25);
        AnalysisSnapshot t = m.snapshot();
        ASSERT_EQ(t.ownership.size(), size_t(81));
        EXPECT_EQ(t.ownership[0], -top);
    }
}

TEST(AnalysisSnapshot, EngineCallbacksCarryTheMaps) {
    SearchParams p = oneThread();
    p.threads = 2;
    SearchEngine e(p, randomNet(3), randomNet(4));
    const GameState g = opening(9, {"E5"});
    SearchLimits lim;
    lim.visits = 200;
    std::vector<AnalysisSnapshot> got;
    e.start(
        g, lim, [&](const AnalysisSnapshot& s) { got.push_back(s); }, 1);
    e.wait();
    ASSERT_FALSE(got.empty());
    for (const AnalysisSnapshot& s : got) {
        EXPECT_EQ(s.policy.size(), size_t(82));
        EXPECT_EQ(s.humanPolicy.size(), size_t(82));
    }
    EXPECT_TRUE(got.back().final);
}

}  // namespace
}  // namespace m37
