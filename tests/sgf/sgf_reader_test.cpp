#include "engine/sgf/sgf_reader.h"

#include <gtest/gtest.h>

namespace m37 {
namespace {

bool hasDiag(const SgfReadResult& r, const std::string& part, bool isError, int line = -1,
             int col = -1) {
    for (const auto& d : r.diagnostics)
        if (d.isError == isError && d.message.find(part) != std::string::npos &&
            (line < 0 || d.line == line) && (col < 0 || d.column == col))
            return true;
    return false;
}

std::string dump(const SgfReadResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics) s += d.toString() + "\n";
    return s;
}

TEST(SgfReader, SimpleGameWithVariations) {
    auto r = readSgf("(;FF[4]GM[1]SZ[9];B[cc];W[gg](;B[gc])(;B[cg];W[gc]))");
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.diagnostics.empty()) << dump(r);
    ASSERT_EQ(r.games.size(), 1u);
    const SgfNode& root = *r.games[0];
    EXPECT_EQ(root.value("SZ"), "9");
    EXPECT_EQ(root.value("CA"), "UTF-8");  // always added
    const SgfNode* w = root.child(0)->child(0);
    EXPECT_EQ(w->value("W"), "gg");
    ASSERT_EQ(w->childCount(), 2u);
    EXPECT_EQ(w->child(1)->child(0)->value("W"), "gc");
    EXPECT_EQ(r.charsets, (std::vector<std::string>{"UTF-8"}));
}

TEST(SgfReader, EscapesAndSoftLineBreaks) {
    auto r = readSgf("(;C[a\\]b\\\\c\\d e\\\nf\\\r\ng]GN[x\\:y])");
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_EQ(r.games[0]->value("C"), "a]b\\cd efg");
    EXPECT_EQ(r.games[0]->value("GN"), "x:y");
}

TEST(SgfReader, CrLfAndBomAndHardLineBreaks) {
    auto r = readSgf("\xEF\xBB\xBF(;GM[1]\r\nC[one\r\ntwo\rthree]\r\n;B[aa]\r\n)\r\n");
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.diagnostics.empty()) << dump(r);
    EXPECT_EQ(r.games[0]->value("C"), "one\ntwo\nthree");
    EXPECT_EQ(r.games[0]->child(0)->line, 5);
    EXPECT_EQ(r.games[0]->child(0)->column, 1);
}

TEST(SgfReader, MultiValuePropertiesAndCompressedListsKeptVerbatim) {
    auto r = readSgf("(;AB[aa:cc] [dd]\n[ee]LB[aa:one][bb:two]TR[aa]SQ[bb]CR[cc]MA[dd]SL[ee])");
    ASSERT_TRUE(r.ok()) << dump(r);
    const SgfNode& n = *r.games[0];
    EXPECT_EQ(n.find("AB")->values, (std::vector<std::string>{"aa:cc", "dd", "ee"}));
    EXPECT_EQ(n.find("LB")->values, (std::vector<std::string>{"aa:one", "bb:two"}));
    for (const char* id : {"TR", "SQ", "CR", "MA", "SL"}) EXPECT_TRUE(n.has(id)) << id;
}

TEST(SgfReader, PassesAndUnknownPropertiesKept) {
    auto r = readSgf("(;SZ[19]XY[what\\]ever][2];B[];W[tt];ZZZ[])");
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_EQ(r.games[0]->find("XY")->values, (std::vector<std::string>{"what]ever", "2"}));
    EXPECT_EQ(r.games[0]->child(0)->value("B"), "");
    EXPECT_EQ(r.games[0]->child(0)->child(0)->value("W"), "tt");
    EXPECT_TRUE(r.games[0]->child(0)->child(0)->child(0)->has("ZZZ"));
}

TEST(SgfReader, Ff3LowerCaseLettersInNames) {
    auto r = readSgf("(;GaMe[1]SiZe[9]AddBlack[aa][bb];Black[cc];White[dd];b[ee])");
    ASSERT_TRUE(r.ok()) << dump(r);
    const SgfNode& root = *r.games[0];
    EXPECT_EQ(root.value("SZ"), "9");
    EXPECT_EQ(root.value("GM"), "1");
    EXPECT_EQ(root.find("AB")->values.size(), 2u);
    EXPECT_EQ(root.child(0)->value("B"), "cc");
    EXPECT_EQ(root.child(0)->child(0)->value("W"), "dd");
    EXPECT_EQ(root.child(0)->child(0)->child(0)->value("B"), "ee");  // all lower: upper-cased
}

TEST(SgfReader, MissingSemicolonIsAWarning) {
    auto r = readSgf("(FF[4]SZ[9];B[aa](W[bb])(;W[cc]))");
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(hasDiag(r, "missing ';'", false, 1, 2)) << dump(r);
    EXPECT_TRUE(hasDiag(r, "missing ';'", false, 1, 19)) << dump(r);
    const SgfNode& root = *r.games[0];
    EXPECT_EQ(root.value("SZ"), "9");
    ASSERT_EQ(root.child(0)->childCount(), 2u);
    EXPECT_EQ(root.child(0)->child(0)->value("W"), "bb");
}

TEST(SgfReader, GarbageBeforeBetweenAndAfter) {
    auto r = readSgf(
        "Header text: (c) me\n(;B[aa] % junk ;W[bb])\n(;B[cc])\n trailing junk (\n"
        "between (;B[dd]) (2)");
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_EQ(r.games.size(), 3u);
    EXPECT_TRUE(hasDiag(r, "unexpected character '%'", false, 2, 9)) << dump(r);
    EXPECT_TRUE(hasDiag(r, "between games", false, 4, 2)) << dump(r);
    EXPECT_TRUE(hasDiag(r, "after the end of the collection", false, 5, 18)) << dump(r);
}

TEST(SgfReader, SeveralGamesEachWithRoot) {
    auto r = readSgf("(;GN[one];B[aa])(;GN[two];B[bb])\n(;GN[three])");
    ASSERT_TRUE(r.ok()) << dump(r);
    ASSERT_EQ(r.games.size(), 3u);
    EXPECT_EQ(r.games[2]->value("GN"), "three");
}

TEST(SgfReader, DuplicatePropertiesMerged) {
    auto r = readSgf("(;AB[aa]AB[bb]C[x])");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.games[0]->find("AB")->values.size(), 2u);
    EXPECT_TRUE(hasDiag(r, "repeated", false, 1, 9)) << dump(r);
}

TEST(SgfReader, UnterminatedValueIsAnErrorWithPosition) {
    auto r = readSgf("(;GM[1]\n;B[aa]\n;W[bb]C[never\nclosed");
    EXPECT_TRUE(r.hasErrors());
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasDiag(r, "not terminated", true, 3, 8)) << dump(r);
    // What came before is still there.
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_EQ(r.games[0]->child(0)->value("B"), "aa");
}

TEST(SgfReader, NoGameIsAnError) {
    for (const char* text : {"", "just text", "()", "(   )"}) {
        auto r = readSgf(text);
        EXPECT_TRUE(r.hasErrors()) << text;
        EXPECT_TRUE(r.games.empty()) << text;
        EXPECT_EQ(r.diagnostics.back().line >= 1, true) << text;
    }
    EXPECT_TRUE(hasDiag(readSgf("no tree"), "no SGF game tree", true, 1, 1));
}

TEST(SgfReader, MissingCloseParenAndValuelessProperty) {
    auto r = readSgf("(;B[aa]W;W[bb]");
    ASSERT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(hasDiag(r, "has no value", false, 1, 8)) << dump(r);
    EXPECT_TRUE(hasDiag(r, "missing ')'", false)) << dump(r);
    EXPECT_EQ(r.games[0]->child(0)->value("W"), "bb");
}

TEST(SgfReader, ManyWarningsAreCapped) {
    std::string s = "(;" + std::string(1000, '%') + ")";
    SgfReadOptions o;
    o.maxDiagnostics = 10;
    auto r = readSgf(s, o);
    EXPECT_EQ(r.diagnostics.size(), 11u);
    EXPECT_TRUE(hasDiag(r, "990 more warnings", false));
}

TEST(SgfReader, BinaryGarbageNeverCrashes) {
    std::string s;
    for (int i = 0; i < 5000; ++i) s += char((i * 7919) % 256);
    auto r = readSgf("(;C[" + s);
    EXPECT_LE(r.games.size(), 1u);
    r = readSgf(s);
    r = readSgf("(;C[" + std::string(100, 'x'));
    EXPECT_TRUE(r.hasErrors());
    r = readSgf(std::string("(;B[\\") + '\0' + "]");
    EXPECT_TRUE(r.ok()) << dump(r);
}

TEST(SgfReader, FileErrors) {
    auto r = readSgfFile("/nonexistent/file.sgf");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_TRUE(r.diagnostics[0].isError);
    EXPECT_EQ(r.diagnostics[0].line, 0);
}

}  // namespace
}  // namespace m37
