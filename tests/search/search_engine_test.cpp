// The facade: non-blocking start/stop, periodic and final callbacks,
// genmove's passing rules and limits.
#include <gtest/gtest.h>

#include <chrono>
#include <mutex>

#include "engine/go/coord.h"
#include "engine/nn/random_evaluator.h"
#include "engine/nn/uniform_evaluator.h"
#include "engine/search/dead_stones.h"
#include "engine/search/search_engine.h"

namespace m37 {
namespace {

using namespace std::chrono;

Mcts::EvaluatorFactory randomNet() {
    return [] { return std::make_unique<nn::RandomEvaluator>(3); };
}

Mcts::EvaluatorFactory uniformNet() {
    return [] { return std::make_unique<nn::UniformEvaluator>(); };
}

TEST(SearchEngine, StartIsNonBlockingAndStopIsPrompt) {
    SearchParams p;
    p.threads = 3;
    p.batchSize = 4;
    SearchEngine e(p, randomNet());
    std::mutex mu;
    int calls = 0, finals = 0;
    int64_t lastVisits = 0;
    SearchLimits lim;
    lim.infinite = true;
    auto t0 = steady_clock::now();
    e.start(
        GameState(9), lim,
        [&](const AnalysisSnapshot& s) {
            std::lock_guard g(mu);
            ++calls;
            finals += s.final;
            lastVisits = s.rootVisits;
        },
        20);
    EXPECT_LT(duration_cast<milliseconds>(steady_clock::now() - t0).count(), 100);
    EXPECT_TRUE(e.running());
    // At least two periodic snapshots (every 20 ms) before stopping; waits
    // longer than 200 ms only on a machine too busy to schedule the search.
    for (int waited = 0; waited < 5000; waited += 10) {
        std::this_thread::sleep_for(milliseconds(10));
        std::lock_guard g(mu);
        if (waited >= 200 && calls >= 2) break;
    }
    auto t1 = steady_clock::now();
    e.stop();
    e.wait();
    EXPECT_LT(duration_cast<milliseconds>(steady_clock::now() - t1).count(), 500);
    EXPECT_FALSE(e.running());
    std::lock_guard g(mu);
    EXPECT_GE(calls, 3);
    EXPECT_EQ(finals, 1);
    EXPECT_GT(lastVisits, 10);
    EXPECT_TRUE(e.lastSnapshot().final);
}

TEST(SearchEngine, TimeLimitStops) {
    SearchParams p;
    p.threads = 2;
    SearchEngine e(p);  // rollouts only
    SearchLimits lim;
    lim.timeMs = 150;
    auto t0 = steady_clock::now();
    e.start(GameState(9), lim);
    e.wait();
    auto ms = duration_cast<milliseconds>(steady_clock::now() - t0).count();
    EXPECT_GE(ms, 140);
    EXPECT_LT(ms, 1000);
    EXPECT_GT(e.lastSnapshot().rootVisits, 5);
}

TEST(SearchEngine, GenmovePassesOnlyWhenSensible) {
    SearchParams p;
    p.visits = 300;
    p.deadStonePlayouts = 32;
    SearchEngine e(p);
    GameState g(9);
    MoveDecision d = e.genmove(g, kBlack, {}, TimeControl{}, false);
    EXPECT_NE(d.move, kPassLoc);
    EXPECT_FALSE(d.resign);
    EXPECT_GT(d.visits, 100);
    // Black owns the board with two eyes; White passed: Black passes too.
    GameState full(3, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> st;
    for (const char* v : {"B1", "A2", "B2", "C2", "A3", "B3", "C3"})
        st.push_back({*parseGtpVertex(v, 3), kBlack});
    full.setup(st);
    MoveDecision q = e.genmove(full, kBlack, {}, TimeControl{}, false);
    EXPECT_EQ(q.move, kPassLoc);
}

TEST(SearchEngine, CleanupCapturesDeadStones) {
    // A dead white stone inside Black's area: cleanup must capture it
    // before passing, even though White passed.
    GameState g(5, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> st;
    for (const char* v : {"A4", "B4", "C4", "D4", "E4", "D5", "D3", "D2", "D1"})
        st.push_back({*parseGtpVertex(v, 5), kBlack});
    st.push_back({*parseGtpVertex("B2", 5), kWhite});
    g.setup(st);
    g.play(kPassLoc, kWhite);
    SearchParams p;
    p.visits = 300;
    SearchEngine e(p);
    MoveDecision d = e.genmove(g, kBlack, {}, TimeControl{}, true);
    EXPECT_NE(d.move, kPassLoc);
}

TEST(SearchEngine, NoPassBackIntoALossByTheDeadStoneEstimate) {
    // White's lone stone at F4, in atari inside Black's area, keeps all of
    // that area neutral under Tromp-Taylor, where White wins (15 + komi
    // against 10); with it removed as dead, Black wins (35 against 14 +
    // komi). Black passed. The tree scores two passes by Tromp-Taylor, so it
    // passes back (a net that knows nothing values every other move at
    // 0.5); refuseLosingPass makes White play on instead.
    GameState g(7, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> st;
    for (const char* v : {"B1", "B2", "B3", "B4", "B5", "B6", "B7", "F4"})
        st.push_back({*parseGtpVertex(v, 7), kWhite});
    for (const char* v : {"C1", "C2", "C3", "C4", "C5", "C6", "C7", "E4", "G4", "F5"})
        st.push_back({*parseGtpVertex(v, 7), kBlack});
    g.setup(st);
    g.play(kPassLoc, kBlack);
    ASSERT_LT(areaScore(g).margin(), 0.0f) << "White must win by Tromp-Taylor";
    ASSERT_GT(estimatedScore(g, 200, 1).margin(), 0.0f) << "and lose with F4 dead";
    SearchParams p;
    p.visits = 300;
    {
        SearchEngine e(p, uniformNet());
        MoveDecision d = e.genmove(g, kWhite, {}, TimeControl{}, false);
        EXPECT_NE(d.move, kPassLoc);
        EXPECT_FALSE(d.resign);
    }
    p.refuseLosingPass = false;
    SearchEngine old(p, uniformNet());
    EXPECT_EQ(old.genmove(g, kWhite, {}, TimeControl{}, false).move, kPassLoc);
}

TEST(SearchEngine, TreeReuseAcrossGenmoves) {
    SearchParams p;
    p.visits = 400;
    SearchEngine e(p, randomNet());
    GameState g(9);
    MoveDecision a = e.genmove(g, kBlack, {}, TimeControl{}, false);
    g.play(a.move, kBlack);
    // Our reply tree: White's moves were searched under a.move.
    SearchLimits one;
    one.playouts = 1;
    e.start(g, one);
    e.wait();
    EXPECT_GT(e.lastSnapshot().rootVisits, 2);
}

}  // namespace
}  // namespace m37
