// Large SGF input: reading only the first games of a collection (the rest
// skimmed and counted, values with '(' and escaped ']' included), the node
// limit that refuses a game too large to hold with its position, and the
// 100 MB files of the reliability issue: a collection of 56,000 games, one
// game of 16 million nodes, one comment of 100 MB.
#include <gtest/gtest.h>

#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"
#include "tests/sgf/large_sgf.h"

namespace m37 {
namespace {

constexpr size_t kHundredMB = 100u << 20;

TEST(SgfLarge, MaxGamesReadsTheFirstAndCountsTheRest) {
    const std::string first = "(;SZ[9];B[aa])";
    const std::string rest =
        "(;C[a ( ) [x\\] (;B[bb])];B[bb])\n(c) not a game\n(;B[cc](;W[dd])(;W[ee]))  trailing";
    SgfReadOptions o;
    o.maxGames = 1;
    auto r = readSgf(first + "\n\n" + rest, o);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_EQ(r.games[0]->subtreeSize(), 2u);
    EXPECT_EQ(r.unreadGames, 2);
    EXPECT_EQ((first + "\n\n" + rest).substr(r.unreadOffset), rest);
    EXPECT_TRUE(r.diagnostics.empty());  // the rest is not checked, only counted

    auto all = readSgf(first + rest);
    EXPECT_EQ(all.games.size(), 3u);
    EXPECT_EQ(all.unreadGames, 0);
    EXPECT_EQ(all.unreadOffset, (first + rest).size());

    o.maxGames = 5;  // more than there are: everything is read
    auto more = readSgf(first + rest, o);
    EXPECT_EQ(more.games.size(), 3u);
    EXPECT_EQ(more.unreadGames, 0);
}

TEST(SgfLarge, SkimSeesTheStructureTheParserSees) {
    // '[' after "8" is an ignored character, not a value: the ')' after it
    // ends the first game (found by sgf_fuzz).
    const std::string text = "(;SZ 8[ )(;B[aa])(;W[bb]C [x)] ;B [cc][dd])";
    SgfReadOptions o;
    o.maxGames = 1;
    auto first = readSgf(text, o);
    EXPECT_EQ(first.unreadGames, 2);
    EXPECT_EQ(readSgf(text).games.size(), 3u);
}

TEST(SgfLarge, MaxNodesRefusesALargerGameWithItsPosition) {
    const std::string text = "(;SZ[9]\n;B[aa]\n(;W[bb];B[cc])(;W[dd]))";
    SgfReadOptions o;
    o.maxNodes = 5;
    auto fits = readSgf(text, o);
    ASSERT_TRUE(fits.ok());
    EXPECT_EQ(fits.games[0]->subtreeSize(), 5u);
    o.maxNodes = 3;
    auto refused = readSgf(text, o);
    EXPECT_TRUE(refused.games.empty());
    ASSERT_EQ(refused.diagnostics.size(), 1u);
    const SgfDiagnostic& d = refused.diagnostics[0];
    EXPECT_TRUE(d.isError);
    EXPECT_EQ(d.line, 3);
    EXPECT_EQ(d.column, 8);  // the ';' of B[cc], the fourth node
    EXPECT_EQ(d.message, "the game has more than 3 nodes, too many to open (game tree at 1:1)");
}

TEST(SgfLarge, HundredMegabyteCollectionCostsItsFirstGame) {
    int games = 0;
    const std::string text = test::largeCollection(kHundredMB, &games);
    ASSERT_GT(games, 50000);
    const long before = m37::test::peakResidentMB();
    SgfReadOptions o;
    o.maxGames = 1;
    auto r = readSgf(text, o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.games[0]->value("PB"), "Black 0");
    EXPECT_EQ(r.games[0]->subtreeSize(), 251u);
    EXPECT_EQ(r.unreadGames, games - 1);
    EXPECT_EQ(text.compare(r.unreadOffset, 11, "(;GM[1]FF[4"), 0);
    // Reading every game would take about 3.5 GB (250 bytes a node).
    EXPECT_LT(m37::test::peakResidentMB() - before, 200)
        << "peak " << m37::test::peakResidentMB() << " MB";

    // The last game of the 56,000, read on its own, is whole.
    const size_t last = text.rfind("(;GM[1]");
    auto tail = readSgf(std::string_view(text).substr(last));
    ASSERT_TRUE(tail.ok());
    EXPECT_EQ(tail.games[0]->value("PB"), "Black " + std::to_string(games - 1));
    EXPECT_EQ(tail.games[0]->subtreeSize(), 251u);
}

TEST(SgfLarge, HundredMegabyteGameIsRefusedPastTheNodeLimit) {
    size_t nodes = 0;
    const std::string text = test::largeTree(kHundredMB, &nodes);
    ASSERT_GT(nodes, 14'000'000u);
    const long before = m37::test::peakResidentMB();
    SgfReadOptions o;
    o.maxNodes = 1'000'000;
    auto r = readSgf(text, o);
    EXPECT_TRUE(r.games.empty());
    ASSERT_TRUE(r.hasErrors());
    EXPECT_NE(r.diagnostics.back().message.find("more than 1000000 nodes"), std::string::npos);
    EXPECT_EQ(r.diagnostics.back().line, 1);
    EXPECT_GT(r.diagnostics.back().column, 6'000'000);  // about 6 bytes a node
    // The million nodes held before the refusal, then freed.
    EXPECT_LT(m37::test::peakResidentMB() - before, 800)
        << "peak " << m37::test::peakResidentMB() << " MB";
}

TEST(SgfLarge, HundredMegabyteCommentIsReadAndWrittenWhole) {
    std::string comment;
    comment.reserve(kHundredMB + 100);
    for (int i = 0; comment.size() < kHundredMB; ++i)
        comment += "Line " + std::to_string(i) + ": a very long log [pasted] into one comment\n";
    std::string escaped;
    escaped.reserve(comment.size() + comment.size() / 40);
    for (char c : comment) {
        if (c == ']' || c == '\\') escaped += '\\';
        escaped += c;
    }
    auto r = readSgf("(;SZ[9]C[" + escaped + "];B[ee])");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.games[0]->value("C"), comment);
    const std::string out = writeSgf(*r.games[0]);
    auto back = readSgf(out);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(sameTree(*r.games[0], *back.games[0]));
}

}  // namespace
}  // namespace m37
