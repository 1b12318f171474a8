// SFT examples from trace files: prompts and completions as the tokenizer
// makes them, the held-out split by record index, and bad files named by
// FILE:LINE (an unknown word in a think block, a record too long for the
// context, a broken field); an example turned by a symmetry is the trace
// of the turned position.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "engine/nn/symmetry.h"
#include "engine/reason/sft_data.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/verifier.h"
#include "tests/reason/sft_test_util.h"

namespace m37::reason {
namespace {

using test::smallRecord;
using test::smallTraceFile;

// Record i of smallTraceFile starts at line 2 + 16 i (header, then 16
// lines a record: 8 fields, 7 think lines, end).
int recordLine(int i) {
    return 2 + 16 * i;
}

TEST(SftData, ExamplesArePromptAndThinkBlock) {
    std::string err;
    auto ex = parseSftExamples(smallTraceFile(5), "t.txt", 0, &err);
    ASSERT_TRUE(ex) << err;
    ASSERT_EQ(ex->size(), 5u);
    const Tokenizer& tok = Tokenizer::instance();
    for (int i = 0; i < 5; ++i) {
        const SftExample& e = (*ex)[size_t(i)];
        EXPECT_EQ(e.record, i);
        EXPECT_EQ(e.line, recordLine(i));
        const TraceRecord r = smallRecord(i);
        auto g = tracePosition(r, &err);
        ASSERT_TRUE(g);
        EXPECT_EQ(e.prompt, tok.promptTokens(g->board(), g->toMove()));
        ASSERT_FALSE(e.completion.empty());
        EXPECT_EQ(e.completion.front(), tok.thinkOpenId());
        EXPECT_EQ(e.completion.back(), tok.answerCloseId());  // no trailing newline
        EXPECT_EQ(tok.decode(e.completion) + "\n", r.think);
    }
}

TEST(SftData, HeldOutIsEveryNthRecordByIndex) {
    EXPECT_FALSE(isHeldOutRecord(0, 10));
    EXPECT_TRUE(isHeldOutRecord(9, 10));
    EXPECT_TRUE(isHeldOutRecord(19, 10));
    EXPECT_FALSE(isHeldOutRecord(10, 10));
    EXPECT_FALSE(isHeldOutRecord(9, 0));
    std::string err;
    auto ex = parseSftExamples(smallTraceFile(7), "t.txt", 0, &err);
    ASSERT_TRUE(ex) << err;
    std::vector<SftExample> train, held;
    splitHeldOut(*ex, 3, &train, &held);
    ASSERT_EQ(held.size(), 2u);
    EXPECT_EQ(held[0].record, 2);
    EXPECT_EQ(held[1].record, 5);
    EXPECT_EQ(train.size(), 5u);
}

TEST(SftData, UnknownWordIsReportedAtItsLine) {
    std::string text = smallTraceFile(4);
    // Record 2's candidates line (the think block's third line).
    size_t at = 0;
    for (int k = 0; k < 3; ++k) at = text.find("candidates:", at + 1);
    text.replace(at, 11, "candidatez:");
    std::string err;
    EXPECT_FALSE(parseSftExamples(text, "t.txt", 0, &err));
    EXPECT_EQ(
        err.rfind("t.txt:" + std::to_string(recordLine(2) + 8 + 2) + ": record 3 (test#2)", 0), 0u)
        << err;
    EXPECT_NE(err.find("candidatez"), std::string::npos) << err;
}

TEST(SftData, RecordLongerThanTheContextIsAnError) {
    std::string err;
    EXPECT_FALSE(parseSftExamples(smallTraceFile(2), "t.txt", 40, &err));
    EXPECT_EQ(err.rfind("t.txt:" + std::to_string(recordLine(0) + 8) + ":", 0), 0u) << err;
    EXPECT_NE(err.find("context of 40"), std::string::npos) << err;
}

TEST(SftData, BrokenFieldAndMissingFileAreNamed) {
    std::string text = smallTraceFile(3);
    const size_t at = text.find("size 5", text.find("test#1"));
    text.replace(at, 6, "size x");
    std::string err;
    EXPECT_FALSE(parseSftExamples(text, "t.txt", 0, &err));
    EXPECT_EQ(err.rfind("t.txt:" + std::to_string(recordLine(1) + 2) + ":", 0), 0u) << err;
    EXPECT_FALSE(readSftExamples("/nonexistent/traces.txt", 0, &err));
    EXPECT_NE(err.find("/nonexistent/traces.txt"), std::string::npos);
}

// A 5x5 record with a fact: Black's C3 in atari, Black to move.
TraceRecord atariRecord() {
    TraceRecord r;
    r.source = "atari";
    r.boardSize = 5;
    r.rules = *Rules::preset("chinese");
    Color c = kBlack;
    for (const char* v : {"C3", "B3", "A1", "D3", "A5", "C2"}) {
        r.moves.push_back({c, *parseGtpVertex(v, 5)});
        c = opponent(c);
    }
    r.toMove = kBlack;
    r.visits = 8;
    r.evaluator = "test";
    r.think =
        "<think>\nto move: black.\nfact: black C3 in atari (1 liberty).\ncandidates: C4 E5.\n"
        "try C4: W B4 B D4 -> black 40%.\nconclusion: C4, black 40%.\n</think>\n"
        "<answer>C4</answer>\n";
    return r;
}

// Both prompt kinds: the plain one, and the one marking the last move (the
// mark must turn with its stone).
class SftDataTurned : public testing::TestWithParam<bool> {};

TEST_P(SftDataTurned, TurnedExampleIsTheTraceOfTheTurnedPosition) {
    const bool mark = GetParam();
    const TraceRecord r = atariRecord();
    std::string err;
    auto ex = parseSftExamples(traceFileHeader() + serializeTraceRecord(r), "t.txt", 0, &err, mark);
    ASSERT_TRUE(ex) << err;
    ASSERT_EQ(ex->size(), 1u);
    const Tokenizer& tok = Tokenizer::instance();
    std::set<std::vector<int>> prompts;
    for (int s = 0; s < nn::kNumSymmetries; ++s) {
        const SftExample t = symmetricExample((*ex)[0], s);
        TraceRecord turned = r;
        for (auto& m : turned.moves) m.loc = nn::symmetryLoc(s, m.loc, 5);
        auto position = tracePosition(turned, &err);
        ASSERT_TRUE(position) << err;
        EXPECT_EQ(t.prompt, tok.promptTokens(*position, mark)) << s;
        // White's C2 (turned) is marked, and nothing else.
        EXPECT_EQ(std::count(t.prompt.begin(), t.prompt.end(), tok.lastStoneToken(kWhite)),
                  mark ? 1 : 0)
            << s;
        prompts.insert(t.prompt);
        // The turned think block holds on the turned board: every variation
        // legal, the fact true, the answer the image of C4.
        const ParseResult parsed = parseThinkBlock(tok.decode(t.completion), 5);
        EXPECT_TRUE(parsed.errors.empty()) << s;
        const Verification v = verify(*position, parsed, [](const GameState&) { return 0.4f; });
        EXPECT_EQ(v.legalPassed, v.legalChecks) << s;
        EXPECT_EQ(v.truthPassed, v.truthChecks) << s;
        EXPECT_GE(v.truthChecks, 2) << s;  // the fact and the side to move
        EXPECT_EQ(v.claimsWithin, v.claimChecks) << s;
        EXPECT_TRUE(v.answerLegal) << s;
        EXPECT_EQ(t.completion[t.completion.size() - 2],
                  tok.coordToken(nn::symmetryLoc(s, *parseGtpVertex("C4", 5), 5), 5))
            << s;
    }
    EXPECT_EQ(prompts.size(), 8u);  // the position has no symmetry of its own
    EXPECT_EQ(symmetricExample((*ex)[0], 0).completion, (*ex)[0].completion);
}

INSTANTIATE_TEST_SUITE_P(Prompts, SftDataTurned, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& i) {
                             return std::string(i.param ? "LastMoveMarked" : "Plain");
                         });

}  // namespace
}  // namespace m37::reason
