// The think-block language: canonical round trip, each step kind, and
// parse errors that name the line and what was expected.
#include "engine/reason/think_block.h"

#include <gtest/gtest.h>

#include "reason_test_util.h"

namespace m37::reason {
namespace {

using test::at;

const char* kExample =
    "<think>\n"
    "to move: black.\n"
    "fact: white C3 in atari (1 liberty).\n"
    "fact: black D5 has 2 liberties.\n"
    "fact: black can capture 3 stones at C2.\n"
    "candidates: D4 C5 E6.\n"
    "try D4: W C5 B E6 W F5 -> black 58%.\n"
    "wait, after W C5 B E6 white has G4: try D4: W C5 B E6 W G4 B G5 -> black 41%.\n"
    "try C5 -> white 60%.\n"
    "wait, white has pass: try E6: W pass B F6 -> black 70%.\n"
    "wait, deeper: try C5: W D4 -> black 30%.\n"
    "conclusion: E6, black 55%.\n"
    "</think>\n"
    "<answer>E6</answer>";

TEST(ThinkBlock, ParsesEveryStepKind) {
    ParseResult r = parseThinkBlock(kExample, 9);
    ASSERT_TRUE(r.ok()) << r.errorText();
    const auto& s = r.block.steps;
    ASSERT_EQ(s.size(), 11u);
    EXPECT_EQ(s[0].kind, StepKind::kSide);
    EXPECT_EQ(s[0].side, kBlack);
    EXPECT_EQ(s[1].fact, (Fact{FactKind::kAtari, kWhite, at("C3"), 1}));
    EXPECT_EQ(s[2].fact, (Fact{FactKind::kLiberties, kBlack, at("D5"), 2}));
    EXPECT_EQ(s[3].fact, (Fact{FactKind::kCapture, kBlack, at("C2"), 3}));
    EXPECT_EQ(s[4].candidates, (std::vector<Loc>{at("D4"), at("C5"), at("E6")}));
    EXPECT_EQ(s[5].kind, StepKind::kReading);
    EXPECT_EQ(s[5].move, at("D4"));
    EXPECT_EQ(s[5].continuation.size(), 3u);
    EXPECT_EQ(s[5].continuation[2], (PlayedMove{kWhite, at("F5")}));
    EXPECT_EQ(s[5].blackPercent(), 58);
    EXPECT_EQ(s[6].kind, StepKind::kReflection);
    EXPECT_EQ(s[6].after.size(), 2u);
    EXPECT_EQ(s[6].refutation, (PlayedMove{kWhite, at("G4")}));
    EXPECT_EQ(s[6].variation(kBlack).size(), 5u);
    EXPECT_EQ(s[7].blackPercent(), 40);  // "white 60%"
    EXPECT_TRUE(s[7].continuation.empty());
    EXPECT_EQ(s[8].refutation, (PlayedMove{kWhite, kPassLoc}));
    EXPECT_FALSE(s[9].refutation.has_value());
    EXPECT_EQ(s[10].kind, StepKind::kConclusion);
    EXPECT_EQ(s[10].move, at("E6"));
    EXPECT_EQ(r.block.answer, at("E6"));
    EXPECT_EQ(s[5].line, 7);
}

TEST(ThinkBlock, WriterIsCanonicalAndRoundTrips) {
    ParseResult r = parseThinkBlock(kExample, 9);
    ASSERT_TRUE(r.ok()) << r.errorText();
    std::string text = writeThinkBlock(r.block);
    EXPECT_EQ(text, kExample);
    ParseResult again = parseThinkBlock(text, 9);
    ASSERT_TRUE(again.ok()) << again.errorText();
    EXPECT_EQ(again.block, r.block);
}

TEST(ThinkBlock, BuiltInCodeRoundTrips) {
    ThinkBlock b;
    b.boardSize = 19;
    Step side;
    side.side = kWhite;
    b.steps.push_back(side);
    Step read;
    read.kind = StepKind::kReading;
    read.move = at("Q16", 19);
    read.continuation = {{kBlack, at("R17", 19)}, {kWhite, kPassLoc}, {kBlack, at("T19", 19)}};
    read.evalColor = kWhite;
    read.evalPercent = 0;
    b.steps.push_back(read);
    Step concl;
    concl.kind = StepKind::kConclusion;
    concl.move = kPassLoc;
    concl.evalPercent = 100;
    b.steps.push_back(concl);
    b.answer = kPassLoc;
    ParseResult r = parseThinkBlock(writeThinkBlock(b), 19);
    ASSERT_TRUE(r.ok()) << r.errorText();
    EXPECT_EQ(r.block, b);
}

TEST(ThinkBlock, ToleratesBlankLinesAndAnswerOnTheCloseLine) {
    ParseResult r = parseThinkBlock(
        "\n<think>\nto move: white.\n\nconclusion: pass, white "
        "50%.\n</think><answer>pass</answer>\n",
        9);
    ASSERT_TRUE(r.ok()) << r.errorText();
    EXPECT_EQ(r.block.answer, kPassLoc);
}

// The error for one bad step line, the rest of the block being valid.
std::string errorFor(const std::string& step) {
    std::string text = "<think>\nto move: black.\n" + step +
                       "\nconclusion: E6, black 55%.\n</think>\n<answer>E6</answer>";
    ParseResult r = parseThinkBlock(text, 9);
    EXPECT_FALSE(r.ok()) << step;
    EXPECT_TRUE(r.tagsOk);
    EXPECT_EQ(r.block.steps.size(), 2u);  // the good lines still parse
    return r.errors.empty() ? "" : r.errors.front().message;
}

TEST(ThinkBlock, ErrorsNameTheLineAndWhatWasExpected) {
    EXPECT_EQ(errorFor("try D4: W C5 B E6 W F5 -> black 58."), "line 3: expected '%', got '.'");
    EXPECT_EQ(errorFor("try D4: W C5 B E6 W F5 -> black 101%."),
              "line 3: expected a number 0..100, got '101'");
    EXPECT_EQ(errorFor("try J10 -> black 50%."), "line 3: 'J10' is not a point of a 9x9 board");
    EXPECT_EQ(errorFor("try D4: -> black 50%."),
              "line 3: expected a move sequence ('B D4 W C5 ...'), got '->'");
    EXPECT_EQ(errorFor("ponder D4."),
              "line 3: expected a step ('to move:', 'fact:', 'candidates:', 'try', 'wait,' or "
              "'conclusion:'), got 'ponder'");
    EXPECT_EQ(errorFor("fact: white C3 in atari (2 liberty)."), "line 3: expected '1', got '2'");
    EXPECT_EQ(errorFor("candidates: D4 C5 E6"), "line 3: expected '.', got the end of the line");
    EXPECT_EQ(errorFor("candidates: D4 C5 E6 ten."),
              "line 3: expected a move (a point such as D4, or 'pass'), got 'ten'");
    EXPECT_EQ(errorFor("wait, after W C5 white has G4: try D4: W C5 B G4 -> black 50%."),
              "line 3: the line after 'try' must continue with the moves named before it "
              "('after ... COLOR has MOVE')");
    EXPECT_EQ(errorFor("try D4 -> black 50%. extra"),
              "line 3: expected the end of the step, got 'extra'");
}

TEST(ThinkBlock, TagAndStructureErrors) {
    ParseResult noThink = parseThinkBlock("to move: black.\n", 9);
    EXPECT_FALSE(noThink.tagsOk);
    ASSERT_EQ(noThink.errors.size(), 1u);
    EXPECT_EQ(noThink.errors[0].message, "line 1: expected '<think>' alone on the first line");

    ParseResult noClose = parseThinkBlock("<think>\nto move: black.\nconclusion: E6, black 5%.", 9);
    EXPECT_FALSE(noClose.tagsOk);
    EXPECT_EQ(noClose.errors.back().message, "line 3: expected '</think>' after the steps");

    ParseResult noAnswer =
        parseThinkBlock("<think>\nto move: black.\nconclusion: E6, black 5%.\n</think>\n", 9);
    EXPECT_FALSE(noAnswer.tagsOk);
    EXPECT_EQ(noAnswer.errors.back().message,
              "line 5: expected '<answer>MOVE</answer>' after '</think>'");

    ParseResult badAnswer = parseThinkBlock(
        "<think>\nto move: black.\nconclusion: E6, black 5%.\n</think>\n<answer>Z1</answer>", 9);
    EXPECT_FALSE(badAnswer.tagsOk);
    EXPECT_EQ(badAnswer.errors.back().message,
              "line 5: expected a move (a point such as D4, or 'pass') in <answer>, got 'Z1'");

    ParseResult order = parseThinkBlock(
        "<think>\nconclusion: E6, black 5%.\nto move: black.\n</think>\n<answer>E6</answer>", 9);
    EXPECT_TRUE(order.tagsOk);
    ASSERT_EQ(order.errors.size(), 2u);
    EXPECT_EQ(order.errors[0].message,
              "line 2: expected exactly one 'to move: COLOR.' step, first");
    EXPECT_EQ(order.errors[1].message,
              "line 3: expected exactly one 'conclusion: MOVE, COLOR N%.' step, last");
}

}  // namespace
}  // namespace m37::reason
