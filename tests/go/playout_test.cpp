#include "engine/go/playout.h"

#include <gtest/gtest.h>

#include "engine/go/scoring.h"

namespace m37 {
namespace {

TEST(Playout, FinishesWithOnlyEyesLeft) {
    Rng rng(3);
    for (int size : {5, 9, 13, 19}) {
        for (int i = 0; i < 20; ++i) {
            Board b(size);
            int moves = playout(b, kBlack, rng);
            EXPECT_LT(moves, 3 * size * size);
            std::string why;
            ASSERT_TRUE(b.selfCheck(&why)) << why;
            // No legal non-eye move remains for either side.
            for (Color c : {kBlack, kWhite})
                for (int k = 0; k < b.emptyCount(); ++k) {
                    Loc l = b.emptyAt(k);
                    EXPECT_TRUE(b.isEye(l, c) || !b.isLegal(l, c, false)) << b.toString();
                }
        }
    }
}

TEST(Playout, AreaCountMatchesScoring) {
    Rng rng(5);
    for (int i = 0; i < 50; ++i) {
        Board b(9);
        playout(b, kBlack, rng);
        std::vector<Color> owner = finalOwnership(b, {});
        int expect = 0;
        for (int y = 0; y < 9; ++y)
            for (int x = 0; x < 9; ++x) {
                Color o = owner[b.loc(x, y)];
                expect += o == kBlack ? 1 : o == kWhite ? -1 : 0;
            }
        EXPECT_EQ(areaCount(b), expect);
    }
}

TEST(Playout, RandomMoveIsUniform) {
    // On an empty 3x3 board all nine points are equally likely.
    Rng rng(11);
    std::vector<int> count(Board(3).area(), 0);
    const int n = 90000;
    for (int i = 0; i < n; ++i) {
        Board b(3);
        ++count[randomMove(b, kBlack, rng)];
    }
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x) EXPECT_NEAR(count[Board(3).loc(x, y)], n / 9, 400);
}

TEST(Playout, DeterministicForASeed) {
    auto run = [](uint64_t seed) {
        Rng rng(seed);
        Board b(9);
        playout(b, kBlack, rng);
        return b.hash();
    };
    EXPECT_EQ(run(42), run(42));
    EXPECT_NE(run(42), run(43));
}

TEST(Playout, OwnershipSeesSafeCorner) {
    Rng rng(9);
    Board b(9);
    // A living black corner group owns its corner.
    for (auto [x, y] : {std::pair{0, 2}, {1, 2}, {2, 2}, {2, 1}, {2, 0}, {1, 0}})
        b.setStone(b.loc(x, y), kBlack);
    std::vector<float> own = playoutOwnership(b, kWhite, 200, rng);
    EXPECT_GT(own[b.loc(0, 0)], 0.5f);
}

}  // namespace
}  // namespace m37
