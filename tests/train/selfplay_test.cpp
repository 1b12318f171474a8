// Self-play games on a small board with a deterministic random evaluator:
// the record replays legally, full searches carry their visits and fast ones
// none, late moves take the most visited move, resignation ends a game
// unless the game is a resignation check, and a game round-trips through a
// chunk.
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/nn/random_evaluator.h"
#include "engine/train/selfplay.h"

namespace m37::train {
namespace {

EvaluatorFactory randomNet() {
    return [] { return std::make_unique<nn::RandomEvaluator>(11); };
}

SelfPlayParams small() {
    SelfPlayParams p;
    p.boardSize = 7;
    p.visits = 24;
    p.fastVisits = 6;
    p.fullShare = 0.5;
    p.temperatureMoves = 4;
    p.resignBelow = 0;
    p.netName = "random";
    return p;
}

TEST(SelfPlay, GameIsRecordedAndReplays) {
    Rng rng(3);
    const SelfPlayParams p = small();
    SelfPlayGame g = playSelfPlayGame(p, randomNet(), rng, 5);
    ASSERT_FALSE(g.moves.empty());
    EXPECT_LE(int(g.moves.size()), 2 * 49);
    EXPECT_TRUE(g.score.has_value());
    EXPECT_NE(g.result, "?");
    std::string error;
    int full = 0, fast = 0;
    ASSERT_TRUE(forEachSelfPlayPosition(
        g,
        [&](const GameState&, const SelfPlayMove& m) {
            if (!m.full) {
                ++fast;
                EXPECT_TRUE(m.visits.empty());
                return;
            }
            ++full;
            uint32_t total = 0, most = 0;
            for (auto [idx, v] : m.visits) total += v, most = std::max(most, v);
            EXPECT_GT(total, 0u);
            // The limit may be passed by the leaves of the last batch in flight.
            EXPECT_LE(total, uint32_t(p.visits + p.searchBatch));
            EXPECT_GE(m.winrate, 0.0f);
            EXPECT_LE(m.winrate, 1.0f);
        },
        &error))
        << error;
    EXPECT_GT(full, 0);
    EXPECT_GT(fast, 0);
    // After the temperature moves, a full move is the most visited one.
    for (size_t i = size_t(p.temperatureMoves); i < g.moves.size(); ++i) {
        const SelfPlayMove& m = g.moves[i];
        if (!m.full || m.visits.empty()) continue;
        auto best = std::max_element(m.visits.begin(), m.visits.end(),
                                     [](auto a, auto b) { return a.second < b.second; });
        const uint32_t chosen = uint32_t(nn::policyIndex(m.move, 7));
        uint32_t chosenVisits = 0;
        for (auto [idx, v] : m.visits)
            if (idx == chosen) chosenVisits = v;
        EXPECT_EQ(chosenVisits, best->second) << "move " << i + 1;
    }
    auto back = parseSelfPlayChunk(serializeSelfPlayChunk({g}), "g", &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(back->at(0), g);
}

TEST(SelfPlay, ResignationAndResignCheck) {
    SelfPlayParams p = small();
    p.resignBelow = 0.999f;  // every position looks lost
    p.minMovesBeforeResign = 6;
    p.resignCheckShare = 0;
    Rng rng(4);
    SelfPlayGame g = playSelfPlayGame(p, randomNet(), rng, 1);
    EXPECT_EQ(g.moves.size(), 6u);
    EXPECT_TRUE(g.result == "B+R" || g.result == "W+R") << g.result;
    EXPECT_FALSE(g.resignCheck);

    p.resignCheckShare = 1;  // always played out
    SelfPlayGame h = playSelfPlayGame(p, randomNet(), rng, 1);
    EXPECT_TRUE(h.resignCheck);
    EXPECT_EQ(h.result.find("+R"), std::string::npos) << h.result;
    // The check game records where the player to move would have resigned.
    EXPECT_EQ(h.wouldResignAt, 7);
    const char resigner = h.moves[6].color == kBlack ? 'B' : 'W';
    EXPECT_EQ(isFalseResign(h), h.result[0] == resigner) << h.result;
}

TEST(SelfPlay, FalseResignIsAWinForThePlayerWhoWouldHaveResigned) {
    SelfPlayGame g;
    g.resignCheck = true;
    g.moves = {{kBlack, kPassLoc, false, 0.5f, {}}, {kWhite, kPassLoc, false, 0.01f, {}}};
    g.result = "W+2";
    EXPECT_FALSE(isFalseResign(g));  // no player would have resigned
    g.wouldResignAt = 2;             // White, at move 2
    EXPECT_TRUE(isFalseResign(g));
    g.result = "B+2";
    EXPECT_FALSE(isFalseResign(g));
    g.result = "0";
    EXPECT_FALSE(isFalseResign(g));
    g.wouldResignAt = 3;  // past the last move: not a valid record
    g.result = "W+2";
    EXPECT_FALSE(isFalseResign(g));
}

}  // namespace
}  // namespace m37::train
