// The tokenizer: every token's text maps back to its id, encode/decode round
// trips canonical think blocks, unknown words, and the position prompt.
#include "engine/reason/tokenizer.h"

#include <gtest/gtest.h>

#include <set>

#include "engine/go/board.h"
#include "engine/reason/think_block.h"
#include "reason_test_util.h"

namespace m37::reason {
namespace {

using test::at;

TEST(Tokenizer, EveryTokenTextIsDistinctAndMapsBack) {
    const Tokenizer& t = Tokenizer::instance();
    std::set<std::string> texts;
    for (int id = 0; id < t.vocabSize(); ++id) {
        std::string text = t.tokenText(id);
        EXPECT_TRUE(texts.insert(text).second) << "duplicate token text " << text;
        EXPECT_EQ(t.tokenId(text), id) << text;
    }
    EXPECT_EQ(t.tokenText(t.vocabSize()), "<bad:" + std::to_string(t.vocabSize()) + ">");
    EXPECT_EQ(t.tokenText(kThinkOpen), "<think>");
    EXPECT_EQ(t.tokenText(kAnswerClose), "</answer>");
}

TEST(Tokenizer, EveryWordCoordinateAndNumberEncodesToOneToken) {
    const Tokenizer& t = Tokenizer::instance();
    for (int id = 0; id < t.vocabSize(); ++id) {
        if (id == kNewline) continue;
        std::vector<int> ids = t.encode(t.tokenText(id));
        ASSERT_EQ(ids.size(), 1u) << t.tokenText(id);
        EXPECT_EQ(ids[0], id) << t.tokenText(id);
    }
    for (int n = 0; n <= 100; ++n) EXPECT_TRUE(t.isNumber(t.numberToken(n)));
    EXPECT_EQ(t.numberToken(101), -1);
    EXPECT_EQ(t.tokenText(t.coordToken(at("T19", 19), 19)), "T19");
    EXPECT_EQ(t.tokenText(t.coordToken(at("A1", 9), 9)), "A1");
    EXPECT_EQ(t.tokenText(t.coordToken(at("J9", 9), 9)), "J9");
    EXPECT_EQ(t.tokenText(t.coordToken(kPassLoc, 9)), "pass");
    EXPECT_TRUE(t.isCoord(t.coordToken(kPassLoc, 9)));
    EXPECT_EQ(t.coordToken(at("A1", 9), 21), -1);
    // coordLoc undoes coordToken on the board of that size, and names
    // what is not a vertex there.
    for (int n : {5, 9, 19})
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                EXPECT_EQ(t.coordLoc(t.coordToken(makeLoc(x, y, n), n), n), makeLoc(x, y, n));
    EXPECT_EQ(t.coordLoc(t.coordToken(kPassLoc, 9), 9), kPassLoc);
    EXPECT_EQ(t.coordLoc(t.coordToken(at("T19", 19), 19), 9), kNullLoc);
    EXPECT_EQ(t.coordLoc(t.tokenId("try"), 9), kNullLoc);
}

TEST(Tokenizer, RoundTripsCanonicalThinkBlocks) {
    const Tokenizer& t = Tokenizer::instance();
    const std::string text =
        "<think>\n"
        "to move: black.\n"
        "fact: white C3 in atari (1 liberty).\n"
        "fact: black can capture 1 stone at C2.\n"
        "candidates: D4 C5 pass.\n"
        "try D4: W C5 B E6 W F5 -> black 58%.\n"
        "wait, after W C5 B E6 white has G4: try D4: W C5 B E6 W G4 B G5 -> black 41%.\n"
        "wait, deeper: try C5 -> white 100%.\n"
        "conclusion: E6, black 55%.\n"
        "</think>\n"
        "<answer>E6</answer>";
    ASSERT_TRUE(parseThinkBlock(text, 9).ok());
    std::string error;
    auto ids = t.encodeStrict(text, &error);
    ASSERT_TRUE(ids.has_value()) << error;
    for (int id : *ids) EXPECT_NE(id, kUnk);
    EXPECT_EQ(t.decode(*ids), text);
    // Non-canonical spacing encodes to the same tokens.
    EXPECT_EQ(t.encode("try  D4 :W C5->black 58 % ."), t.encode("try D4: W C5 -> black 58%."));
}

TEST(Tokenizer, UnknownWords) {
    const Tokenizer& t = Tokenizer::instance();
    std::vector<int> ids = t.encode("try D4 hmm -> black 5%.");
    EXPECT_EQ(ids[2], kUnk);
    EXPECT_EQ(t.decode(ids), "try D4 <unk> -> black 5%.");
    std::string error;
    EXPECT_FALSE(t.encodeStrict("to move: black.\ntry Z4 -> black 5%.", &error).has_value());
    EXPECT_EQ(error, "line 2: 'Z4' is not in the reasoning vocabulary");
}

TEST(Tokenizer, PromptHasOneTokenPerPointAndTheSideToMove) {
    const Tokenizer& t = Tokenizer::instance();
    GameState g = test::game(9, {{"A9", kBlack}, {"J1", kWhite}}, kWhite);
    std::vector<int> p = t.promptTokens(g.board(), g.toMove());
    ASSERT_EQ(int(p.size()), t.promptLength(9));
    EXPECT_EQ(p[0], kBos);
    EXPECT_EQ(p[1], t.sizeToken(9));
    EXPECT_EQ(p[2], t.pointToken(kBlack));  // A9: top-left first
    EXPECT_EQ(p[3], t.pointToken(kEmpty));
    EXPECT_EQ(p[2 + 80], t.pointToken(kWhite));  // J1: bottom-right last
    EXPECT_EQ(p.back(), t.toMoveToken(kWhite));
    for (int id : p) EXPECT_TRUE(id == kBos || t.isPrefix(id));
    EXPECT_EQ(t.decode(p), "");  // prefix tokens have no text in a decode
}

TEST(Tokenizer, PromptMarksTheKoPoint) {
    // Black captures at D5... a simple ko on 5x5: white C3 captured by B D3.
    GameState g = test::game(5, {{"B3", kBlack},
                                 {"C2", kBlack},
                                 {"C4", kBlack},
                                 {"D2", kWhite},
                                 {"D4", kWhite},
                                 {"E3", kWhite},
                                 {"C3", kWhite}});
    ASSERT_EQ(g.play(at("D3", 5), kBlack), MoveError::kNone);
    ASSERT_EQ(g.board().koLoc(), at("C3", 5));
    const Tokenizer& t = Tokenizer::instance();
    std::vector<int> p = t.promptTokens(g.board(), kWhite);
    int c3 = 2 + 2 * 5 + 2;  // row 3 from the top is y = 2
    EXPECT_EQ(p[size_t(c3)], t.koPointToken());
    EXPECT_EQ(t.promptTokens(g.board(), kBlack)[size_t(c3)], t.pointToken(kEmpty));
}

TEST(Tokenizer, PromptMarksTheLastMovesStoneWhenAsked) {
    const Tokenizer& t = Tokenizer::instance();
    GameState g = test::game(9, {{"A9", kBlack}, {"J1", kWhite}}, kBlack);
    ASSERT_EQ(g.play(at("E5", 9), kBlack), MoveError::kNone);
    const int e5 = Tokenizer::promptSlot(4 * 9 + 4);
    const std::vector<int> plain = t.promptTokens(g, false);
    const std::vector<int> marked = t.promptTokens(g, true);
    EXPECT_EQ(plain, t.promptTokens(g.board(), g.toMove()));
    EXPECT_EQ(plain[size_t(e5)], t.pointToken(kBlack));
    EXPECT_EQ(marked[size_t(e5)], t.lastStoneToken(kBlack));
    // Only that point differs; the mark is a prefix token with no text.
    std::vector<int> back = marked;
    back[size_t(e5)] = t.pointToken(kBlack);
    EXPECT_EQ(back, plain);
    EXPECT_TRUE(t.isPrefix(t.lastStoneToken(kBlack)));
    EXPECT_TRUE(t.isPrefix(t.lastStoneToken(kWhite)));
    EXPECT_EQ(t.tokenText(t.lastStoneToken(kWhite)), "<white-last>");
    EXPECT_EQ(t.decode(marked), "");
    // White answers at D5: the mark moves there, in white.
    ASSERT_EQ(g.play(at("D5", 9), kWhite), MoveError::kNone);
    const std::vector<int> next = t.promptTokens(g, true);
    EXPECT_EQ(next[size_t(e5)], t.pointToken(kBlack));
    EXPECT_EQ(next[size_t(e5 - 1)], t.lastStoneToken(kWhite));
    // A pass marks nothing.
    ASSERT_EQ(g.play(kPassLoc, kBlack), MoveError::kNone);
    EXPECT_EQ(t.promptTokens(g, true), t.promptTokens(g, false));
    // The two tokens came from the reserved block: the vocabulary keeps its size.
    EXPECT_EQ(t.vocabSize(), 566);
    EXPECT_EQ(t.tokenId("<reserved0>"), t.lastStoneToken(kWhite) + 1);
}

}  // namespace
}  // namespace m37::reason
