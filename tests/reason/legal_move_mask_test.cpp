// LegalMoveMask: where the think-block grammar asks for a move on the
// position (candidates, try moves, the conclusion, the answer), illegal
// coordinates (occupied, ko, suicide, off the board) and candidates already
// listed are banned, pass never is; moves inside variations are left free;
// and a think block whose position moves are legal passes through unchanged.
#include "engine/reason/legal_move_mask.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "engine/reason/tokenizer.h"
#include "reason_test_util.h"

namespace m37::reason {
namespace {

using test::at;

// Black to move on 9x9 after White took a ko at D4: D5 is the ko point,
// A1 is suicide for Black (White A2 and B1 around it), C5 is White's.
GameState koPosition() {
    GameState g = test::game(9,
                             {{"D5", kBlack},
                              {"C4", kBlack},
                              {"E4", kBlack},
                              {"D3", kBlack},
                              {"C5", kWhite},
                              {"E5", kWhite},
                              {"D6", kWhite},
                              {"A2", kWhite},
                              {"B1", kWhite}},
                             kWhite);
    EXPECT_EQ(g.play(at("D4")), MoveError::kNone);
    return g;
}

class LegalMoveMaskTest : public ::testing::Test {
  protected:
    const Tokenizer& tok = Tokenizer::instance();
    GameState position = koPosition();
    LegalMoveMask mask{position};

    std::vector<int> bannedAfter(const std::string& text) const {
        return mask.banned(tok.encode(text));
    }
    bool bans(const std::vector<int>& banned, const char* vertex) const {
        const int id = std::string(vertex) == "pass" ? tok.coordToken(kPassLoc, 9)
                                                     : tok.coordToken(at(vertex), 9);
        return std::binary_search(banned.begin(), banned.end(), id);
    }
};

TEST_F(LegalMoveMaskTest, BansIllegalPointsWhereAMoveOnThePositionIsAsked) {
    ASSERT_TRUE(position.board().at(at("D5")) == kEmpty) << "the ko capture took D5";
    const std::vector<int> b = bannedAfter("<think>\nto move: black.\ncandidates:");
    EXPECT_TRUE(bans(b, "C5")) << "occupied";
    EXPECT_TRUE(bans(b, "D4")) << "occupied (the stone that took the ko)";
    EXPECT_TRUE(bans(b, "D5")) << "the ko point";
    EXPECT_TRUE(bans(b, "A1")) << "suicide";
    EXPECT_FALSE(bans(b, "E6"));
    EXPECT_FALSE(bans(b, "J9"));
    EXPECT_FALSE(bans(b, "pass"));
    // Coordinates of larger boards are off this one.
    const int offBoard = tok.coordToken(*parseGtpVertex("K10", 19), 19);
    EXPECT_TRUE(std::binary_search(b.begin(), b.end(), offBoard));
    EXPECT_EQ(b, mask.illegal());
    // Exactly the illegal moves: 81 points less the legal ones.
    int legal = 0;
    for (int y = 0; y < 9; ++y)
        for (int x = 0; x < 9; ++x) legal += position.isLegal(position.board().loc(x, y), kBlack);
    const int coords = int(std::count_if(b.begin(), b.end(), [&](int id) {
        const Loc l = tok.coordLoc(id, 9);
        return l != kNullLoc && l != kPassLoc;
    }));
    EXPECT_EQ(coords, 81 - legal);
}

TEST_F(LegalMoveMaskTest, ListedCandidatesAreNotRepeated) {
    std::vector<int> b = bannedAfter("<think>\nto move: black.\ncandidates: E6 F6");
    EXPECT_TRUE(bans(b, "E6"));
    EXPECT_TRUE(bans(b, "F6"));
    EXPECT_FALSE(bans(b, "G6"));
    EXPECT_TRUE(bans(b, "C5"));
    b = bannedAfter("<think>\nto move: black.\ncandidates: pass");
    EXPECT_TRUE(bans(b, "pass"));
    EXPECT_TRUE(bannedAfter("<think>\nto move: black.\ncandidates: E6 F6.").empty());
}

TEST_F(LegalMoveMaskTest, TryMovesConclusionAndAnswerAreOnThePositionVariationsAreFree) {
    const std::string head = "<think>\nto move: black.\ncandidates: E6 F6.\n";
    EXPECT_EQ(bannedAfter(head + "try"), mask.illegal());
    EXPECT_TRUE(bannedAfter(head + "try E6:").empty());
    EXPECT_TRUE(bannedAfter(head + "try E6: W").empty()) << "White's reply is in a variation";
    EXPECT_TRUE(bannedAfter(head + "try E6: W D5 B").empty());
    EXPECT_TRUE(bannedAfter(head + "try E6: W F6 -> black").empty());
    EXPECT_TRUE(bannedAfter(head + "wait, after W F6 white has").empty());
    EXPECT_EQ(bannedAfter(head + "wait, after W F6 white has G6: try"), mask.illegal());
    EXPECT_EQ(bannedAfter(head + "wait, deeper: try"), mask.illegal());
    EXPECT_EQ(bannedAfter(head + "conclusion:"), mask.illegal());
    EXPECT_TRUE(bannedAfter(head + "conclusion: E6,").empty());
    EXPECT_EQ(bannedAfter(head + "conclusion: E6, black 55%.\n</think>\n<answer>"), mask.illegal());
    EXPECT_TRUE(mask.banned({}).empty());
    EXPECT_TRUE(bannedAfter("<think>\nto move:").empty());
    EXPECT_TRUE(bannedAfter(head + "fact: white").empty());
}

TEST_F(LegalMoveMaskTest, ALegalThinkBlockPassesThroughUnchanged) {
    const std::string text =
        "<think>\nto move: black.\nfact: white D4 in atari (1 liberty).\ncandidates: E6 F6 "
        "pass.\ntry E6: W D5 B C6 -> black 52%.\ntry F6: W E6 -> black 48%.\nwait, after W E6 "
        "white has D5: try F6: W E6 B G6 -> black 45%.\nconclusion: E6, black 52%.\n</think>\n"
        "<answer>E6</answer>";
    const std::vector<int> ids = tok.encode(text);
    ASSERT_EQ(tok.decode(ids), text);
    for (size_t i = 0; i < ids.size(); ++i) {
        const std::vector<int> b = mask.banned(std::span<const int>(ids).first(i));
        EXPECT_FALSE(std::binary_search(b.begin(), b.end(), ids[i]))
            << "token " << i << " (" << tok.tokenText(ids[i]) << ") banned";
    }
}

TEST_F(LegalMoveMaskTest, ApplySetsOnlyTheBannedLogits) {
    const std::vector<int> before = tok.encode("<think>\nto move: black.\ncandidates: E6");
    std::vector<float> logits(size_t(tok.vocabSize()), 1.5f);
    mask.apply(before, logits);
    const std::vector<int> b = mask.banned(before);
    for (int id = 0; id < tok.vocabSize(); ++id)
        EXPECT_EQ(logits[size_t(id)],
                  std::binary_search(b.begin(), b.end(), id) ? LegalMoveMask::kBanned : 1.5f)
            << tok.tokenText(id);
    // The filter form does the same.
    std::vector<float> again(size_t(tok.vocabSize()), 1.5f);
    mask.filter()(before, again);
    EXPECT_EQ(again, logits);
}

TEST(LegalMoveMask, TheSideToMoveCanBeGiven) {
    // A1 is suicide for Black, an ordinary move for White.
    const GameState g = koPosition();
    const Tokenizer& tok = Tokenizer::instance();
    const int a1 = tok.coordToken(at("A1"), 9);
    const LegalMoveMask black(g), white(g, kWhite);
    EXPECT_TRUE(std::binary_search(black.illegal().begin(), black.illegal().end(), a1));
    EXPECT_FALSE(std::binary_search(white.illegal().begin(), white.illegal().end(), a1));
}

}  // namespace
}  // namespace m37::reason
