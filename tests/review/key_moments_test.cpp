// The move-37 finder on hand-made move reviews: surprises by the human
// prior of the engine's choice, mistakes by category, turning points by
// the swing of Black's winrate and by the lead changing hands.
#include "engine/review/key_moments.h"

#include <gtest/gtest.h>

#include "engine/go/coord.h"

namespace m37 {
namespace {

Loc at(const char* v) {
    return *parseGtpVertex(v, 19);
}

MoveReview move(int number, Color c, const char* played, const char* best, float before,
                float after, MoveCategory cat = MoveCategory::kGood) {
    MoveReview m;
    m.moveNumber = number;
    m.index = number - 1;
    m.color = c;
    m.move = at(played);
    m.bestMove = at(best);
    m.winrateBefore = before;
    m.winrateAfter = after;
    m.winrateLost = before - after;
    m.category = cat;
    return m;
}

TEST(KeyMoments, SurpriseWhenTheEnginesChoiceHasALowHumanPrior) {
    MoveReview m37 = move(37, kBlack, "O15", "O15", 0.55f, 0.56f);
    m37.humanPriorBest = 0.0001f;  // AlphaGo's shoulder hit: 1 in 10,000
    MoveReview usual = move(38, kWhite, "P15", "P15", 0.44f, 0.44f);
    usual.humanPriorBest = 0.4f;
    MoveReview unknown = move(39, kBlack, "Q14", "R14", 0.56f, 0.56f);  // no human policy
    auto k = findKeyMoments({m37, usual, unknown});
    ASSERT_EQ(k.size(), 1u);
    EXPECT_EQ(k[0].kind, KeyMomentKind::kSurprise);
    EXPECT_EQ(k[0].moveNumber, 37);
    EXPECT_EQ(k[0].engineMove, at("O15"));
    EXPECT_FLOAT_EQ(k[0].value, 0.0001f);
    EXPECT_EQ(describeKeyMoment(k[0], 19),
              "37 B O15: surprise, engine's O15 has human prior 0.01% (played)");

    KeyMomentParams strict;
    strict.surpriseHumanPrior = 0.00005f;
    EXPECT_TRUE(findKeyMoments({m37}, strict).empty());
    KeyMomentParams loose;
    loose.surpriseHumanPrior = 0.5f;
    EXPECT_EQ(findKeyMoments({m37, usual}, loose).size(), 2u);
}

TEST(KeyMoments, ALowPriorChoiceIsASurpriseOnlyWhenPlayedOrClearlyBetter) {
    MoveReview close = move(20, kBlack, "C3", "S18", 0.50f, 0.49f);  // lost 1%
    close.humanPriorBest = 0.0005f;
    MoveReview better = move(21, kWhite, "C4", "S17", 0.50f, 0.40f);  // lost 10%
    better.humanPriorBest = 0.0005f;
    auto k = findKeyMoments({close, better});
    ASSERT_EQ(k.size(), 1u);
    EXPECT_EQ(k[0].moveNumber, 21);
    KeyMomentParams any;
    any.surpriseMinGain = 0.0f;
    EXPECT_EQ(findKeyMoments({close, better}, any).size(), 2u);
}

TEST(KeyMoments, MistakesFromTheChosenCategoryUp) {
    MoveReview slight = move(10, kBlack, "D4", "C3", 0.5f, 0.49f, MoveCategory::kSlight);
    slight.pointsLost = 1.0f;
    MoveReview mistake = move(11, kWhite, "E5", "C16", 0.5f, 0.45f, MoveCategory::kMistake);
    mistake.pointsLost = 4.0f;
    MoveReview blunder = move(12, kBlack, "A1", "Q4", 0.52f, 0.48f, MoveCategory::kBlunder);
    auto k = findKeyMoments({slight, mistake, blunder});
    ASSERT_EQ(k.size(), 2u);
    EXPECT_EQ(k[0].moveNumber, 11);
    EXPECT_TRUE(k[0].valueIsPoints);
    EXPECT_FLOAT_EQ(k[0].value, 4.0f);
    EXPECT_EQ(describeKeyMoment(k[0], 19), "11 W E5: mistake, lost 4.0 pts (best C16)");
    EXPECT_EQ(k[1].moveNumber, 12);
    EXPECT_FALSE(k[1].valueIsPoints);  // no score: the winrate lost
    EXPECT_NEAR(k[1].value, 0.04f, 1e-6);
    KeyMomentParams p;
    p.minMistake = MoveCategory::kSlight;
    EXPECT_EQ(findKeyMoments({slight, mistake, blunder}, p).size(), 3u);
}

TEST(KeyMoments, TurningPointsBySwingAndByTheLeadChangingHands) {
    // White's move: Black's winrate goes 0.30 -> 0.55 (White 0.70 -> 0.45).
    MoveReview swing = move(20, kWhite, "K10", "K10", 0.70f, 0.45f);
    // Black's move: Black 0.52 -> 0.46, a small swing across 50%.
    MoveReview cross = move(21, kBlack, "K11", "K11", 0.52f, 0.46f);
    // A small swing on one side of 50%: nothing.
    MoveReview calm = move(22, kWhite, "K12", "K12", 0.60f, 0.56f);
    // Across 50% by less than leadChangeSwing: noise, nothing.
    MoveReview noise = move(23, kBlack, "K13", "K13", 0.51f, 0.49f);
    auto k = findKeyMoments({swing, cross, calm, noise});
    ASSERT_EQ(k.size(), 2u);
    EXPECT_EQ(k[0].kind, KeyMomentKind::kTurningPoint);
    EXPECT_EQ(k[0].moveNumber, 20);
    EXPECT_NEAR(k[0].value, 0.25f, 1e-6);
    EXPECT_TRUE(k[0].leadChanged);
    EXPECT_EQ(describeKeyMoment(k[0], 19),
              "20 W K10: turning point, Black +25.0%, Black takes the lead");
    EXPECT_EQ(k[1].moveNumber, 21);
    EXPECT_NEAR(k[1].value, -0.06f, 1e-6);
    EXPECT_TRUE(k[1].leadChanged);
    KeyMomentParams p;
    p.swing = 0.03f;
    EXPECT_EQ(findKeyMoments({swing, cross, calm, noise}, p).size(), 3u);
}

TEST(KeyMoments, OneMoveCanBeSeveralKindsInAFixedOrder) {
    MoveReview m = move(50, kBlack, "A1", "T19", 0.8f, 0.3f, MoveCategory::kBlunder);
    m.pointsLost = 25.0f;
    m.humanPriorBest = 0.001f;
    auto k = findKeyMoments({m});
    ASSERT_EQ(k.size(), 3u);
    EXPECT_EQ(k[0].kind, KeyMomentKind::kSurprise);
    EXPECT_EQ(k[1].kind, KeyMomentKind::kMistake);
    EXPECT_EQ(k[2].kind, KeyMomentKind::kTurningPoint);
    EXPECT_STREQ(keyMomentKindName(k[2].kind), "turning point");
}

}  // namespace
}  // namespace m37
