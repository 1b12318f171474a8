// Self-play chunks (format version 1): write -> read gives the same games,
// positions are rebuilt by replay, and bad chunks are refused with the line
// and what was expected.
#include <gtest/gtest.h>

#include <filesystem>

#include "engine/go/coord.h"
#include "engine/train/selfplay_chunk.h"
#include "tests/scratch_dir.h"

namespace m37::train {
namespace {

Loc at(const char* v, int n = 9) {
    return *parseGtpVertex(v, n);
}

SelfPlayGame sampleGame() {
    SelfPlayGame g;
    g.boardSize = 9;
    g.rules = *Rules::preset("chinese");
    g.rules.komi = 7;
    g.net = "random 1x8 (test)";
    g.result = "B+3";
    g.score = 3.0f;
    g.resignCheck = true;
    g.wouldResignAt = 4;
    g.moves.push_back({kBlack, at("E5"), true, 0.52f, {{40, 30}, {31, 12}, {81, 1}}});
    g.moves.push_back({kWhite, at("C3"), false, 0.4871f, {}});
    g.moves.push_back({kBlack, at("G7"), true, 0.6f, {{20, 7}}});
    g.moves.push_back({kWhite, kPassLoc, true, 0.25f, {{81, 9}, {10, 2}}});
    g.moves.push_back({kBlack, kPassLoc, false, 0.9f, {}});
    return g;
}

std::string error;

std::optional<std::vector<SelfPlayGame>> parse(const std::string& text) {
    error.clear();
    return parseSelfPlayChunk(text, "chunk", &error);
}

TEST(SelfPlayChunk, RoundTrip) {
    SelfPlayGame b = sampleGame();
    b.result = "?";
    b.score.reset();
    b.resignCheck = false;
    b.wouldResignAt = 0;
    b.rules = *Rules::preset("tromp-taylor");
    b.moves.resize(2);
    const std::vector<SelfPlayGame> games = {sampleGame(), b};
    const std::string text = serializeSelfPlayChunk(games);
    EXPECT_EQ(text.substr(0, text.find('\n')), "move37-selfplay 1");
    EXPECT_NE(text.find("\nB E5 full 0.519999981 40:30 31:12 81:1\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\nW pass full 0.25 81:9 10:2\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\nresign-check 1\nwould-resign 4\nmoves 5\n"), std::string::npos) << text;
    auto back = parse(text);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, games);

    const std::string dir = testScratchDir(std::string(MOVE37_TRAIN_TEST_TMP) + "/selfplay_chunk");
    ASSERT_TRUE(writeSelfPlayChunk(dir + "/c.txt", games, &error)) << error;
    EXPECT_FALSE(std::filesystem::exists(dir + "/c.txt.tmp"));
    auto read = readSelfPlayChunk(dir + "/c.txt", &error);
    ASSERT_TRUE(read) << error;
    EXPECT_EQ(*read, games);
}

// Found by selfplay_chunk_fuzz (tests/fuzz/corpus/selfplay_chunk/crash-komi-digits):
// a komi with more digits than %g prints came back as another float.
TEST(SelfPlayChunk, AnyKomiSurvivesWritingAgain) {
    SelfPlayGame g = sampleGame();
    g.rules.komi = 0.44444445f;
    const std::vector<SelfPlayGame> games = {g};
    auto back = parse(serializeSelfPlayChunk(games));
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, games);
}

TEST(SelfPlayChunk, PositionsAreRebuiltByReplay) {
    const SelfPlayGame g = sampleGame();
    std::vector<int> stones;
    std::vector<Color> toMove;
    ASSERT_TRUE(forEachSelfPlayPosition(
        g,
        [&](const GameState& s, const SelfPlayMove& m) {
            stones.push_back(s.board().stoneCount(kBlack) + s.board().stoneCount(kWhite));
            toMove.push_back(s.toMove());
            EXPECT_EQ(s.toMove(), m.color);
        },
        &error))
        << error;
    EXPECT_EQ(stones, (std::vector<int>{0, 1, 2, 3, 3}));
    EXPECT_EQ(toMove.size(), 5u);
}

TEST(SelfPlayChunk, BadChunksNameTheLine) {
    const std::string good = serializeSelfPlayChunk({sampleGame()});
    auto expectError = [&](std::string text, const std::string& where, const std::string& what) {
        EXPECT_FALSE(parse(text)) << text;
        EXPECT_EQ(error.rfind("chunk:" + where + ": ", 0), 0u) << error;
        EXPECT_NE(error.find(what), std::string::npos) << error;
    };
    expectError("", "0", "empty");
    expectError("move37-selfplay 2\n", "1", "unsupported version 2");
    expectError("sgf\n", "1", "not a move37 self-play chunk");
    std::string t = good;
    t.replace(t.find("B E5"), 4, "B Z5");
    expectError(t, "11", "bad vertex 'Z5'");
    t = good;
    t.replace(t.find("G7 full"), 2, "E5");  // onto an occupied point
    expectError(t, "16", "move 3 (B E5) is illegal");
    t = good;
    t.replace(t.find("40:30"), 5, "82:30");
    expectError(t, "11", "bad visit count '82:30'");
    t = good;
    t.replace(t.find("size 9"), 6, "size 25");
    expectError(t, "3", "bad board size");
    expectError(good.substr(0, good.find("end")), "15", "expected 'end'");
    t = good;
    t.replace(t.find("result B+3"), 10, "result B+");
    expectError(t, "6", "bad result");
    t = good;
    t.replace(t.find("\nmoves 5"), 8, "\nmoves 7");
    expectError(t, "16", "expected 'COLOR VERTEX");
    t = good;
    t.replace(t.find("would-resign 4"), 14, "would-resign x");
    expectError(t, "9", "bad would-resign 'x'");
    t = good;
    t.replace(t.find("would-resign 4"), 14, "would-resign 6");
    expectError(t, "16", "would-resign 6 needs resign-check 1 and at most 5 moves");
    t = good;
    t.replace(t.find("resign-check 1"), 14, "resign-check 0");
    expectError(t, "16", "needs resign-check 1");
}

}  // namespace
}  // namespace m37::train
