#include "engine/go/scoring.h"

#include <gtest/gtest.h>

#include "engine/go/coord.h"
#include "tests/go/test_boards.h"

namespace m37 {
namespace {

GameState stateFrom(const Board& b, Rules r) {
    GameState g(b.size(), r);
    std::vector<std::pair<Loc, Color>> stones;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x)
            if (b.at(b.loc(x, y)) != kEmpty) stones.push_back({b.loc(x, y), b.at(b.loc(x, y))});
    g.setup(stones);
    return g;
}

// Black owns the left two columns, White the right side; C5 and C2 are dame.
const char* kFinal = R"(
    . X . O .
    . X O O .
    X X O . O
    . X . O O
    . X O . .)";

TEST(Scoring, AreaCountsStonesAndSurroundedPoints) {
    Rules r = *Rules::preset("chinese");
    r.komi = 0.5f;
    GameState g = stateFrom(test::boardFromDiagram(kFinal), r);
    Score s = areaScore(g);
    // Black: 6 stones + A5,A4,A2,A1 = 10. White: 8 stones + E5,E4,D3,E1,D1 = 13
    // C5 and C2 touch both colours: neutral.
    EXPECT_FLOAT_EQ(s.black, 10);
    EXPECT_FLOAT_EQ(s.white, 13.5f);
    EXPECT_EQ(s.toString(), "W+3.5");
    EXPECT_FLOAT_EQ(s.marginFor(kBlack), -3.5f);
    EXPECT_FLOAT_EQ(s.marginFor(kWhite), 3.5f);
}

TEST(Scoring, DeadStonesCountForTheOpponent) {
    Rules r = *Rules::preset("chinese");
    r.komi = 0;
    Board b = test::boardFromDiagram(R"(
        . X . . .
        X O X . .
        . X . . .
        X X X X X
        . . . . .)");
    GameState g = stateFrom(b, r);
    Loc dead = b.loc(1, 1);
    Score alive = areaScore(g);
    Score withDead = areaScore(g, {dead});
    // All 25 points are black's once the white stone is removed.
    EXPECT_FLOAT_EQ(withDead.black, 25);
    EXPECT_FLOAT_EQ(withDead.white, 0);
    EXPECT_LT(alive.black, 25);
    Rules jp = *Rules::preset("japanese");
    jp.komi = 0;
    g.setRules(jp);
    Score terr = territoryScore(g, {dead});
    // Territory: 25 - 9 black stones = 16 points (incl. the dead stone's
    // point) + 1 prisoner (the dead stone).
    EXPECT_FLOAT_EQ(terr.black, 17);
    EXPECT_FLOAT_EQ(terr.white, 0);
    EXPECT_EQ(score(g, {dead}).toString(), "B+17");
}

TEST(Scoring, TerritoryCountsPrisoners) {
    GameState g(5, *Rules::preset("japanese"));
    g.setKomi(0);
    // Black captures a white stone on the edge.
    for (const char* v : {"B5", "A5", "A4", "pass"}) {
        Color c = g.toMove();
        ASSERT_EQ(g.play(*parseGtpVertex(v, 5), c), MoveError::kNone) << v;
    }
    // Black B5 A4 captured W A5 → black has 1 prisoner.
    EXPECT_EQ(g.board().prisoners(kBlack), 1);
    Score s = territoryScore(g);
    EXPECT_GE(s.black, 1);
}

TEST(Scoring, BensonFindsTwoEyedGroup) {
    Board b = test::boardFromDiagram(R"(
        . X . X O .
        X X X X O .
        O O O O O .
        . . . . . .
        . . . . . .
        . . . . . .)");
    std::vector<bool> black = passAlive(b, kBlack);
    EXPECT_TRUE(black[b.loc(0, 0)]);   // eye
    EXPECT_TRUE(black[b.loc(2, 0)]);   // eye
    EXPECT_TRUE(black[b.loc(1, 1)]);   // stone
    EXPECT_FALSE(black[b.loc(5, 5)]);
    std::vector<bool> white = passAlive(b, kWhite);
    EXPECT_FALSE(white[b.loc(0, 2)]);  // white has no eyes yet
}

TEST(Scoring, BensonOneEyeIsNotAlive) {
    Board b = test::boardFromDiagram(R"(
        . X O . .
        X X O . .
        O O O . .
        . . . . .
        . . . . .)");
    std::vector<bool> black = passAlive(b, kBlack);
    EXPECT_FALSE(black[b.loc(1, 1)]);
    EXPECT_FALSE(black[b.loc(0, 0)]);
}

TEST(Scoring, BensonEnclosedEnemyStonesBelongToOwner) {
    // Black wall with two separate regions; one holds a white stone that
    // can never live (region vital to the black chain).
    Board b = test::boardFromDiagram(R"(
        . X O X .
        X X X X X
        . . . . .
        . . . . .
        . . . . .)");
    std::vector<bool> black = passAlive(b, kBlack);
    // Regions A5 and C5..? C5 holds a white stone: the region {C5} has no
    // empty point, so it is vital; E5 is vital; A5 is vital.
    EXPECT_TRUE(black[b.loc(1, 1)]);
    EXPECT_TRUE(black[b.loc(2, 0)]);
}

}  // namespace
}  // namespace m37
