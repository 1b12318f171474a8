// The held-out evaluation's pieces: a completion checked against the
// position and a reference (the trace's own, or a search's), and the
// pooled figures of several completions.
#include <gtest/gtest.h>

#include <cmath>

#include "engine/reason/reason_eval.h"
#include "engine/reason/tokenizer.h"
#include "tests/reason/sft_test_util.h"

namespace m37::reason {
namespace {

using test::smallRecord;

using test::replaceAll;

std::vector<int> ids(const std::string& text) {
    return test::completionIds(text);
}

// Record 0: Black to move on an empty 5x5, candidates C3 B2, "try C3: W B2
// -> black 40%", conclusion C3 black 40%.
class ReasonEvalTest : public ::testing::Test {
  protected:
    void SetUp() override {
        record = smallRecord(0);
        std::string err;
        auto g = tracePosition(record, &err);
        ASSERT_TRUE(g) << err;
        position = *g;
    }
    TraceRecord record;
    GameState position{5, *Rules::preset("chinese")};
    // The engine says Black has 25% everywhere: the record's claims (40%)
    // are off by 15.
    PositionEvaluator judge = [](const GameState&) { return 0.25f; };
};

TEST_F(ReasonEvalTest, TraceReferenceIsItsAnswerAndConclusion) {
    auto ref = traceReference(record);
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->bestMove, *parseGtpVertex("C3", 5));
    EXPECT_FLOAT_EQ(ref->bestWinrate, 0.40f);
    TraceRecord white = smallRecord(1);  // White to move, black 47%
    ASSERT_EQ(white.toMove, kWhite);
    auto wref = traceReference(white);
    ASSERT_TRUE(wref);
    EXPECT_NEAR(wref->bestWinrate, 0.53f, 1e-6);
    TraceRecord none = record;
    none.think = "<think>\nto move: black.\n</think>";
    EXPECT_FALSE(traceReference(none));
}

TEST_F(ReasonEvalTest, TheRecordsOwnBlockAgreesWithItsReference) {
    const ReasonEvalItem item =
        evaluateCompletion(position, ids(record.think), judge, traceReference(record));
    EXPECT_TRUE(item.formatOk);
    EXPECT_TRUE(item.answerLegal);
    EXPECT_TRUE(item.answerIsBest);
    ASSERT_TRUE(item.winrateLoss);
    EXPECT_FLOAT_EQ(*item.winrateLoss, 0.0f);
    EXPECT_EQ(item.legalChecks, 3);  // candidates, reading, conclusion
    EXPECT_EQ(item.legalPassed, 3);
    EXPECT_EQ(item.claimChecks, 2);
    EXPECT_EQ(item.claimsWithin, 0);  // 40% against the engine's 25%
    // Up to </think>: all but "\n <answer> C3 </answer>".
    const std::vector<int> all = ids(record.think);
    EXPECT_EQ(item.thinkTokens, int(all.size()) - 4);
    VerifierParams wide;
    wide.tolerancePercent = 15;
    EXPECT_EQ(evaluateCompletion(position, all, judge, traceReference(record), wide).claimsWithin,
              2);
}

TEST_F(ReasonEvalTest, AnotherAnswerLosesWhatTheJudgeSays) {
    const std::string other = replaceAll(
        replaceAll(record.think, "conclusion: C3", "conclusion: B2"), "<answer>C3", "<answer>B2");
    const ReasonEvalItem item =
        evaluateCompletion(position, ids(other), judge, traceReference(record));
    EXPECT_TRUE(item.formatOk);
    EXPECT_TRUE(item.answerLegal);
    EXPECT_FALSE(item.answerIsBest);
    ASSERT_TRUE(item.winrateLoss);
    EXPECT_NEAR(*item.winrateLoss, 0.15f, 1e-6);  // 40% - 25%
}

TEST_F(ReasonEvalTest, GarbageHasNoFormatAndNoAnswer) {
    const ReasonEvalItem item =
        evaluateCompletion(position, ids("try try C3 ."), judge, traceReference(record));
    EXPECT_FALSE(item.formatOk);
    EXPECT_FALSE(item.answerLegal);
    EXPECT_FALSE(item.answerIsBest);
    EXPECT_FALSE(item.winrateLoss);
    EXPECT_EQ(item.thinkTokens, 4);  // no </think>: every token
}

TEST(ReasonEval, SearchReferenceIsTheFirstCandidate) {
    AnalysisSnapshot s;
    EXPECT_FALSE(searchReference(s));
    CandidateMove a, b, c;
    a.move = 7;
    a.visits = 30;
    a.winrate = 0.6f;
    b.move = 9;
    b.visits = 10;
    b.winrate = 0.4f;
    c.move = 11;
    c.visits = 0;
    s.candidates = {a, b, c};
    auto ref = searchReference(s);
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->bestMove, 7);
    EXPECT_FLOAT_EQ(ref->bestWinrate, 0.6f);
    ASSERT_EQ(ref->known.size(), 2u);
    EXPECT_EQ(ref->known[1].first, 9);
}

TEST(ReasonEval, SummaryPoolsTheItems) {
    ReasonEvalSummary s;
    ReasonEvalItem good;
    good.formatOk = good.answerLegal = good.answerIsBest = true;
    good.winrateLoss = 0.0f;
    good.legalChecks = good.legalPassed = 4;
    good.claimChecks = 2;
    good.claimsWithin = 2;
    good.thinkTokens = 60;
    good.tokens = 64;
    good.seconds = 0.5;
    good.firstTokenSeconds = 0.02;
    ReasonEvalItem worse = good;
    worse.answerIsBest = false;
    worse.winrateLoss = 0.1f;
    worse.legalPassed = 2;
    worse.claimsWithin = 0;
    worse.thinkTokens = 100;
    worse.tokens = 96;
    worse.seconds = 0.3;
    worse.firstTokenSeconds = 0.04;
    ReasonEvalItem bad;
    bad.thinkTokens = bad.tokens = 20;
    bad.seconds = 0.2;
    s.add(good);
    s.add(worse);
    s.add(bad);
    EXPECT_EQ(s.positions(), 3);
    EXPECT_NEAR(s.answerBestPercent(), 100.0 / 3, 1e-9);
    EXPECT_NEAR(s.meanWinrateLoss(), 0.05, 1e-6);
    EXPECT_EQ(s.lossCount(), 2);
    EXPECT_NEAR(s.answerLegalPercent(), 200.0 / 3, 1e-9);
    EXPECT_NEAR(s.formatOkPercent(), 200.0 / 3, 1e-9);
    EXPECT_NEAR(s.stepsLegalPercent(), 75.0, 1e-9);    // 6 of 8
    EXPECT_NEAR(s.claimsWithinPercent(), 50.0, 1e-9);  // 2 of 4
    EXPECT_NEAR(s.meanThinkTokens(), 60.0, 1e-9);
    EXPECT_NEAR(s.tokensPerSecond(), 180.0, 1e-9);  // 180 tokens in 1 s
    EXPECT_NEAR(s.meanFirstTokenMs(), 20.0, 1e-9);
    EXPECT_NE(s.table(10).find("claims within 10%"), std::string::npos);
    EXPECT_EQ(s.csvRow().rfind("3,33.33,5.00,66.67,66.67,75.00,50.00,60.0,180.0,20.0", 0), 0u)
        << s.csvRow();
}

TEST(PairedAgreement, CountsBothSidesAndGivesMcNemarsExactP) {
    PairedAgreement p;
    for (int i = 0; i < 6; ++i) p.add(false, true);  // only the second right, 6 times
    p.add(true, true);
    p.add(false, false);
    EXPECT_EQ(p.positions(), 8);
    EXPECT_EQ(p.onlySecond, 6);
    EXPECT_EQ(p.both, 1);
    EXPECT_DOUBLE_EQ(p.firstPercent(), 12.5);
    EXPECT_DOUBLE_EQ(p.secondPercent(), 87.5);
    EXPECT_NEAR(p.mcnemarP(), 2.0 / 64, 1e-12);  // 6-0: twice 1/2^6
    p.add(true, false);                          // 6-1: 2 * (1 + 7) / 2^7
    EXPECT_NEAR(p.mcnemarP(), 16.0 / 128, 1e-12);
    // An even split is no evidence; no discordant pair either.
    PairedAgreement even;
    for (int i = 0; i < 50; ++i) even.add(i % 2 == 0, i % 2 == 1);
    EXPECT_DOUBLE_EQ(even.mcnemarP(), 1.0);
    EXPECT_DOUBLE_EQ(PairedAgreement{}.mcnemarP(), 1.0);
    // Large counts stay finite: 600 against 400 is far from chance.
    PairedAgreement big;
    for (int i = 0; i < 600; ++i) big.add(false, true);
    for (int i = 0; i < 400; ++i) big.add(true, false);
    EXPECT_GT(big.mcnemarP(), 0.0);
    EXPECT_LT(big.mcnemarP(), 1e-9);
}

}  // namespace
}  // namespace m37::reason
