#include "engine/go/game_state.h"

#include <gtest/gtest.h>

#include "engine/go/coord.h"

namespace m37 {
namespace {

Loc at(const GameState& g, const char* v) { return *parseGtpVertex(v, g.size()); }

// A ko in the middle of a 5x5 board: Black's C3 can be taken at B3.
GameState koPosition(Rules rules) {
    GameState g(5, rules);
    auto play = [&](const char* v, Color c) { EXPECT_EQ(g.play(at(g, v), c), MoveError::kNone) << v; };
    play("B4", kBlack);
    play("C4", kWhite);
    play("A3", kBlack);
    play("D3", kWhite);
    play("B2", kBlack);
    play("C2", kWhite);
    play("C3", kBlack);
    return g;
}

TEST(GameState, SimpleKoAllowsRetakeAfterPasses) {
    GameState g = koPosition(*Rules::preset("chinese"));
    // White takes the ko at B3, capturing C3.
    ASSERT_EQ(g.play(at(g, "B3"), kWhite), MoveError::kNone);
    EXPECT_EQ(g.board().at(at(g, "C3")), kEmpty);
    EXPECT_EQ(g.check(at(g, "C3"), kBlack), MoveError::kKo);
    // After a pass each, the ko may be retaken under simple ko.
    ASSERT_EQ(g.play(kPassLoc, kBlack), MoveError::kNone);
    ASSERT_EQ(g.play(kPassLoc, kWhite), MoveError::kNone);
    EXPECT_EQ(g.check(at(g, "C3"), kBlack), MoveError::kNone);
}

TEST(GameState, PositionalSuperkoForbidsRetakeAfterPasses) {
    Rules r = *Rules::preset("chinese");
    r.ko = KoRule::kPositional;
    GameState g = koPosition(r);
    ASSERT_EQ(g.play(at(g, "B3"), kWhite), MoveError::kNone);
    ASSERT_EQ(g.play(kPassLoc, kBlack), MoveError::kNone);
    ASSERT_EQ(g.play(kPassLoc, kWhite), MoveError::kNone);
    EXPECT_EQ(g.check(at(g, "C3"), kBlack), MoveError::kSuperko);
}

TEST(GameState, SituationalDiffersFromPositionalOnSuicide) {
    // A single-stone suicide repeats the position with the other side to move.
    auto setup = [](Rules r) {
        GameState g(5, r);
        g.setup({{at(g, "A4"), kWhite}, {at(g, "B5"), kWhite}});
        return g;
    };
    GameState tt = setup(*Rules::preset("tromp-taylor"));  // positional, suicide
    EXPECT_EQ(tt.check(at(tt, "A5"), kBlack), MoveError::kSuperko);
    GameState nz = setup(*Rules::preset("nz"));  // situational, suicide
    EXPECT_EQ(nz.check(at(nz, "A5"), kBlack), MoveError::kNone);
    GameState cn = setup(*Rules::preset("chinese"));
    EXPECT_EQ(cn.check(at(cn, "A5"), kBlack), MoveError::kSuicide);
}

TEST(GameState, UndoRestoresEverything) {
    GameState g = koPosition(*Rules::preset("chinese"));
    Board before = g.board();
    int moves = g.moveNumber();
    ASSERT_EQ(g.play(at(g, "B3"), kWhite), MoveError::kNone);
    EXPECT_EQ(g.board().prisoners(kWhite), 1);
    ASSERT_TRUE(g.undo());
    EXPECT_TRUE(g.board().sameStones(before));
    EXPECT_EQ(g.board().hash(), before.hash());
    EXPECT_EQ(g.moveNumber(), moves);
    EXPECT_EQ(g.toMove(), kWhite);
    EXPECT_EQ(g.board().prisoners(kWhite), 0);
    while (g.undo()) {
    }
    EXPECT_EQ(g.moveNumber(), 0);
    EXPECT_EQ(g.board().stoneCount(kBlack), 0);
}

TEST(GameState, PassesEndTheGame) {
    GameState g(9);
    EXPECT_FALSE(g.gameOver());
    g.play(kPassLoc);
    g.play(at(g, "E5"));
    g.play(kPassLoc);
    EXPECT_FALSE(g.gameOver());
    g.play(kPassLoc);
    EXPECT_TRUE(g.gameOver());
}

TEST(GameState, FixedHandicapFollowsGtpSpec) {
    auto names = [](int size, int n) {
        std::string s;
        for (Loc l : GameState::fixedHandicapPoints(size, n)) s += gtpVertex(l, size) + " ";
        return s;
    };
    EXPECT_EQ(names(19, 2), "D4 Q16 ");
    EXPECT_EQ(names(19, 5), "D4 Q16 D16 Q4 K10 ");
    EXPECT_EQ(names(19, 9), "D4 Q16 D16 Q4 D10 Q10 K4 K16 K10 ");
    EXPECT_EQ(names(9, 4), "C3 G7 C7 G3 ");
    EXPECT_EQ(names(13, 3), "D4 K10 D10 ");
    EXPECT_EQ(names(10, 5), "");
    EXPECT_EQ(names(12, 2), "D4 J9 ");  // 4th line from 12x12 up, as GNU Go
    EXPECT_EQ(names(7, 5), "");
    EXPECT_EQ(names(19, 10), "");
    EXPECT_EQ(names(19, 1), "");
}

TEST(GameState, HandicapGivesWhiteTheMoveAndBonus) {
    GameState g(19, *Rules::preset("chinese"));
    ASSERT_TRUE(g.placeHandicap(GameState::fixedHandicapPoints(19, 4)));
    EXPECT_EQ(g.toMove(), kWhite);
    EXPECT_EQ(g.handicap(), 4);
    EXPECT_FLOAT_EQ(g.whiteBonus(), 7.5f + 4);
    GameState a(19, *Rules::preset("aga"));
    ASSERT_TRUE(a.placeHandicap(GameState::fixedHandicapPoints(19, 4)));
    EXPECT_FLOAT_EQ(a.whiteBonus(), 7.5f + 3);
    EXPECT_FALSE(a.placeHandicap(GameState::fixedHandicapPoints(19, 2)));  // not empty
}

TEST(GameState, ForcedIllegalMovesAreRecorded) {
    GameState g(9);
    g.play(at(g, "E5"), kBlack);
    g.playForced(at(g, "E5"), kWhite);  // occupied: replaced
    EXPECT_EQ(g.board().at(at(g, "E5")), kWhite);
    EXPECT_EQ(g.moveNumber(), 2);
    std::string why;
    EXPECT_TRUE(g.board().selfCheck(&why)) << why;
}

}  // namespace
}  // namespace m37

namespace m37 {
namespace {

TEST(GameState, BoardBackGivesEarlierPositions) {
    GameState g(9);
    std::vector<Board> seen{g.board()};
    for (const char* v : {"E5", "E4", "D4", "D5", "C5", "F5", "D6", "E6", "pass", "F4"}) {
        ASSERT_EQ(g.play(*parseGtpVertex(v, 9)), MoveError::kNone) << v;
        seen.push_back(g.board());
    }
    for (int back = 0; back < int(seen.size()); ++back) {
        const Board* b = g.boardBack(back);
        ASSERT_NE(b, nullptr);
        const Board& want = seen[seen.size() - 1 - size_t(back)];
        EXPECT_TRUE(b->sameStones(want)) << back;
        EXPECT_EQ(b->hash(), want.hash());
        EXPECT_EQ(b->koLoc(), want.koLoc());
        EXPECT_EQ(b->prisoners(kBlack), want.prisoners(kBlack));
        std::string why;
        EXPECT_TRUE(b->selfCheck(&why)) << why;
    }
    EXPECT_EQ(g.boardBack(int(seen.size())), nullptr);
    GameState copy = g;
    EXPECT_TRUE(copy.boardBack(3)->sameStones(*g.boardBack(3)));
}

TEST(GameState, PackUnpackRoundTrip) {
    Board b(13);
    b.play(b.loc(3, 3), kBlack);
    b.play(b.loc(3, 4), kWhite);
    Board u = Board::unpack(b.pack());
    EXPECT_TRUE(u.sameStones(b));
    EXPECT_EQ(u.hash(), b.hash());
    EXPECT_EQ(u.libs(u.loc(3, 3)), b.libs(b.loc(3, 3)));
    EXPECT_TRUE(u.selfCheck());
}

}  // namespace
}  // namespace m37
