#include "engine/sgf/sgf_writer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "engine/sgf/sgf_reader.h"

namespace m37 {
namespace {

std::unique_ptr<SgfNode> parse(const std::string& text) {
    auto r = readSgf(text);
    EXPECT_TRUE(r.ok()) << text;
    return r.games.empty() ? std::make_unique<SgfNode>() : std::move(r.games[0]);
}

TEST(SgfWriter, CanonicalRootOrderAndVariations) {
    auto g = parse("(;C[hi]PB[Black]SZ[9]FF[4]XX[keep];B[cc];W[gg](;B[gc])(;B[cg];W[gc]))");
    EXPECT_EQ(writeSgf(*g),
              "(;FF[4]CA[UTF-8]SZ[9]PB[Black]C[hi]XX[keep]\n"
              ";B[cc];W[gg]\n"
              "(;B[gc])\n"
              "(;B[cg];W[gc]))\n");
}

TEST(SgfWriter, EscapesValues) {
    SgfNode n;
    n.set("C", "a]b\\c:d\nline");
    std::string out = writeSgf(n);
    EXPECT_EQ(out, "(;CA[UTF-8]C[a\\]b\\\\c:d\nline])\n");
    auto back = parse(out);
    EXPECT_EQ(back->value("C"), "a]b\\c:d\nline");
}

TEST(SgfWriter, WrapsLongLines) {
    std::string text = "(;SZ[19]AB";
    for (int i = 0; i < 19; ++i) {
        const char point[] = {'[', char('a' + i), 'a', ']'};
        text.append(point, sizeof point);
    }
    for (int i = 0; i < 200; ++i) {
        const char move[] = {';', i % 2 ? 'W' : 'B', '[', char('a' + i % 19),
                             char('a' + (i / 19) % 19), ']'};
        text.append(move, sizeof move);
    }
    text += ")";
    auto g = parse(text);
    std::string out = writeSgf(*g);
    std::istringstream lines(out);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        EXPECT_LE(line.size(), 80u) << line;
        ++count;
    }
    EXPECT_GT(count, 10);
    auto back = parse(out);
    std::string why;
    EXPECT_TRUE(sameTree(*g, *back, &why)) << why;
    // Narrower width, same tree.
    SgfWriteOptions narrow;
    narrow.lineWidth = 20;
    auto back2 = parse(writeSgf(*g, narrow));
    EXPECT_TRUE(sameTree(*g, *back2, &why)) << why;
}

TEST(SgfWriter, CollectionAndEmptyNodes) {
    auto r = readSgf("(;GN[a];;B[aa])(;GN[b])");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(writeSgf(r.games), "(;CA[UTF-8]GN[a]\n;;B[aa])\n(;CA[UTF-8]GN[b])\n");
    auto again = readSgf(writeSgf(r.games));
    ASSERT_EQ(again.games.size(), 2u);
    EXPECT_TRUE(sameTree(*r.games[0], *again.games[0]));
    EXPECT_TRUE(sameTree(*r.games[1], *again.games[1]));
}

TEST(SgfWriter, RoundTripKeepsUnknownPropertiesAndMarkup) {
    const char* text =
        "(;FF[4]GM[1]SZ[19]KM[6.5]AP[x\\:y:1]MULTIGOGM[1]\n"
        ";B[pd]LB[pd:A][dd:long label]TR[aa:bb]C[Hello \\] world\\\\]\n"
        "(;W[dp]ZZ[1][2])(;W[]SBKV[55.1]))";
    auto g = parse(text);
    auto back = parse(writeSgf(*g));
    std::string why;
    EXPECT_TRUE(sameTree(*g, *back, &why)) << why;
    EXPECT_EQ(writeSgf(*back), writeSgf(*g));
}

}  // namespace
}  // namespace m37
