// Malformed input never crashes or hangs the server: it gets "? message".
#include <gtest/gtest.h>

#include <sstream>

#include "tests/gtp/gtp_test_util.h"

namespace m37 {
namespace {

using test::ask;
using test::fastOptions;

TEST(GtpMalformed, Preprocessing) {
    EXPECT_EQ(GtpServer::preprocess("  play\tb d4 # comment"), "play b d4");
    EXPECT_EQ(GtpServer::preprocess("# only a comment"), "");
    EXPECT_EQ(GtpServer::preprocess(std::string("pl\0ay\x01\x7f b\r", 11)), "play b");
    GtpServer s(fastOptions());
    EXPECT_EQ(s.handle(""), "");
    EXPECT_EQ(s.handle("   \t  "), "");
    EXPECT_EQ(s.handle("# comment"), "");
    EXPECT_EQ(s.handle("name # trailing"), "= move37\n\n");
    EXPECT_EQ(s.handle(std::string("na\0me\r", 7)), "= move37\n\n");
    EXPECT_EQ(s.handle("\tname\t"), "= move37\n\n");
}

TEST(GtpMalformed, GarbageGetsAnError) {
    GtpServer s(fastOptions());
    for (const char* line : {"foo",
                             "12",
                             "12 ",
                             "-1 name",
                             "play",
                             "play b",
                             "play b d4 extra",
                             "play black ZZ",
                             "play b d0",
                             "play b d-1",
                             "play b a99999999999999999999",
                             "play pass d4",
                             "genmove",
                             "genmove pass",
                             "boardsize 99999999999999999999999",
                             "boardsize -5",
                             "boardsize 0x10",
                             "komi",
                             "komi 1 2",
                             "komi inf",
                             "komi 7.5.5",
                             "fixed_handicap -3",
                             "place_free_handicap 100000",
                             "list_stones",
                             "list_stones red",
                             "all_legal",
                             "is_legal b",
                             "is_legal b zz",
                             "color",
                             "color pass",
                             "final_status_list",
                             "time_left b x y",
                             "known_command",
                             "kgs-rules",
                             "loadsgf",
                             "undo now",
                             "\xff\xfe\xfd",
                             "play \xc3\xa9 d4"}) {
        std::string r = s.handle(line);
        ASSERT_FALSE(r.empty()) << line;
        EXPECT_EQ(r[0], '?') << line << " -> " << r;
        EXPECT_EQ(r.substr(r.size() - 2), "\n\n") << line;
    }
    EXPECT_EQ(s.handle("-1 name"), "? unknown command\n\n");
    EXPECT_EQ(s.handle("7 foo"), "?7 unknown command\n\n");
    // The state is untouched by all of that.
    EXPECT_EQ(s.game().moveNumber(), 0);
    EXPECT_EQ(s.game().size(), 19);
}

TEST(GtpMalformed, OverlongLines) {
    GtpServer s(fastOptions());
    std::string huge(200000, 'a');
    EXPECT_EQ(s.handle(huge), "? line too long\n\n");
    std::string manyArgs = "play";
    for (int i = 0; i < 10000; ++i) manyArgs += " b";
    EXPECT_EQ(s.handle(manyArgs)[0], '?');
    std::istringstream in(huge + "\nname\n" + std::string(70000, ' ') + "x\n2 quit\nname\n");
    std::ostringstream out;
    s.run(in, out);
    EXPECT_EQ(out.str(), "? line too long\n\n= move37\n\n? line too long\n\n=2 \n\n");
}

TEST(GtpMalformed, RunHandlesEofWithoutNewlineAndCrLf) {
    GtpServer s(fastOptions());
    std::istringstream in("1 name\r\n\r\n# c\n2 version");
    std::ostringstream out;
    s.run(in, out);
    EXPECT_EQ(out.str(), "=1 move37\n\n=2 0.1.0\n\n");
}

TEST(GtpMalformed, SetFreeHandicapWithTooManyStones) {
    GtpServer s(fastOptions());
    ask(s, "boardsize 2");
    EXPECT_FALSE(ask(s, "set_free_handicap a1 a2 b1 b2").ok);
    EXPECT_EQ(s.game().board().stoneCount(kBlack), 0);
}

}  // namespace
}  // namespace m37
