// The PUCT search: determinism, visit accounting, node budget, tree reuse,
// LCB, tactics with rollouts, several threads.
#include <gtest/gtest.h>

#include <atomic>
#include <numeric>

#include "engine/go/coord.h"
#include "engine/nn/random_evaluator.h"
#include "engine/nn/uniform_evaluator.h"
#include "engine/search/dirichlet.h"
#include "engine/search/mcts.h"

namespace m37 {
namespace {

GameState game(int size, std::initializer_list<std::pair<const char*, Color>> stones) {
    GameState g(size, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> setup;
    for (auto [v, c] : stones) setup.push_back({*parseGtpVertex(v, size), c});
    g.setup(setup);
    return g;
}

Mcts::EvaluatorFactory randomNet(uint64_t seed = 3) {
    return [seed] { return std::make_unique<nn::RandomEvaluator>(seed); };
}

void runSearch(Mcts& m, const GameState& g, SearchLimits lim, const RootFilter& f = {}) {
    m.prepare(g, lim, f);
    std::atomic<bool> stop{false};
    std::vector<std::thread> ts;
    for (int i = 0; i < std::max(1, m.params().threads); ++i)
        ts.emplace_back([&, i] { m.work(i, stop); });
    for (auto& t : ts) t.join();
}

int64_t childVisitSum(const SearchNode& n) {
    int64_t s = 0;
    if (n.expanded())
        for (int i = 0; i < n.numChildren; ++i) s += n.children[size_t(i)].visits.load();
    return s;
}

void expectVisitsAddUp(const SearchNode& n, bool isRoot) {
    if (!n.expanded()) return;
    // Each visit of a node either evaluated it (once, when it became
    // expanded) or went on to one child.
    EXPECT_EQ(n.visits.load(), childVisitSum(n) + 1);
    for (int i = 0; i < n.numChildren; ++i) expectVisitsAddUp(n.children[size_t(i)], false);
}

TEST(Mcts, DeterministicSingleThread) {
    SearchParams p;
    p.threads = 1;
    p.batchSize = 4;
    GameState g(9);
    std::vector<std::pair<Loc, int>> first;
    for (int run = 0; run < 2; ++run) {
        Mcts m(p, randomNet());
        SearchLimits lim;
        lim.visits = 400;
        runSearch(m, g, lim);
        AnalysisSnapshot s = m.snapshot();
        std::vector<std::pair<Loc, int>> v;
        for (auto& c : s.candidates) v.push_back({c.move, c.visits});
        if (run == 0)
            first = v;
        else
            EXPECT_EQ(v, first);
    }
}

TEST(Mcts, VisitsAddUpAndLimitHolds) {
    SearchParams p;
    p.threads = 1;
    p.batchSize = 8;
    Mcts m(p, randomNet());
    SearchLimits lim;
    lim.visits = 300;
    runSearch(m, GameState(9), lim);
    expectVisitsAddUp(m.root(), true);
    EXPECT_GE(m.rootVisits(), 300);
    EXPECT_LE(m.rootVisits(), 300 + 8);
    EXPECT_EQ(m.nodes(), countNodes(m.root()));
}

TEST(Mcts, NodeBudgetNeverExceeded) {
    SearchParams p;
    p.threads = 2;
    p.batchSize = 4;
    p.maxNodes = 500;
    Mcts m(p, randomNet());
    SearchLimits lim;
    lim.playouts = 3000;
    runSearch(m, GameState(7), lim);
    EXPECT_LE(m.nodes(), size_t(500));
    EXPECT_EQ(m.nodes(), countNodes(m.root()));
    EXPECT_GE(m.playouts(), 3000);
}

TEST(Mcts, TreeReuseKeepsSubtree) {
    SearchParams p;
    p.threads = 1;
    Mcts m(p, randomNet());
    GameState g(9);
    SearchLimits lim;
    lim.visits = 500;
    runSearch(m, g, lim);
    AnalysisSnapshot s = m.snapshot();
    ASSERT_FALSE(s.candidates.empty());
    Loc best = s.candidates[0].move;
    int childVisits = s.candidates[0].visits;
    ASSERT_GT(childVisits, 10);
    g.play(best);
    SearchLimits none;
    none.playouts = 1;
    m.prepare(g, none);
    EXPECT_EQ(m.rootVisits(), childVisits);
    // A position that does not continue the tree starts afresh.
    m.prepare(GameState(9), none);
    EXPECT_LE(m.rootVisits(), 1);
}

TEST(Mcts, LcbPrefersConfidentMove) {
    SearchParams p;
    Mcts m(p, randomNet());
    runSearch(m, GameState(9), SearchLimits{800, 0, 0, false});
    AnalysisSnapshot s = m.snapshot();
    ASSERT_GE(s.candidates.size(), 2u);
    int maxVisits = 0;
    for (auto& c : s.candidates) maxVisits = std::max(maxVisits, c.visits);
    // candidates[0] has the best LCB among those with >= 10% of max visits.
    for (auto& c : s.candidates) {
        if (c.visits >= 2 && c.visits >= 0.1 * maxVisits) {
            EXPECT_GE(s.candidates[0].lcb, c.lcb);
        }
    }
    EXPECT_LE(s.candidates[0].lcb, s.candidates[0].winrate);
    Rng rng(1);
    EXPECT_EQ(m.chooseMove(rng), s.candidates[0].move);
}

TEST(Mcts, LcbOfFewIdenticalOutcomesIsNotCertain) {
    // Three rollout wins in three visits: no sample variance, but far from
    // certain; thirty visits at 60% are the safer choice.
    SearchNode lucky, solid;
    lucky.visits = 3;
    lucky.valueSum = 3.0;
    lucky.valueSqSum = 3.0;
    solid.visits = 30;
    solid.valueSum = 18.0;
    solid.valueSqSum = 18.0;  // 18 wins, 12 losses
    const double alpha = SearchParams{}.lcbAlpha;
    EXPECT_LT(nodeLcb(lucky, alpha), 0.5);
    EXPECT_LT(nodeLcb(lucky, alpha), nodeLcb(solid, alpha));
    EXPECT_LT(nodeLcb(solid, alpha), 0.6);
}

TEST(Mcts, RolloutsFindCapture) {
    // White C3 in atari: Black captures at C2.
    GameState g = game(5, {{"C3", kWhite},
                           {"B3", kBlack},
                           {"D3", kBlack},
                           {"C4", kBlack},
                           {"D4", kWhite},
                           {"B4", kWhite}});
    SearchParams p;
    p.threads = 1;
    Mcts m(p);  // no network: rollouts and heuristic priors
    runSearch(m, g, SearchLimits{1500, 0, 0, false});
    Rng rng(1);
    EXPECT_EQ(gtpVertex(m.chooseMove(rng), 5), "C2");
}

TEST(Mcts, RolloutsSaveAtariGroup) {
    // Black's two stones B2,C2 are in atari (liberty D2... ) on 5x5: extend.
    GameState g = game(5, {{"B2", kBlack},
                           {"C2", kBlack},
                           {"A2", kWhite},
                           {"B3", kWhite},
                           {"C3", kWhite},
                           {"B1", kWhite},
                           {"C1", kWhite},
                           {"D3", kBlack},
                           {"E3", kBlack}});
    // Black's B2-C2 has one liberty: D2. Extending to D2 connects to safety.
    ASSERT_EQ(g.board().libs(*parseGtpVertex("B2", 5)), 1);
    SearchParams p;
    Mcts m(p);
    runSearch(m, g, SearchLimits{1500, 0, 0, false});
    Rng rng(1);
    EXPECT_EQ(gtpVertex(m.chooseMove(rng), 5), "D2");
}

TEST(Mcts, MultiThreadAndMixedRollouts) {
    SearchParams p;
    p.threads = 4;
    p.batchSize = 4;
    p.rollouts = true;
    p.lambda = 0.5f;
    Mcts m(p, randomNet());
    runSearch(m, GameState(9), SearchLimits{0, 2000, 0, false});
    EXPECT_GE(m.playouts(), 2000);
    expectVisitsAddUp(m.root(), true);
    AnalysisSnapshot s = m.snapshot();
    ASSERT_FALSE(s.candidates.empty());
    EXPECT_TRUE(s.candidates[0].scoreLead.has_value());  // from the rollouts
}

TEST(Mcts, RootFilterAvoidAndAllow) {
    SearchParams p;
    Mcts m(p, randomNet());
    GameState g(9);
    RootFilter f;
    f.allow = {*parseGtpVertex("E5", 9), *parseGtpVertex("C3", 9)};
    runSearch(m, g, SearchLimits{200, 0, 0, false}, f);
    for (auto& c : m.snapshot().candidates)
        EXPECT_TRUE(gtpVertex(c.move, 9) == "E5" || gtpVertex(c.move, 9) == "C3");
    RootFilter a;
    a.avoid = {*parseGtpVertex("E5", 9)};
    runSearch(m, g, SearchLimits{200, 0, 0, false}, a);
    for (auto& c : m.snapshot().candidates) EXPECT_NE(gtpVertex(c.move, 9), "E5");
}

TEST(Mcts, DirichletNoiseSumsToOne) {
    Rng rng(5);
    for (float alpha : {0.03f, 0.3f, 1.0f, 5.0f}) {
        std::vector<float> d = dirichletSample(82, alpha, rng);
        double sum = std::accumulate(d.begin(), d.end(), 0.0);
        EXPECT_NEAR(sum, 1.0, 1e-5);
        for (float x : d) EXPECT_GE(x, 0.0f);
    }
    SearchParams p;
    p.dirichletNoise = true;
    Mcts m(p, randomNet());
    m.prepare(GameState(9), SearchLimits{1, 0, 0, false});
    double sum = 0;
    bool changed = false;
    for (int i = 0; i < m.root().numChildren; ++i) {
        sum += m.root().children[size_t(i)].prior;
        changed |= m.root().children[size_t(i)].prior != m.root().children[size_t(i)].netPrior;
    }
    EXPECT_NEAR(sum, 1.0, 1e-4);
    EXPECT_TRUE(changed);
}

TEST(Mcts, HumanPriorReportedWithoutChangingSearch) {
    SearchParams p;
    Mcts plain(p, randomNet());
    Mcts withHuman(p, randomNet(), [] { return std::make_unique<nn::RandomEvaluator>(99); });
    runSearch(plain, GameState(9), SearchLimits{200, 0, 0, false});
    runSearch(withHuman, GameState(9), SearchLimits{200, 0, 0, false});
    auto a = plain.snapshot(), b = withHuman.snapshot();
    ASSERT_EQ(a.candidates.size(), b.candidates.size());
    for (size_t i = 0; i < a.candidates.size(); ++i) {
        EXPECT_EQ(a.candidates[i].move, b.candidates[i].move);
        EXPECT_EQ(a.candidates[i].visits, b.candidates[i].visits);
        EXPECT_FALSE(a.candidates[i].humanPrior.has_value());
        ASSERT_TRUE(b.candidates[i].humanPrior.has_value());
    }
}

TEST(Mcts, HumanPriorMixedWhenAsked) {
    SearchParams p;
    p.humanPriorWeight = 0.5f;
    Mcts m(p, randomNet(), [] { return std::make_unique<nn::RandomEvaluator>(99); });
    m.prepare(GameState(9), SearchLimits{1, 0, 0, false});
    nn::RandomEvaluator human(99);
    std::vector<float> h = human.evaluate(GameState(9)).policy;
    double sum = 0;
    for (int i = 0; i < m.root().numChildren; ++i) {
        const SearchNode& c = m.root().children[size_t(i)];
        EXPECT_NEAR(c.prior, 0.5f * c.netPrior + 0.5f * h[size_t(nn::policyIndex(c.move, 9))],
                    1e-6);
        sum += c.prior;
    }
    EXPECT_NEAR(sum, 1.0, 1e-4);
}

// A stand-in for a net trained on one board size.
class OneSizeEvaluator : public nn::RandomEvaluator {
  public:
    OneSizeEvaluator(uint64_t seed, int size) : RandomEvaluator(seed) {
        caps_ = RandomEvaluator::capabilities();
        caps_.boardSizes = {size};
    }
    const nn::Capabilities& capabilities() const override { return caps_; }

  private:
    nn::Capabilities caps_;
};

// Root priors as the evaluator of `seed` gives them for g.
void expectRootPriorsFrom(const Mcts& m, uint64_t seed, const GameState& g) {
    nn::RandomEvaluator ev(seed);
    const std::vector<float> policy = ev.evaluate(g).policy;
    ASSERT_GT(m.root().numChildren, 0);
    for (int i = 0; i < m.root().numChildren; ++i) {
        const SearchNode& c = m.root().children[size_t(i)];
        EXPECT_NEAR(c.netPrior, policy[size_t(nn::policyIndex(c.move, g.size()))], 1e-5);
    }
}

TEST(Mcts, HumanPolicyGuidesTheTreeWhereTheNetworkDoesNot) {
    SearchParams p;
    // The value all rollout: 0, 1/2 or 1 at a leaf. The network's own
    // lambda does not apply to the human policy's tree.
    p.humanTreeLambda = 1;
    p.lambda = 0;
    Mcts m(
        p, [] { return std::make_unique<OneSizeEvaluator>(3, 9); },
        [] { return std::make_unique<OneSizeEvaluator>(99, 19); });
    // 19x19: the net does not take it; the human policy gives every prior
    // and rollouts the value although `rollouts` is off.
    runSearch(m, GameState(19), SearchLimits{300, 0, 0, false});
    EXPECT_TRUE(m.snapshot().policyFromNetwork);
    expectRootPriorsFrom(m, 99, GameState(19));
    int single = 0;
    for (int i = 0; i < m.root().numChildren; ++i) {
        const SearchNode& c = m.root().children[size_t(i)];
        if (c.visits.load() != 1) continue;
        ++single;
        const double v = c.valueSum.load();
        EXPECT_TRUE(v == 0 || v == 0.5 || v == 1) << v;
    }
    EXPECT_GT(single, 0);
    // 9x9: the net's own size, the net guides the tree.
    runSearch(m, GameState(9), SearchLimits{50, 0, 0, false});
    expectRootPriorsFrom(m, 3, GameState(9));

    // Switched off: rollouts alone with heuristic priors on 19x19.
    p.humanPolicyTree = false;
    Mcts off(
        p, [] { return std::make_unique<OneSizeEvaluator>(3, 9); },
        [] { return std::make_unique<OneSizeEvaluator>(99, 19); });
    runSearch(off, GameState(19), SearchLimits{50, 0, 0, false});
    EXPECT_FALSE(off.snapshot().policyFromNetwork);
    EXPECT_FALSE(off.snapshot().humanPolicy.empty());  // still reported
}

TEST(Mcts, StudentTQuantile) {
    EXPECT_NEAR(studentTQuantile(0.025, 1000), 1.962, 0.01);
    EXPECT_NEAR(studentTQuantile(0.025, 10), 2.228, 0.02);
    EXPECT_GT(studentTQuantile(1e-5, 5), studentTQuantile(1e-5, 50));
}

}  // namespace
}  // namespace m37
