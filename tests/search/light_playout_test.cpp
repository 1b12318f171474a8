// Light playouts: the tactical rules and heuristic priors.
#include <gtest/gtest.h>

#include <numeric>

#include "engine/go/coord.h"
#include "engine/search/light_playout.h"

namespace m37 {
namespace {

TEST(LightPlayout, CapturesLastMoveInAtari) {
    Board b(5);
    auto at = [](const char* v) { return *parseGtpVertex(v, 5); };
    b.play(at("B3"), kBlack);
    b.play(at("D3"), kBlack);
    b.play(at("C4"), kBlack);
    b.play(at("C3"), kWhite);
    EXPECT_EQ(tacticalMove(b, kBlack, at("C3"), false), at("C2"));
    // White to move saves C3 by extending to C2 (3 liberties there).
    EXPECT_EQ(tacticalMove(b, kWhite, at("C4"), false), at("C2"));
    EXPECT_EQ(libertiesAfter(b, at("C2"), kWhite), 3);
}

TEST(LightPlayout, PlayoutEndsAndCounts) {
    Board b(9);
    Rng rng(3);
    LightPlayoutResult r = lightPlayout(b, kBlack, kNullLoc, 7.5f, rng, false);
    EXPECT_GT(r.moves, 20);
    EXPECT_NE(r.blackMargin, 0.0f);
    EXPECT_TRUE(b.selfCheck());
}

TEST(LightPlayout, HeuristicPriorsSumToOne) {
    GameState g(9);
    auto p = heuristicPriors(g);
    ASSERT_EQ(p.size(), 82u);
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-5);
    EXPECT_GT(p[81], 0.0f);
}

}  // namespace
}  // namespace m37
