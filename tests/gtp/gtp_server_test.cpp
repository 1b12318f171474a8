// Unit tests of each GTP command of GtpServer, driven in-process.
#include <gtest/gtest.h>

#include <set>

#include "engine/go/coord.h"
#include "tests/gtp/gtp_test_util.h"

namespace m37 {
namespace {

using test::ask;
using test::fastOptions;

TEST(GtpServer, AdminCommands) {
    GtpServer s(fastOptions());
    EXPECT_EQ(s.handle("protocol_version"), "= 2\n\n");
    EXPECT_EQ(s.handle("12 name"), "=12 move37\n\n");
    EXPECT_EQ(s.handle("version"), "= 0.1.0\n\n");
    EXPECT_EQ(s.handle("known_command play"), "= true\n\n");
    EXPECT_EQ(s.handle("known_command KGS-GENMOVE_CLEANUP"), "= true\n\n");
    EXPECT_EQ(s.handle("known_command owl_attack"), "= false\n\n");
    std::string list = ask(s, "list_commands").text + "\n";
    for (const char* c : {"protocol_version",
                          "name",
                          "version",
                          "known_command",
                          "list_commands",
                          "quit",
                          "boardsize",
                          "clear_board",
                          "komi",
                          "play",
                          "genmove",
                          "fixed_handicap",
                          "place_free_handicap",
                          "set_free_handicap",
                          "undo",
                          "loadsgf",
                          "reg_genmove",
                          "printsgf",
                          "showboard",
                          "final_score",
                          "final_status_list",
                          "time_settings",
                          "time_left",
                          "kgs-time_settings",
                          "kgs-genmove_cleanup",
                          "kgs-rules",
                          "list_stones",
                          "all_legal",
                          "is_legal",
                          "color",
                          "set_random_seed",
                          "get_random_seed"})
        EXPECT_NE(list.find(std::string(c) + "\n"), std::string::npos) << c;
    EXPECT_FALSE(s.quitRequested());
    EXPECT_EQ(s.handle("99 quit"), "=99 \n\n");
    EXPECT_TRUE(s.quitRequested());
}

TEST(GtpServer, IdsAndCaseInsensitivity) {
    GtpServer s(fastOptions());
    EXPECT_EQ(s.handle("12 play b d4"), "=12 \n\n");
    EXPECT_EQ(s.handle("13 PLAY WHITE Q16"), "=13 \n\n");
    EXPECT_EQ(s.handle("14 Play W q16"), "?14 illegal move: point occupied\n\n");
    EXPECT_EQ(s.handle("color D4"), "= black\n\n");
    EXPECT_EQ(s.handle("color q16"), "= white\n\n");
    EXPECT_EQ(s.handle("color k10"), "= empty\n\n");
    EXPECT_EQ(s.handle("list_stones BLACK"), "= D4\n\n");
    EXPECT_EQ(s.handle("list_stones w"), "= Q16\n\n");
}

TEST(GtpServer, BoardsizeAndClear) {
    GtpServer s(fastOptions());
    EXPECT_EQ(s.handle("boardsize 9"), "= \n\n");
    EXPECT_EQ(s.game().size(), 9);
    EXPECT_EQ(s.handle("boardsize 1"), "? unacceptable size\n\n");
    EXPECT_EQ(s.handle("boardsize 26"), "? unacceptable size\n\n");
    EXPECT_EQ(s.handle("boardsize 2"), "= \n\n");
    EXPECT_EQ(s.handle("boardsize 25"), "= \n\n");
    EXPECT_EQ(s.handle("play b z25"), "= \n\n");
    EXPECT_EQ(s.handle("clear_board"), "= \n\n");
    EXPECT_EQ(s.game().board().stoneCount(kBlack), 0);
    EXPECT_EQ(s.game().size(), 25);
    EXPECT_FALSE(ask(s, "boardsize nine").ok);
    EXPECT_FALSE(ask(s, "boardsize").ok);
}

TEST(GtpServer, Komi) {
    GtpServer s(fastOptions());
    EXPECT_TRUE(ask(s, "komi 6.5").ok);
    EXPECT_FLOAT_EQ(s.game().rules().komi, 6.5f);
    EXPECT_TRUE(ask(s, "komi -3").ok);
    EXPECT_FLOAT_EQ(s.game().rules().komi, -3.0f);
    EXPECT_FALSE(ask(s, "komi abc").ok);
    EXPECT_FALSE(ask(s, "komi nan").ok);
    EXPECT_FALSE(ask(s, "komi 1e300").ok);
    EXPECT_FLOAT_EQ(s.game().rules().komi, -3.0f);
}

TEST(GtpServer, PlayAndIllegalMoves) {
    GtpServer s(fastOptions());
    ask(s, "boardsize 9");
    // suicide
    for (const char* m : {"play b a2", "play b b1"}) EXPECT_TRUE(ask(s, m).ok);
    EXPECT_EQ(s.handle("play w a1"), "? illegal move: suicide\n\n");
    EXPECT_EQ(ask(s, "is_legal w a1").text, "0");
    EXPECT_EQ(ask(s, "is_legal b a1").text, "1");
    EXPECT_EQ(ask(s, "is_legal w pass").text, "1");
    // ko: black captures at e5, white may not retake at d5 at once
    s.handle("clear_board");
    for (const char* m : {"play b d4", "play b c5", "play b d6", "play w e4", "play w e6",
                          "play w f5", "play w d5", "play b e5"})
        EXPECT_TRUE(ask(s, m).ok) << m;
    EXPECT_EQ(s.handle("play w d5"), "? illegal move: ko: retaking is not allowed yet\n\n");
    EXPECT_EQ(ask(s, "is_legal w d5").text, "0");
    EXPECT_TRUE(ask(s, "play w a1").ok);
    EXPECT_TRUE(ask(s, "play b a2").ok);
    EXPECT_TRUE(ask(s, "play w d5").ok);
    // syntax errors
    EXPECT_EQ(s.handle("play x d4"), "? invalid color\n\n");
    EXPECT_EQ(s.handle("play b z99"), "? invalid coordinate\n\n");
    EXPECT_EQ(s.handle("play b i5"), "? invalid coordinate\n\n");
    EXPECT_EQ(s.handle("play b"), "? syntax error\n\n");
    EXPECT_EQ(s.handle("play b pass"), "= \n\n");
}

TEST(GtpServer, AllLegalListsEveryLegalPoint) {
    GtpServer s(fastOptions());
    ask(s, "boardsize 3");
    EXPECT_EQ(ask(s, "all_legal b").text, "A3 B3 C3 A2 B2 C2 A1 B1 C1");
    ask(s, "play b b2");
    EXPECT_EQ(ask(s, "all_legal w").text, "A3 B3 C3 A2 C2 A1 B1 C1");
}

TEST(GtpServer, Undo) {
    GtpServer s(fastOptions());
    EXPECT_EQ(s.handle("undo"), "? cannot undo\n\n");
    ask(s, "play b d4");
    ask(s, "play w d5");
    EXPECT_TRUE(ask(s, "undo").ok);
    EXPECT_EQ(ask(s, "color d5").text, "empty");
    EXPECT_EQ(s.game().toMove(), kWhite);
    EXPECT_TRUE(ask(s, "undo").ok);
    EXPECT_EQ(s.handle("undo"), "? cannot undo\n\n");
}

TEST(GtpServer, FixedHandicap) {
    GtpServer s(fastOptions());
    EXPECT_EQ(ask(s, "fixed_handicap 9").text, "D4 Q16 D16 Q4 D10 Q10 K4 K16 K10");
    EXPECT_EQ(s.game().toMove(), kWhite);
    EXPECT_EQ(s.handle("fixed_handicap 2"), "? board not empty\n\n");
    s.handle("clear_board");
    EXPECT_EQ(ask(s, "fixed_handicap 2").text, "D4 Q16");
    s.handle("clear_board");
    EXPECT_EQ(ask(s, "fixed_handicap 5").text, "D4 Q16 D16 Q4 K10");
    s.handle("clear_board");
    EXPECT_EQ(s.handle("fixed_handicap 1"), "? invalid number of stones\n\n");
    EXPECT_EQ(s.handle("fixed_handicap 10"), "? invalid number of stones\n\n");
    EXPECT_EQ(s.handle("fixed_handicap 99999999999999"), "? syntax error\n\n");
    s.handle("boardsize 9");
    EXPECT_EQ(ask(s, "fixed_handicap 4").text, "C3 G7 C7 G3");
    s.handle("boardsize 5");
    EXPECT_FALSE(ask(s, "fixed_handicap 2").ok);
}

TEST(GtpServer, FreeHandicap) {
    GtpServer s(fastOptions());
    ask(s, "boardsize 9");
    auto a = ask(s, "place_free_handicap 12");
    ASSERT_TRUE(a.ok);
    EXPECT_EQ(s.game().board().stoneCount(kBlack), 12);
    EXPECT_EQ(s.game().handicap(), 12);
    EXPECT_EQ(s.game().toMove(), kWhite);
    ask(s, "boardsize 2");
    EXPECT_TRUE(ask(s, "place_free_handicap 3").ok);
    ask(s, "clear_board");
    EXPECT_FALSE(ask(s, "place_free_handicap 4").ok);
    ask(s, "boardsize 9");
    EXPECT_EQ(s.handle("set_free_handicap a1 b2 c3"), "= \n\n");
    EXPECT_EQ(ask(s, "list_stones b").text, "C3 B2 A1");
    EXPECT_EQ(s.game().handicap(), 3);
    ask(s, "clear_board");
    EXPECT_FALSE(ask(s, "set_free_handicap a1").ok);
    EXPECT_FALSE(ask(s, "set_free_handicap a1 a1").ok);
    EXPECT_FALSE(ask(s, "set_free_handicap a1 pass").ok);
    EXPECT_FALSE(ask(s, "set_free_handicap a1 z9").ok);
}

TEST(GtpServer, Showboard) {
    GtpServer s(fastOptions());
    ask(s, "boardsize 3");
    ask(s, "play b a1");
    ask(s, "play w c1");
    EXPECT_EQ(s.handle("showboard"),
              "= \n"
              "   A B C\n"
              " 3 . . . 3\n"
              " 2 . . . 2\n"
              " 1 X .(O)1\n"
              "   A B C\n"
              "Black (X) captured 0, White (O) captured 0; black to move, rules chinese\n\n");
}

TEST(GtpServer, Rules) {
    GtpServerOptions o = fastOptions();
    o.rules = *Rules::preset("japanese");
    GtpServer s(o);
    EXPECT_EQ(s.game().rules().scoring, ScoringRule::kTerritory);
    ask(s, "komi 0.5");
    EXPECT_TRUE(ask(s, "kgs-rules chinese").ok);
    EXPECT_EQ(s.game().rules().scoring, ScoringRule::kArea);
    EXPECT_FLOAT_EQ(s.game().rules().komi, 0.5f);
    EXPECT_TRUE(ask(s, "kgs-rules aga").ok);
    EXPECT_EQ(s.game().rules().ko, KoRule::kSituational);
    EXPECT_TRUE(ask(s, "kgs-rules new_zealand").ok);
    EXPECT_TRUE(s.game().rules().suicideAllowed);
    EXPECT_TRUE(ask(s, "kgs-rules JAPANESE").ok);
    EXPECT_EQ(s.game().rules().scoring, ScoringRule::kTerritory);
    EXPECT_EQ(s.handle("kgs-rules ing"), "? unknown rules\n\n");
}

TEST(GtpServer, SuicideUnderNewZealandRules) {
    GtpServer s(fastOptions());
    ask(s, "boardsize 5");
    ask(s, "kgs-rules new_zealand");
    ask(s, "play b a2");
    ask(s, "play b b2");
    ask(s, "play b c1");
    ask(s, "play w b1");
    EXPECT_TRUE(ask(s, "play w a1").ok);  // multi-stone suicide is legal
    EXPECT_EQ(ask(s, "list_stones w").text, "");
}

TEST(GtpServer, TimeCommands) {
    GtpServer s(fastOptions());
    EXPECT_TRUE(ask(s, "time_settings 300 30 5").ok);
    EXPECT_EQ(s.clock().mainSeconds, 300);
    EXPECT_EQ(s.clock().byoYomiStones, 5);
    EXPECT_TRUE(ask(s, "time_left b 120 0").ok);
    EXPECT_EQ(s.clock().leftSeconds[kBlack], 120);
    EXPECT_TRUE(ask(s, "time_left WHITE 10 3").ok);
    EXPECT_EQ(s.clock().leftStones[kWhite], 3);
    EXPECT_FALSE(ask(s, "time_settings 1 2").ok);
    EXPECT_FALSE(ask(s, "time_settings a b c").ok);
    EXPECT_FALSE(ask(s, "time_left x 1 1").ok);
    EXPECT_TRUE(ask(s, "kgs-time_settings none").ok);
    EXPECT_TRUE(s.clock().unlimited);
    EXPECT_TRUE(ask(s, "kgs-time_settings absolute 600").ok);
    EXPECT_EQ(s.clock().mainSeconds, 600);
    EXPECT_TRUE(ask(s, "kgs-time_settings byoyomi 600 30 5").ok);
    EXPECT_EQ(s.clock().byoYomiPeriods, 5);
    EXPECT_TRUE(ask(s, "kgs-time_settings canadian 600 300 25").ok);
    EXPECT_EQ(s.clock().byoYomiStones, 25);
    EXPECT_FALSE(ask(s, "kgs-time_settings byoyomi 600").ok);
    EXPECT_FALSE(ask(s, "kgs-time_settings sudden 5").ok);
}

TEST(GtpServer, GenmovePlaysALegalMoveUpperCase) {
    GtpServer s(fastOptions());
    ask(s, "boardsize 9");
    auto a = ask(s, "genmove b");
    ASSERT_TRUE(a.ok);
    auto l = parseGtpVertex(a.text, 9);
    ASSERT_TRUE(l);
    EXPECT_NE(*l, kPassLoc);
    EXPECT_EQ(a.text, gtpVertex(*l, 9));  // upper-case
    EXPECT_EQ(s.game().board().at(*l), kBlack);
    EXPECT_EQ(s.game().toMove(), kWhite);
    // reg_genmove does not play
    auto r = ask(s, "reg_genmove w");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(s.game().board().stoneCount(kWhite), 0);
    EXPECT_FALSE(ask(s, "genmove x").ok);
}

TEST(GtpServer, GenmoveIsDeterministicForASeed) {
    std::string first;
    for (int run = 0; run < 2; ++run) {
        GtpServer s(fastOptions());
        ask(s, "boardsize 9");
        std::string moves;
        for (int i = 0; i < 6; ++i) moves += ask(s, i % 2 ? "genmove w" : "genmove b").text + " ";
        if (run == 0)
            first = moves;
        else
            EXPECT_EQ(moves, first);
    }
}

// set_random_seed (GNU Go's): a game after the same seed draws the same
// opening moves (--random-moves) and searches the same way.
TEST(GtpServer, SetRandomSeedRepeatsAGame) {
    GtpServerOptions o = fastOptions(32);
    o.search.temperature = 1;
    o.search.temperatureMoves = 4;
    GtpServer s(o);
    ask(s, "boardsize 9");
    auto game = [&](const std::string& seed) {
        ask(s, "clear_board");
        EXPECT_TRUE(ask(s, "set_random_seed " + seed).ok);
        std::string moves;
        for (int i = 0; i < 6; ++i) moves += ask(s, i % 2 ? "genmove w" : "genmove b").text + " ";
        return moves;
    };
    const std::string a = game("5");
    EXPECT_EQ(ask(s, "get_random_seed").text, "5");
    std::set<std::string> others;
    for (const char* seed : {"6", "7", "8", "9"}) others.insert(game(seed));
    EXPECT_EQ(game("5"), a);
    EXPECT_GT(others.size(), 1u);  // other seeds draw other openings
    EXPECT_EQ(s.handle("set_random_seed -1"), "? syntax error (a seed is 0..2147483647)\n\n");
    EXPECT_EQ(s.handle("set_random_seed"), "? syntax error\n\n");
    EXPECT_EQ(ask(s, "get_random_seed").text, "5");
}

TEST(GtpServer, PassesBackWhenWinningAndOpponentPassed) {
    // Black owns the left part with a living group; white has nothing.
    GtpServer s(fastOptions());
    ask(s, "boardsize 5");
    ask(s, "komi 0.5");
    for (const char* m : {"b c1", "b c2", "b c3", "b c4", "b c5", "b a3", "b b4", "b d2"})
        ASSERT_TRUE(ask(s, std::string("play ") + m).ok) << m;
    ask(s, "play w pass");
    EXPECT_EQ(ask(s, "genmove b").text, "PASS");
}

TEST(GtpServer, FinalScoreAndStatus) {
    // 5x5: black wall on column C with two eyes on the left; a dead white
    // stone at E5 inside black's area on the right; white has nothing else.
    GtpServer s(fastOptions());
    ask(s, "boardsize 5");
    ask(s, "komi 0.5");
    for (const char* m : {"b c1", "b c2", "b c3", "b c4", "b c5", "b a3", "b b3", "b d4", "w e5"})
        ASSERT_TRUE(ask(s, std::string("play ") + m).ok) << m;
    EXPECT_EQ(ask(s, "final_status_list dead").text, "E5");
    EXPECT_EQ(ask(s, "final_status_list seki").text, "");
    EXPECT_NE(ask(s, "final_status_list alive").text, "");
    EXPECT_EQ(ask(s, "final_score").text, "B+24.5");
    EXPECT_FALSE(ask(s, "final_status_list maybe").ok);
}

TEST(GtpServer, LoadSgfDisabled) {
    GtpServerOptions o = fastOptions();
    o.allowLoadSgf = false;
    GtpServer s(o);
    EXPECT_EQ(s.handle("loadsgf /etc/passwd"), "? cannot load file\n\n");
}

}  // namespace
}  // namespace m37
