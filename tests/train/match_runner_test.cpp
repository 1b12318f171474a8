// The match runner against fake engines (fake_gtp_engine.py) that pass,
// crash, hang, answer garbage, play illegal moves, resign or refuse moves:
// the misbehaving engine loses each game, is restarted, and the match goes
// on; games are saved as SGF that replays.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "engine/sgf/sgf_game.h"
#include "engine/train/match_runner.h"
#include "tests/scratch_dir.h"

using namespace m37;
using namespace m37::train;

namespace {

std::vector<std::string> fake(const std::string& mode, std::vector<std::string> extra = {}) {
    std::vector<std::string> argv = {"python3", "-S", MOVE37_FAKE_ENGINE, "--mode", mode};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return argv;
}

// A fresh folder `name` inside the running test's own scratch folder, so
// tests run at once by ctest never share one.
std::string tempDir(const std::string& name) {
    auto dir = std::filesystem::path(testScratchDir(MOVE37_TRAIN_TEST_TMP)) / name;
    std::filesystem::remove_all(dir);
    return dir.string();
}

MatchParams params(std::vector<std::string> e1, std::vector<std::string> e2, int games) {
    MatchParams p;
    p.engine1 = std::move(e1);
    p.engine2 = std::move(e2);
    p.games = games;
    p.boardSize = 5;
    p.rules.komi = 7;
    p.timeoutMs = 5000;  // generous: python starts slowly on a loaded machine
    return p;
}

struct Played {
    MatchTally tally;
    std::vector<GameRecord> games;
    std::string error;
};

Played play(MatchRunner& runner) {
    Played out;
    std::string error;
    EXPECT_TRUE(runner.start(&error)) << error;
    out.tally = runner.run([&](const GameRecord& g, const MatchTally&) { out.games.push_back(g); },
                           nullptr, &out.error);
    return out;
}

// The engine `bad` (engine2) loses every game with the given ending.
void expectBadLosesAll(const std::string& mode, GameEnd end, const char* suffix) {
    MatchRunner runner(params(fake("pass"), fake(mode), 3));
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 3u) << mode;
    EXPECT_TRUE(r.error.empty()) << r.error;
    EXPECT_EQ(r.tally.wins1, 3) << mode;
    for (const auto& g : r.games) {
        EXPECT_EQ(g.winner, 1) << mode << ": " << g.detail;
        EXPECT_EQ(g.end, end) << mode << ": " << g.detail;
        EXPECT_NE(g.result.find(suffix), std::string::npos) << g.result;
        EXPECT_NE(g.detail.find("engine2"), std::string::npos) << g.detail;
        EXPECT_TRUE(g.counted);
    }
}

}  // namespace

TEST(MatchRunner, TwoPassersAreScoredByTheReferee) {
    MatchParams p = params(fake("pass", {"--name", "A"}), fake("pass", {"--name", "B"}), 2);
    p.sgfDir = tempDir("passers");
    MatchRunner runner(p);
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 2u);
    // Empty board, komi 7: White wins by 7 both times, so each engine wins once.
    EXPECT_EQ(r.tally.wins1, 1);
    EXPECT_EQ(r.tally.wins2, 1);
    EXPECT_EQ(r.tally.wins1White, 1);
    for (const auto& g : r.games) {
        EXPECT_EQ(g.end, GameEnd::kScored);
        EXPECT_EQ(g.result, "W+7");
        EXPECT_EQ(g.moves, 2);
        EXPECT_EQ(g.deadStones, "agreed");
        ASSERT_FALSE(g.sgfPath.empty());
        SgfReplay replay = loadSgfFile(g.sgfPath);
        ASSERT_TRUE(replay.ok) << replay.error;
        EXPECT_EQ(replay.movesPlayed, 2);
    }
    EXPECT_TRUE(std::filesystem::exists(p.sgfDir + "/game-0001.sgf"));
    EXPECT_TRUE(std::filesystem::exists(p.sgfDir + "/game-0002.sgf"));
    EXPECT_EQ(runner.engine1().displayName(), "A 1.0");
}

TEST(MatchRunner, EstimateWhenAnEngineLacksFinalStatus) {
    MatchRunner runner(params(fake("pass"), fake("pass", {"--no-final-status"}), 1));
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_EQ(r.games[0].deadStones, "estimate");
    EXPECT_EQ(r.games[0].result, "W+7");
}

TEST(MatchRunner, MoveCapEndsAndScores) {
    MatchParams p = params(fake("pass"), fake("pass"), 1);
    p.maxMoves = 1;
    MatchRunner runner(p);
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_EQ(r.games[0].end, GameEnd::kMoveCap);
    EXPECT_EQ(r.games[0].moves, 1);
    EXPECT_EQ(r.games[0].result, "W+7");
}

TEST(MatchRunner, CrashLosesAndIsRestarted) {
    MatchRunner runner(params(fake("pass"), fake("crash"), 3));
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 3u);
    EXPECT_EQ(r.tally.wins1, 3);
    for (const auto& g : r.games) EXPECT_EQ(g.end, GameEnd::kCrash) << g.detail;
    EXPECT_EQ(runner.engine2().starts(), 3);  // started once, restarted twice
    EXPECT_EQ(runner.engine1().starts(), 1);
}

TEST(MatchRunner, HangLosesOnTime) {
    expectBadLosesAll("hang", GameEnd::kTimeout, "+T");
}
TEST(MatchRunner, GarbageAnswerLoses) {
    expectBadLosesAll("garbage", GameEnd::kBadAnswer, "+F");
}
TEST(MatchRunner, NoiseLoses) {
    expectBadLosesAll("noise", GameEnd::kBadAnswer, "+F");
}
TEST(MatchRunner, IllegalMoveLoses) {
    expectBadLosesAll("illegal", GameEnd::kIllegalMove, "+F");
}
TEST(MatchRunner, ResignLoses) {
    expectBadLosesAll("resign", GameEnd::kResign, "+R");
}
TEST(MatchRunner, RefusingALegalMoveLoses) {
    // engine1 passes as Black in game 1: engine2 must accept "play black pass".
    expectBadLosesAll("refuse", GameEnd::kRefusedMove, "+F");
}

TEST(MatchRunner, IllegalMoveDetailNamesTheMove) {
    MatchParams p = params(fake("illegal"), fake("pass"), 1);
    p.sgfDir = tempDir("illegal");
    MatchRunner runner(p);
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_EQ(r.games[0].winner, 2);
    EXPECT_EQ(r.games[0].result, "W+F");
    EXPECT_NE(r.games[0].detail.find("illegal move A1 (point occupied)"), std::string::npos)
        << r.games[0].detail;
    SgfReplay replay = loadSgfFile(r.games[0].sgfPath);
    ASSERT_TRUE(replay.ok) << replay.error;
    EXPECT_EQ(replay.movesPlayed, r.games[0].moves);
    EXPECT_TRUE(replay.warnings.empty());
}

TEST(MatchRunner, EngineThatCannotStartFailsStart) {
    MatchRunner runner(params(fake("pass"), {"/nonexistent/engine"}, 1));
    std::string error;
    EXPECT_FALSE(runner.start(&error));
    EXPECT_NE(error.find("engine2"), std::string::npos) << error;
}

TEST(MatchRunner, InterruptStopsBetweenGames) {
    MatchRunner runner(params(fake("pass"), fake("pass"), 5));
    std::string error;
    ASSERT_TRUE(runner.start(&error)) << error;
    std::atomic<int> interrupts{0};
    int seen = 0;
    MatchTally t = runner.run(
        [&](const GameRecord&, const MatchTally&) {
            if (++seen == 2) interrupts = 1;
        },
        &interrupts, &error);
    EXPECT_EQ(t.games, 2);
    EXPECT_EQ(seen, 2);
}

// Several games at once, each pair of engines its own processes: every game
// number is played once, with the colours and result it has in a serial match.
TEST(MatchRunner, ConcurrentGamesPlayEachGameOnce) {
    MatchParams p = params(fake("pass", {"--name", "A"}), fake("pass", {"--name", "B"}), 6);
    p.concurrency = 3;
    p.sgfDir = tempDir("concurrent");
    MatchRunner runner(p);
    Played r = play(runner);
    EXPECT_TRUE(r.error.empty()) << r.error;
    ASSERT_EQ(r.games.size(), 6u);
    std::vector<int> seen(6, 0);
    for (const auto& g : r.games) {
        ASSERT_GE(g.index, 0);
        ASSERT_LT(g.index, 6);
        ++seen[size_t(g.index)];
        EXPECT_EQ(g.engine1Black, g.index % 2 == 0);
        EXPECT_EQ(g.result, "W+7");
        EXPECT_EQ(g.winner, g.engine1Black ? 2 : 1);
        EXPECT_TRUE(std::filesystem::exists(g.sgfPath)) << g.sgfPath;
    }
    EXPECT_EQ(seen, std::vector<int>(6, 1));
    EXPECT_EQ(r.tally.games, 6);
    EXPECT_EQ(r.tally.wins1, 3);
    EXPECT_EQ(r.tally.wins1White, 3);
    EXPECT_EQ(runner.engine1().displayName(), "A 1.0");
    EXPECT_EQ(runner.engine1().starts(), 1);  // each pair started once
}

// The set_random_seed values an engine was sent, read from its --log file.
std::multiset<std::string> seedsSent(const std::string& log) {
    std::multiset<std::string> seeds;
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("set_random_seed ", 0) == 0) seeds.insert(line.substr(16));
    return seeds;
}

// Every game gets its own seeds, the same whether the games are played one
// at a time or several at once.
TEST(MatchRunner, EachGameSeedsTheEnginesWhicheverPairPlaysIt) {
    const std::string dir = tempDir("seeds");
    std::filesystem::create_directories(dir);
    std::multiset<std::string> seeds[2][2];  // [concurrency 1, 2][engine]
    for (int c = 0; c < 2; ++c) {
        const std::string log1 = dir + "/e1-" + std::to_string(c) + ".log";
        const std::string log2 = dir + "/e2-" + std::to_string(c) + ".log";
        MatchParams p = params(fake("pass", {"--log", log1}), fake("pass", {"--log", log2}), 4);
        p.seed = 9;
        p.concurrency = c + 1;
        MatchRunner runner(p);
        Played r = play(runner);
        ASSERT_EQ(r.games.size(), 4u);
        seeds[c][0] = seedsSent(log1);
        seeds[c][1] = seedsSent(log2);
    }
    std::set<std::string> all;
    for (int e = 0; e < 2; ++e) {
        EXPECT_EQ(seeds[0][e].size(), 4u);
        EXPECT_EQ(seeds[0][e], seeds[1][e]);
        all.insert(seeds[0][e].begin(), seeds[0][e].end());
    }
    EXPECT_EQ(all.size(), 8u);  // no two games or engines share a seed
    EXPECT_EQ(seeds[0][0].count(std::to_string(matchEngineSeed(9, 3, 1))), 1u);
    EXPECT_EQ(seeds[0][1].count(std::to_string(matchEngineSeed(9, 0, 2))), 1u);
}

// Games 2k and 2k+1 start from opening k with the colours swapped: both
// engines are told its moves, the side to move after it plays first, and
// the record holds the whole game.
TEST(MatchRunner, GamesStartFromTheOpenings) {
    const std::string dir = tempDir("opening-games");
    std::filesystem::create_directories(dir);
    const std::string log1 = dir + "/e1.log";
    MatchParams p = params(fake("pass", {"--log", log1}), fake("pass"), 3);
    p.sgfDir = dir;
    MatchOpening a{"a.sgf", {{kBlack, Board(5).loc(2, 2)}, {kWhite, Board(5).loc(1, 1)}}};
    MatchOpening b{"b.sgf", {{kBlack, Board(5).loc(0, 0)}}};
    p.openings = {a, b};
    MatchRunner runner(p);
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 3u);
    const char* expectOpening[] = {"a.sgf", "a.sgf", "b.sgf"};
    const int expectMoves[] = {4, 4, 3};  // the opening, then two passes
    for (const auto& g : r.games) {
        EXPECT_EQ(g.opening, expectOpening[g.index]);
        EXPECT_EQ(g.moves, expectMoves[g.index]) << g.index;
        EXPECT_EQ(g.end, GameEnd::kScored);
        SgfReplay replay = loadSgfFile(g.sgfPath);
        ASSERT_TRUE(replay.ok) << replay.error;
        EXPECT_EQ(replay.movesPlayed, expectMoves[g.index]);
        EXPECT_EQ(replay.state.moves().front().loc, p.openings[g.index / 2].moves.front().loc);
    }
    // Opening b leaves White to move: engine 2 (White in game 3) passes first.
    std::ifstream in(log1);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("play black C3\nplay white B4\ngenmove black"), std::string::npos) << text;
    EXPECT_NE(text.find("play black A5\nplay white PASS\ngenmove black"), std::string::npos)
        << text;
}

TEST(MatchRunner, ConcurrentCrashesLoseAndAreRestarted) {
    MatchParams p = params(fake("pass"), fake("crash"), 4);
    p.concurrency = 2;
    MatchRunner runner(p);
    Played r = play(runner);
    ASSERT_EQ(r.games.size(), 4u);
    EXPECT_TRUE(r.error.empty()) << r.error;
    EXPECT_EQ(r.tally.wins1, 4);
    for (const auto& g : r.games) EXPECT_EQ(g.end, GameEnd::kCrash) << g.detail;
}

TEST(MatchRunner, ConcurrentInterruptFinishesTheGamesBeingPlayed) {
    MatchParams p = params(fake("pass"), fake("pass"), 8);
    p.concurrency = 2;
    MatchRunner runner(p);
    std::string error;
    ASSERT_TRUE(runner.start(&error)) << error;
    std::atomic<int> interrupts{0};
    int seen = 0;
    MatchTally t = runner.run(
        [&](const GameRecord& g, const MatchTally&) {
            EXPECT_TRUE(g.counted);
            if (++seen == 1) interrupts = 1;
        },
        &interrupts, &error);
    // The first game stops the match; the other pair's game still counts.
    EXPECT_GE(t.games, 1);
    EXPECT_LE(t.games, 2);
    EXPECT_EQ(seen, t.games);
}

TEST(MatchRunner, ConcurrencyOutOfRangeFailsStart) {
    MatchParams p = params(fake("pass"), fake("pass"), 2);
    p.concurrency = 0;
    MatchRunner runner(p);
    std::string error;
    EXPECT_FALSE(runner.start(&error));
    EXPECT_NE(error.find("concurrency must be 1..64"), std::string::npos) << error;
}

TEST(MatchRunner, AtomicWriteReplacesFile) {
    const std::string dir = tempDir("atomic");
    std::filesystem::create_directories(dir);
    std::string error;
    ASSERT_TRUE(writeFileAtomically(dir + "/x.sgf", "one", &error)) << error;
    ASSERT_TRUE(writeFileAtomically(dir + "/x.sgf", "two", &error)) << error;
    int files = 0;
    for (auto& e : std::filesystem::directory_iterator(dir)) (void)e, ++files;
    EXPECT_EQ(files, 1);  // no temporary left behind
    EXPECT_FALSE(writeFileAtomically(dir + "/no/such/dir/x.sgf", "x", &error));
}
