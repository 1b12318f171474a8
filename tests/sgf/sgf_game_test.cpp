#include "engine/sgf/sgf_game.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

namespace m37 {
namespace {

std::unique_ptr<SgfNode> parse(const std::string& text) {
    auto r = readSgf(text);
    EXPECT_TRUE(r.ok()) << text;
    return r.games.empty() ? std::make_unique<SgfNode>() : std::move(r.games[0]);
}

Color at(const SgfReplay& r, const char* vertex) {
    return r.state.board().at(*parseGtpVertex(vertex, r.state.size()));
}

TEST(SgfGame, ReplaysMainLineWithRootInfo) {
    auto g = parse("(;SZ[9]KM[5.5]RU[Japanese];B[cc];W[gg](;B[gc])(;B[cg]))");
    SgfReplay r = replaySgfGame(*g);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.state.size(), 9);
    EXPECT_FLOAT_EQ(r.state.rules().komi, 5.5f);
    EXPECT_EQ(r.state.rules().scoring, ScoringRule::kTerritory);
    EXPECT_EQ(r.movesPlayed, 3);
    EXPECT_EQ(r.toMove, kWhite);
    EXPECT_EQ(r.state.toMove(), kWhite);
    EXPECT_EQ(at(r, "G7"), kBlack);  // gc, the first variation
    EXPECT_EQ(at(r, "C3"), kEmpty);
    EXPECT_TRUE(r.warnings.empty());
}

TEST(SgfGame, UntilMoveFollowsGnuGo) {
    auto g = parse("(;SZ[9];B[cc];W[gg];B[gc];W[cg])");
    SgfReplayOptions o;
    o.untilMove = 1;  // position before move 1
    SgfReplay r = replaySgfGame(*g, o);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.movesPlayed, 0);
    EXPECT_EQ(r.toMove, kBlack);
    o.untilMove = 4;
    r = replaySgfGame(*g, o);
    EXPECT_EQ(r.movesPlayed, 3);
    EXPECT_EQ(r.toMove, kWhite);
    EXPECT_EQ(at(r, "G7"), kBlack);
    EXPECT_EQ(at(r, "C3"), kEmpty);
    o.untilMove = 99;
    r = replaySgfGame(*g, o);
    EXPECT_EQ(r.movesPlayed, 4);
    EXPECT_EQ(r.toMove, kBlack);
    o.untilMove = 0;
    o.untilVertex = "G3";  // gg: stop before W[gg]
    r = replaySgfGame(*g, o);
    EXPECT_EQ(r.movesPlayed, 1);
    EXPECT_EQ(r.toMove, kWhite);
    o.untilVertex = "Z99";
    EXPECT_FALSE(replaySgfGame(*g, o).ok);
}

TEST(SgfGame, SetupAndPlayer) {
    auto g = parse("(;SZ[9]AB[aa:bb]AW[cc]PL[W];AE[aa]W[dd];B[ee];AB[ff]PL[B])");
    SgfReplay r = replaySgfGame(*g);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(at(r, "A9"), kEmpty);  // removed by AE
    EXPECT_EQ(at(r, "B8"), kBlack);
    EXPECT_EQ(at(r, "C7"), kWhite);
    EXPECT_EQ(at(r, "F4"), kBlack);
    EXPECT_EQ(r.movesPlayed, 2);
    EXPECT_EQ(r.toMove, kBlack);  // PL[B] in the last node
}

TEST(SgfGame, HandicapWithAndWithoutStones) {
    auto g = parse("(;SZ[19]HA[2]AB[dp][pd])");
    SgfReplay r = replaySgfGame(*g);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.state.handicap(), 2);
    EXPECT_EQ(r.toMove, kWhite);
    // GNU Go places the fixed stones when White plays first on an empty board.
    g = parse("(;SZ[19]HA[3];W[jj])");
    r = replaySgfGame(*g);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.state.board().stoneCount(kBlack), 3);
    EXPECT_EQ(at(r, "D4"), kBlack);
    EXPECT_EQ(r.toMove, kBlack);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].message.find("fixed handicap"), std::string::npos);
    g = parse("(;SZ[19]HA[3])");
    r = replaySgfGame(*g);
    EXPECT_EQ(r.toMove, kWhite);
    EXPECT_EQ(r.state.board().stoneCount(kBlack), 0);
}

TEST(SgfGame, IllegalMovesArePlayedAndReported) {
    // Move 3 is on an occupied point, move 5 a suicide.
    auto g = parse("(;SZ[5]AW[ba][ab];B[cc];W[dd];B[cc];W[ee];B[aa])");
    SgfReplay r = replaySgfGame(*g);
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_NE(r.warnings[0].message.find("move 3"), std::string::npos) << r.warnings[0].message;
    EXPECT_NE(r.warnings[0].message.find("occupied"), std::string::npos);
    EXPECT_NE(r.warnings[1].message.find("move 5"), std::string::npos) << r.warnings[1].message;
    EXPECT_NE(r.warnings[1].message.find("suicide"), std::string::npos);
    EXPECT_EQ(r.warnings[1].line, 1);
    EXPECT_EQ(r.movesPlayed, 5);
    EXPECT_EQ(at(r, "A5"), kEmpty);  // suicided stone removed
}

TEST(SgfGame, BadBoardsAndMoves) {
    EXPECT_FALSE(replaySgfGame(*parse("(;SZ[30])")).ok);
    EXPECT_FALSE(replaySgfGame(*parse("(;SZ[1])")).ok);
    EXPECT_FALSE(replaySgfGame(*parse("(;SZ[9:13])")).ok);
    EXPECT_FALSE(replaySgfGame(*parse("(;SZ[x])")).ok);
    EXPECT_FALSE(replaySgfGame(*parse("(;HA[-1])")).ok);
    SgfReplayOptions gnugoLimit;
    gnugoLimit.maxSize = 19;
    EXPECT_FALSE(replaySgfGame(*parse("(;SZ[21])"), gnugoLimit).ok);
    EXPECT_TRUE(replaySgfGame(*parse("(;SZ[25];B[yy])")).ok);
    SgfReplay r = replaySgfGame(*parse("(;SZ[9];B[zz];W[tt];B[])"));
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.movesPlayed, 3);
    ASSERT_EQ(r.warnings.size(), 1u);  // zz off board; tt is a pass on 9x9
    EXPECT_EQ(r.state.passesInRow(), 3);
}

TEST(SgfGame, FromGameStateRoundTrip) {
    GameState st(9, *Rules::preset("japanese"));
    st.placeHandicap(GameState::fixedHandicapPoints(9, 2));
    st.play(makeLoc(4, 4, 9), kWhite);
    st.play(kPassLoc, kBlack);
    st.setup({{makeLoc(0, 0, 9), kWhite}, {makeLoc(6, 2, 9), kEmpty}});
    st.play(makeLoc(1, 1, 9), kWhite);
    st.setToMove(kWhite);
    SgfGameInfo info;
    info.playerBlack = "B name";
    info.result = "W+R";
    auto tree = sgfFromGameState(st, info);
    std::string text = writeSgf(*tree);
    EXPECT_NE(text.find("HA[2]"), std::string::npos) << text;
    EXPECT_NE(text.find("RU[japanese]"), std::string::npos) << text;
    EXPECT_NE(text.find(";B[]"), std::string::npos) << text;
    EXPECT_NE(text.find("PL[W]"), std::string::npos) << text;
    auto back = parse(text);
    SgfReplay r = replaySgfGame(*back);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(r.state.board().sameStones(st.board())) << text;
    EXPECT_EQ(r.toMove, kWhite);
    EXPECT_EQ(r.state.handicap(), 2);
    EXPECT_EQ(r.state.rules(), st.rules());
    EXPECT_EQ(r.movesPlayed, 3);
}

TEST(SgfGame, FromEmptyGameState) {
    GameState st(19);
    auto tree = sgfFromGameState(st);
    EXPECT_EQ(writeSgf(*tree), "(;FF[4]GM[1]CA[UTF-8]AP[move37]SZ[19]KM[7.5]RU[chinese])\n");
}

TEST(SgfGame, LoadFile) {
    std::string path = testing::TempDir() + "/sgf_game_load.sgf";
    {
        std::ofstream f(path);
        f << "(;SZ[9]XX;B[cc];W[gg])";
    }
    SgfReplay r = loadSgfFile(path);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.movesPlayed, 2);
    ASSERT_EQ(r.warnings.size(), 1u);  // XX without value
    {
        std::ofstream f(path);
        f << "(;SZ[9];B[cc";
    }
    r = loadSgfFile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("1:10"), std::string::npos) << r.error;
    EXPECT_FALSE(loadSgfFile(path + ".missing").ok);
    std::remove(path.c_str());
}

}  // namespace
}  // namespace m37
