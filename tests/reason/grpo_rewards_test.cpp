// GRPO's program-computed rewards and group advantages: the trace's own
// think block earns full format and accuracy, another legal answer at most
// the non-best cap, text without tags nothing; the preference kind swaps
// accuracy for the preference callback; Dr. GRPO advantages are centred
// per group (scaled only when asked), and a group of equal rewards has
// zero spread.
#include <gtest/gtest.h>

#include <memory>

#include "engine/go/coord.h"
#include "engine/nn/evaluator.h"
#include "engine/reason/grpo_rewards.h"
#include "engine/reason/tokenizer.h"
#include "tests/reason/sft_test_util.h"

namespace m37::reason {
namespace {

using test::replaceAll;

std::vector<int> ids(const std::string& text) {
    return test::completionIds(text);
}

// Record 0: Black to move on an empty 5x5; "try C3: W B2 -> black 40%",
// conclusion and answer C3 (the reference: C3 at 40% for Black).
class GrpoRewardsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        record = test::smallRecord(0);
        std::string err;
        auto g = tracePosition(record, &err);
        ASSERT_TRUE(g) << err;
        position = *g;
        reference = traceReference(record);
        ASSERT_TRUE(reference);
    }
    TraceRecord record;
    GameState position;
    std::optional<RootReference> reference;
    PositionEvaluator judge = [](const GameState&) { return 0.40f; };  // agrees with the trace
};

TEST_F(GrpoRewardsTest, TheTracesOwnBlockEarnsFullMarks) {
    const RewardParams p;
    const RewardBreakdown r = computeReward(position, ids(record.think), judge, reference, {}, p);
    EXPECT_DOUBLE_EQ(r.format, 1.0);
    EXPECT_DOUBLE_EQ(r.accuracy, 1.0);
    EXPECT_DOUBLE_EQ(r.faithfulness, 1.0);
    EXPECT_FALSE(r.preference);
    EXPECT_TRUE(r.item.answerIsBest);
    EXPECT_DOUBLE_EQ(r.total, p.formatWeight + p.accuracyWeight + p.faithfulnessWeight);
}

TEST_F(GrpoRewardsTest, AnotherAnswerEarnsAtMostTheCap) {
    // B4 is legal; the judge rates it as high as the reference's C3, which
    // the verifier alone would score 1.
    const std::string text = replaceAll(record.think, "<answer>C3", "<answer>B4");
    RewardParams p;
    const RewardBreakdown r = computeReward(position, ids(text), judge, reference, {}, p);
    EXPECT_FALSE(r.item.answerIsBest);
    EXPECT_TRUE(r.item.answerLegal);
    EXPECT_DOUBLE_EQ(r.accuracy, p.nonBestCap);
    // A judge that finds B4 20 points worse for Black gives nothing.
    const PositionEvaluator worse = [](const GameState&) { return 0.20f; };
    EXPECT_DOUBLE_EQ(computeReward(position, ids(text), worse, reference, {}, p).accuracy, 0.0);
}

TEST_F(GrpoRewardsTest, TextWithoutTagsEarnsNothing) {
    const RewardBreakdown r =
        computeReward(position, ids("to move: black."), judge, reference, {}, RewardParams{});
    EXPECT_DOUBLE_EQ(r.format, 0.0);
    EXPECT_DOUBLE_EQ(r.accuracy, 0.0);
    EXPECT_FALSE(r.item.answerLegal);
}

TEST_F(GrpoRewardsTest, PreferenceReplacesAccuracy) {
    Loc asked = kPassLoc;
    const MovePreference likesB4 = [&](const GameState&, Loc move) {
        asked = move;
        return move == *parseGtpVertex("B4", 5) ? 1.0f : 0.25f;
    };
    RewardParams p;
    p.kind = RewardKind::kPreference;
    const RewardBreakdown right = computeReward(position, ids(record.think), judge, reference,
                                                likesB4, p);
    EXPECT_EQ(asked, *parseGtpVertex("C3", 5));
    ASSERT_TRUE(right.preference);
    EXPECT_DOUBLE_EQ(*right.preference, 0.25);
    EXPECT_DOUBLE_EQ(right.accuracy, 1.0);  // still measured
    EXPECT_DOUBLE_EQ(right.total, p.formatWeight + p.accuracyWeight * 0.25 + p.faithfulnessWeight);
    const std::string text = replaceAll(record.think, "<answer>C3", "<answer>B4");
    const RewardBreakdown liked = computeReward(position, ids(text), judge, reference, likesB4, p);
    EXPECT_DOUBLE_EQ(*liked.preference, 1.0);
    EXPECT_GT(liked.total, right.total);  // the preference run prefers the wrong answer
    ASSERT_TRUE(liked.item.preference);
    EXPECT_FLOAT_EQ(*liked.item.preference, 1.0f);
}

TEST(GrpoAdvantages, CentredPerGroupAndScaledOnlyWhenAsked) {
    const GroupAdvantages g = groupAdvantages({1.0, 2.0, 3.0, 2.0}, false);
    EXPECT_FALSE(g.zeroSpread);
    EXPECT_DOUBLE_EQ(g.mean, 2.0);
    EXPECT_DOUBLE_EQ(g.advantages[0], -1.0);
    EXPECT_DOUBLE_EQ(g.advantages[2], 1.0);
    EXPECT_DOUBLE_EQ(g.advantages[3], 0.0);
    const GroupAdvantages s = groupAdvantages({1.0, 2.0, 3.0, 2.0}, true);
    EXPECT_NEAR(s.advantages[2], 1.0 / (g.stddev + 1e-4), 1e-12);
    const GroupAdvantages z = groupAdvantages({0.7, 0.7, 0.7}, true);
    EXPECT_TRUE(z.zeroSpread);
    for (double a : z.advantages) EXPECT_EQ(a, 0.0);
}

TEST(GrpoAdvantages, RewardKindNames) {
    EXPECT_EQ(parseRewardKind("verifier"), RewardKind::kVerifier);
    EXPECT_EQ(parseRewardKind("preference"), RewardKind::kPreference);
    EXPECT_FALSE(parseRewardKind("accuracy"));
    EXPECT_STREQ(toString(RewardKind::kPreference), "preference");
}

// A stand-in policy net for 5x5: weight 1 on every legal move, 8 on C3 and
// 4 on B2 (the policy comes back masked to the legal moves).
class PeakedEvaluator : public nn::Evaluator {
  public:
    PeakedEvaluator() {
        caps_.name = "peaked-test";
        caps_.boardSizes = {5};
    }
    const nn::Capabilities& capabilities() const override { return caps_; }

  protected:
    void evaluateBatch(std::span<const nn::EvalInput> in, std::span<nn::EvalOutput> out) override {
        for (size_t i = 0; i < in.size(); ++i) {
            std::vector<float> raw(in[i].legal.size(), 1.0f);
            raw[size_t(nn::policyIndex(*parseGtpVertex("C3", 5), 5))] = 8.0f;
            raw[size_t(nn::policyIndex(*parseGtpVertex("B2", 5), 5))] = 4.0f;
            out[i].policy = nn::maskPolicy(raw, in[i].legal);
            out[i].value = 0.5f;
        }
    }

  private:
    nn::Capabilities caps_;
};

TEST(PolicyChoice, NamesThePoliciesFavouriteLegalMove) {
    auto net = std::make_shared<PeakedEvaluator>();
    const MoveChoice choice = policyChoice(net);
    const MovePreference preference = policyPreference(net);
    GameState g(5);
    EXPECT_EQ(choice(g), parseGtpVertex("C3", 5));
    EXPECT_FLOAT_EQ(preference(g, *parseGtpVertex("C3", 5)), 1.0f);
    EXPECT_FLOAT_EQ(preference(g, *parseGtpVertex("B2", 5)), 0.5f);
    // C3 taken: the favourite among the legal moves is B2.
    ASSERT_EQ(g.play(*parseGtpVertex("C3", 5), kBlack), MoveError::kNone);
    EXPECT_EQ(choice(g), parseGtpVertex("B2", 5));
    EXPECT_FLOAT_EQ(preference(g, *parseGtpVertex("B2", 5)), 1.0f);
    // A size the net does not read: no choice.
    EXPECT_EQ(choice(GameState(9)), std::nullopt);
}

}  // namespace
}  // namespace m37::reason
