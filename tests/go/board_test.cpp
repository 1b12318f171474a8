#include "engine/go/board.h"

#include <gtest/gtest.h>

#include "engine/go/coord.h"
#include "engine/go/rng.h"
#include "tests/go/test_boards.h"

namespace m37 {
namespace {

TEST(Board, EmptyBoardHasAllPointsEmpty) {
    for (int size : {2, 5, 9, 13, 19, 25}) {
        Board b(size);
        EXPECT_EQ(b.emptyCount(), size * size);
        EXPECT_EQ(b.hash(), 0u);
        EXPECT_TRUE(b.selfCheck());
        EXPECT_FALSE(b.onBoard(b.loc(-1, 0)));
        EXPECT_TRUE(b.onBoard(b.loc(size - 1, size - 1)));
    }
}

TEST(Board, SingleStoneLibertiesCornerEdgeCentre) {
    Board b(9);
    b.play(b.loc(0, 0), kBlack);
    b.play(b.loc(4, 0), kWhite);
    b.play(b.loc(4, 4), kBlack);
    EXPECT_EQ(b.libs(b.loc(0, 0)), 2);
    EXPECT_EQ(b.libs(b.loc(4, 0)), 3);
    EXPECT_EQ(b.libs(b.loc(4, 4)), 4);
}

TEST(Board, MergeCountsSharedLibertiesOnce) {
    // X X at (2,2),(4,2) joined by (3,2): libs of the 3-stone line = 8
    Board b(9);
    b.play(b.loc(2, 2), kBlack);
    b.play(b.loc(4, 2), kBlack);
    b.play(b.loc(3, 2), kBlack);
    EXPECT_EQ(b.chainSize(b.loc(2, 2)), 3);
    EXPECT_EQ(b.libs(b.loc(2, 2)), 8);
    // an L shape sharing a liberty
    b.play(b.loc(2, 3), kBlack);
    EXPECT_EQ(b.libs(b.loc(2, 3)), 9);
    EXPECT_TRUE(b.selfCheck());
}

TEST(Board, CaptureRestoresLibertiesOfNeighbours) {
    Board b = test::boardFromDiagram(R"(
        . X . . .
        X O X . .
        . . . . .
        . . . . .
        . . . . .)");
    EXPECT_EQ(b.libs(b.loc(1, 1)), 1);
    int captured = b.play(b.loc(1, 2), kBlack);
    EXPECT_EQ(captured, 1);
    EXPECT_EQ(b.at(b.loc(1, 1)), kEmpty);
    EXPECT_EQ(b.prisoners(kBlack), 1);
    EXPECT_EQ(b.libs(b.loc(1, 0)), 3);
    EXPECT_TRUE(b.selfCheck());
}

TEST(Board, SimpleKoForbidsImmediateRetake) {
    Board k = test::boardFromDiagram(R"(
        . . . . .
        . X O . .
        X . X O .
        . X O . .
        . . . . .)");
    // White captures the black stone at (2,2) by playing (1,2).
    EXPECT_EQ(k.check(k.loc(1, 2), kWhite, false), MoveError::kNone);
    EXPECT_EQ(k.play(k.loc(1, 2), kWhite), 1);
    EXPECT_EQ(k.koLoc(), k.loc(2, 2));
    EXPECT_EQ(k.check(k.loc(2, 2), kBlack, false), MoveError::kKo);
    // After a move elsewhere the ko may be retaken.
    k.play(k.loc(4, 4), kBlack);
    k.play(k.loc(4, 0), kWhite);
    EXPECT_EQ(k.check(k.loc(2, 2), kBlack, false), MoveError::kNone);
}

TEST(Board, SuicideRefusedOrRemovesChain) {
    Board b = test::boardFromDiagram(R"(
        . O . . .
        O . . . .
        . . . . .
        . . . . .
        . . . . .)");
    EXPECT_EQ(b.check(b.loc(0, 0), kBlack, false), MoveError::kSuicide);
    EXPECT_EQ(b.check(b.loc(0, 0), kBlack, true), MoveError::kNone);
    b.play(b.loc(0, 0), kBlack);
    EXPECT_EQ(b.at(b.loc(0, 0)), kEmpty);
    EXPECT_EQ(b.prisoners(kWhite), 1);
    EXPECT_TRUE(b.selfCheck());
    // Multi-stone suicide.
    Board m = test::boardFromDiagram(R"(
        X . O . .
        O O . . .
        . . . . .
        . . . . .
        . . . . .)");
    EXPECT_EQ(m.check(m.loc(1, 0), kBlack, false), MoveError::kSuicide);
    m.play(m.loc(1, 0), kBlack);
    EXPECT_EQ(m.at(m.loc(0, 0)), kEmpty);
    EXPECT_EQ(m.at(m.loc(1, 0)), kEmpty);
    EXPECT_EQ(m.prisoners(kWhite), 2);
}

TEST(Board, CaptureBeforeSuicide) {
    // Playing into a point with no liberties that captures is legal.
    Board b = test::boardFromDiagram(R"(
        . O X . .
        O X . . .
        X . . . .
        . . . . .
        . . . . .)");
    EXPECT_EQ(b.check(b.loc(0, 0), kBlack, false), MoveError::kNone);
    EXPECT_EQ(b.play(b.loc(0, 0), kBlack), 2);
    EXPECT_TRUE(b.selfCheck());
}

TEST(Board, HashIsOrderIndependentAndRestoredByCapture) {
    Board a(9), b(9);
    a.play(a.loc(2, 2), kBlack);
    a.play(a.loc(3, 3), kWhite);
    b.play(b.loc(3, 3), kWhite);
    b.play(b.loc(2, 2), kBlack);
    EXPECT_EQ(a.hash(), b.hash());
    EXPECT_NE(a.hash(), Board(9).hash());
    EXPECT_EQ(a.hashAfter(a.loc(5, 5), kBlack), [&] {
        Board c = a;
        c.play(c.loc(5, 5), kBlack);
        return c.hash();
    }());
}

TEST(Board, EyeDetection) {
    Board b = test::boardFromDiagram(R"(
        . X . X .
        X . X O X
        . X . X .
        . . X . .
        . . . . .)");
    EXPECT_TRUE(b.isEye(b.loc(0, 0), kBlack));
    EXPECT_TRUE(b.isEye(b.loc(1, 1), kBlack));   // one enemy diagonal in the middle is fine
    EXPECT_FALSE(b.isEye(b.loc(1, 1), kWhite));
    EXPECT_FALSE(b.isEye(b.loc(4, 4), kBlack));
    EXPECT_FALSE(b.isEye(b.loc(2, 0), kBlack));  // edge eye with an enemy diagonal is false
}

TEST(Board, RandomGamesKeepInvariants) {
    Rng rng(7);
    for (int size : {2, 3, 5, 9, 13, 19}) {
        for (int game = 0; game < 20; ++game) {
            Board b(size);
            Color c = kBlack;
            for (int move = 0; move < size * size * 3; ++move) {
                std::vector<Loc> legal;
                for (int y = 0; y < size; ++y)
                    for (int x = 0; x < size; ++x)
                        if (b.isLegal(b.loc(x, y), c, game % 2 == 1)) legal.push_back(b.loc(x, y));
                if (legal.empty()) break;
                for (int y = 0; y < size; ++y)
                    for (int x = 0; x < size; ++x) {
                        Loc l = b.loc(x, y);
                        if (b.at(l) != kEmpty) continue;
                        for (Color p : {kBlack, kWhite})
                            ASSERT_EQ(b.isPlayoutCandidate(l, p, game % 2 == 1),
                                      !b.isEye(l, p) && b.isLegal(l, p, game % 2 == 1));
                    }
                b.play(legal[rng.below(uint32_t(legal.size()))], c);
                std::string why;
                ASSERT_TRUE(b.selfCheck(&why)) << why << "\n" << b.toString();
                c = opponent(c);
            }
        }
    }
}

TEST(Board, SetStoneRebuildsChains) {
    Board b(5);
    b.setStone(b.loc(0, 0), kBlack);
    b.setStone(b.loc(1, 0), kBlack);
    EXPECT_EQ(b.chainSize(b.loc(0, 0)), 2);
    EXPECT_EQ(b.libs(b.loc(0, 0)), 3);
    b.setStone(b.loc(1, 0), kEmpty);
    EXPECT_EQ(b.chainSize(b.loc(0, 0)), 1);
    EXPECT_TRUE(b.selfCheck());
}

TEST(Board, DiagramGolden) {
    Board b(5);
    b.play(b.loc(0, 0), kBlack);
    b.play(b.loc(4, 4), kWhite);
    EXPECT_EQ(b.toString(), "X....\n.....\n.....\n.....\n....O\n");
}

}  // namespace
}  // namespace m37
