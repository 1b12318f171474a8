// A short real match: `move37-engine gtp` against GNU Go at level 0 on 5x5,
// two games (colours alternate). Each game must end normally (resign, two
// passes or the cap; no forfeit) and its SGF must replay to the same moves
// and result. Skipped when gnugo is not installed.
#include <filesystem>

#include <gtest/gtest.h>

#include "engine/sgf/sgf_game.h"
#include "engine/train/match_runner.h"

using namespace m37;
using namespace m37::train;

TEST(MatchGnugo, TwoGamesOn5x5) {
    std::vector<std::string> gnugo =
        resolveEngineCommand({"gnugo", "--mode", "gtp", "--level", "0"});
    MatchParams p;
    p.engine1 = {MOVE37_ENGINE_EXE, "gtp", "--visits", "300"};
    p.engine2 = gnugo;
    p.games = 2;
    p.boardSize = 5;
    p.rules.komi = 7;
    p.timeoutMs = 60000;
    const auto dir = std::filesystem::path(MOVE37_TRAIN_TEST_TMP) / "gnugo-match";
    std::filesystem::remove_all(dir);
    p.sgfDir = dir.string();
    MatchRunner runner(p);
    std::string error;
    if (!runner.start(&error)) {
        if (error.find("engine2") != std::string::npos) GTEST_SKIP() << "no gnugo: " << error;
        FAIL() << error;
    }
    std::vector<GameRecord> games;
    MatchTally t = runner.run([&](const GameRecord& g, const MatchTally&) { games.push_back(g); },
                              nullptr, &error);
    EXPECT_TRUE(error.empty()) << error;
    ASSERT_EQ(games.size(), 2u);
    EXPECT_EQ(t.games, 2);
    EXPECT_EQ(t.wins1 + t.wins2 + t.draws, 2);
    EXPECT_EQ(t.games1Black, 1);
    EXPECT_EQ(t.games1White, 1);
    EXPECT_NE(runner.engine2().name().find("GNU Go"), std::string::npos);
    for (const auto& g : games) {
        EXPECT_TRUE(g.end == GameEnd::kScored || g.end == GameEnd::kResign ||
                    g.end == GameEnd::kMoveCap)
            << toString(g.end) << ": " << g.detail;
        ASSERT_FALSE(g.sgfPath.empty());
        SgfReplay replay = loadSgfFile(g.sgfPath);
        ASSERT_TRUE(replay.ok) << replay.error;
        EXPECT_TRUE(replay.warnings.empty());
        EXPECT_EQ(replay.movesPlayed, g.moves);
        EXPECT_EQ(replay.state.size(), 5);
    }
}
