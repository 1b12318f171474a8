// The verifier: illegal variations (occupied, ko, suicide, out of turn),
// claims off by N, facts, superseded readings and the reward components,
// with a fake evaluator whose answer the tests can compute.
#include "engine/reason/verifier.h"

#include <gtest/gtest.h>

#include <cmath>

#include "reason_test_util.h"

namespace m37::reason {
namespace {

using test::at;

// Black's share of the stones on the board: a fake evaluation.
float stoneShare(const GameState& g) {
    int b = g.board().stoneCount(kBlack), w = g.board().stoneCount(kWhite);
    return b + w ? float(b) / float(b + w) : 0.5f;
}

int sharePercent(const GameState& g) {
    return int(std::lround(stoneShare(g) * 100));
}

std::string block(const std::string& color, const std::string& steps, const std::string& answer) {
    return "<think>\nto move: " + color + ".\n" + steps + "</think>\n<answer>" + answer +
           "</answer>";
}

Verification check(const GameState& g, const std::string& text,
                   const std::optional<RootReference>& ref = std::nullopt) {
    ParseResult r = parseThinkBlock(text, g.size());
    EXPECT_TRUE(r.ok()) << r.errorText();
    return verify(g, r, stoneShare, VerifierParams{}, ref);
}

TEST(Verifier, FlagsAnOccupiedPoint) {
    GameState g = test::captureTwo();
    Verification v =
        check(g, block("black", "try D5 -> black 50%.\nconclusion: E4, black 60%.\n", "E4"));
    ASSERT_EQ(v.steps.size(), 3u);
    EXPECT_FALSE(v.steps[1].legal);
    EXPECT_EQ(v.steps[1].illegalMove, 0);
    EXPECT_EQ(v.steps[1].legalityText(), "illegal: move 1 (B D5): point occupied");
    EXPECT_FALSE(v.steps[1].checkedClaim);
    EXPECT_TRUE(v.steps[2].legal);
    EXPECT_EQ(v.steps[2].legalityText(), "legal");
}

TEST(Verifier, FlagsAKoRetakeInsideALine) {
    GameState g = test::game(5, {{"B3", kBlack},
                                 {"C2", kBlack},
                                 {"C4", kBlack},
                                 {"D2", kWhite},
                                 {"D4", kWhite},
                                 {"E3", kWhite},
                                 {"C3", kWhite}});
    Verification v =
        check(g, block("black", "try D3: W C3 -> black 50%.\nconclusion: D3, black 60%.\n", "D3"));
    EXPECT_FALSE(v.steps[1].legal);
    EXPECT_EQ(v.steps[1].illegalMove, 1);
    EXPECT_EQ(v.steps[1].why, "(W C3): ko: retaking is not allowed yet");
}

TEST(Verifier, FlagsSuicideAndOutOfTurn) {
    GameState g = test::game(5, {{"B1", kWhite}, {"A2", kWhite}, {"D4", kBlack}});
    Verification v = check(g, block("black",
                                    "try A1 -> black 10%.\n"
                                    "try C3: B C4 -> black 10%.\n"
                                    "conclusion: C3, black 60%.\n",
                                    "C3"));
    EXPECT_EQ(v.steps[1].why, "(B A1): suicide");
    EXPECT_EQ(v.steps[2].illegalMove, 1);
    EXPECT_EQ(v.steps[2].why, "(B C4): out of turn (white to play)");
    EXPECT_EQ(v.legalChecks, 3);
    EXPECT_EQ(v.legalPassed, 1);
}

TEST(Verifier, ComparesClaimsWithTheEvaluationOfTheLinesEnd) {
    GameState g = test::captureTwo();
    GameState end = g;
    ASSERT_EQ(end.play(at("E4"), kBlack), MoveError::kNone);
    ASSERT_EQ(end.play(at("G5"), kWhite), MoveError::kNone);
    const int engine = sharePercent(end);
    const int claimOff = engine > 50 ? engine - 17 : engine + 17;
    std::string steps = "try E4: W G5 -> black " + std::to_string(engine + 3) + "%.\n" +
                        "try E4: W G5 -> black " + std::to_string(claimOff) + "%.\n" +
                        "conclusion: E4, white " + std::to_string(100 - engine) + "%.\n";
    Verification v = check(g, block("black", steps, "E4"));
    EXPECT_TRUE(v.steps[1].withinTolerance);
    EXPECT_EQ(v.steps[1].offBy, 3);
    EXPECT_EQ(v.steps[1].engineBlack, engine);
    EXPECT_FALSE(v.steps[2].withinTolerance);
    EXPECT_EQ(v.steps[2].offBy, 17);
    EXPECT_EQ(v.steps[2].claimText(), "off by 17% (engine black " + std::to_string(engine) + "%)");
    // The conclusion's claim is about the position after E4 alone.
    GameState afterE4 = g;
    afterE4.play(at("E4"), kBlack);
    EXPECT_EQ(v.steps[3].engineBlack, sharePercent(afterE4));
    EXPECT_EQ(v.claimChecks, 3);
}

TEST(Verifier, ChecksFactsAndTheSideToMove) {
    GameState g = test::captureTwo();
    Verification v = check(g, block("white",
                                    "fact: white D5 in atari (1 liberty).\n"
                                    "fact: white E5 has 2 liberties.\n"
                                    "fact: black can capture 2 stones at E4.\n"
                                    "fact: black can capture 3 stones at E4.\n"
                                    "conclusion: E4, black 60%.\n",
                                    "E4"));
    EXPECT_FALSE(v.steps[0].truthful);  // black is to move
    EXPECT_TRUE(v.steps[1].truthful);
    EXPECT_FALSE(v.steps[2].truthful);
    EXPECT_TRUE(v.steps[3].truthful);
    EXPECT_FALSE(v.steps[4].truthful);
    EXPECT_EQ(v.truthChecks, 5);
    EXPECT_EQ(v.truthPassed, 2);
}

TEST(Verifier, RewardComponents) {
    GameState g = test::captureTwo();
    GameState afterE4 = g;
    afterE4.play(at("E4"), kBlack);
    const int e4 = sharePercent(afterE4);
    // An honest block: everything legal and within tolerance.
    std::string honest = block("black",
                               "fact: black can capture 2 stones at E4.\n"
                               "candidates: E4 A1.\n"
                               "conclusion: E4, black " +
                                   std::to_string(e4) + "%.\n",
                               "E4");
    RootReference ref{at("E4"), 0.8f, {{at("A1"), 0.5f}}};
    Verification v = check(g, honest, ref);
    EXPECT_DOUBLE_EQ(v.format, 1.0);
    EXPECT_DOUBLE_EQ(v.faithfulness, 1.0);
    EXPECT_DOUBLE_EQ(v.accuracy, 1.0);
    EXPECT_FLOAT_EQ(*v.answerLoss, 0.f);
    // Answer A1 loses 0.3 of winrate: accuracy 0 at the default scale (0.2).
    Verification worse = check(g, block("black", "conclusion: A1, black 50%.\n", "A1"), ref);
    EXPECT_NEAR(*worse.answerLoss, 0.3f, 1e-6);
    EXPECT_DOUBLE_EQ(worse.accuracy, 0.0);
    // A parse error in one of three step lines: format 2/3.
    ParseResult r = parseThinkBlock(
        "<think>\nto move: black.\ntry E4 -> black 50\nconclusion: E4, black 50%.\n</think>\n"
        "<answer>E4</answer>",
        9);
    Verification bad = verify(g, r, stoneShare);
    EXPECT_NEAR(bad.format, 2.0 / 3.0, 1e-9);
    EXPECT_EQ(bad.parseErrors.size(), 1u);
    // No tags: format 0.
    EXPECT_DOUBLE_EQ(verify(g, parseThinkBlock("E4", 9), stoneShare).format, 0.0);
}

TEST(Verifier, AReflectionSupersedesTheEarlierReadingOfItsMove) {
    GameState g = test::captureTwo();
    Verification v = check(g, block("black",
                                    "try E4: W G5 -> black 0%.\n"
                                    "wait, deeper: try E4: W G5 -> black 0%.\n"
                                    "conclusion: E4, black 50%.\n",
                                    "E4"));
    EXPECT_TRUE(v.steps[1].superseded);
    EXPECT_FALSE(v.steps[2].superseded);
    EXPECT_EQ(v.claimChecks, 2);  // the reflection and the conclusion
}

}  // namespace
}  // namespace m37::reason
