// Reading games written in various charsets (files made with iconv from
// UTF-8 text; see tests/data/sgf/charset/), and the converter itself.
#include "engine/sgf/sgf_charset.h"

#include <gtest/gtest.h>

#include "engine/sgf/sgf_reader.h"

namespace m37 {
namespace {

const std::string kDir = std::string(MOVE37_TESTDATA_DIR) + "/sgf/charset/";

struct Case {
    const char* file;
    const char* text;  // expected PB and C, in UTF-8
    const char* charset;
    const char* warning;  // expected part of a warning, "" for none
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.file;
}

class SgfCharsetFiles : public testing::TestWithParam<Case> {};

TEST_P(SgfCharsetFiles, DecodedToUtf8) {
    const Case& c = GetParam();
    auto r = readSgfFile(kDir + c.file);
    ASSERT_TRUE(r.ok()) << c.file;
    ASSERT_EQ(r.games.size(), 1u);
    const SgfNode& root = *r.games[0];
    EXPECT_EQ(root.value("PB"), c.text) << c.file;
    EXPECT_EQ(root.value("C"), c.text) << c.file;
    EXPECT_EQ(root.value("CA"), "UTF-8");
    EXPECT_EQ(root.child(0)->value("B"), "cc");
    EXPECT_EQ(r.charsets[0], c.charset);
    if (std::string(c.warning).empty()) {
        EXPECT_TRUE(r.diagnostics.empty()) << c.file << ": " << r.diagnostics[0].message;
    } else {
        ASSERT_EQ(r.diagnostics.size(), 1u) << c.file;
        EXPECT_NE(r.diagnostics[0].message.find(c.warning), std::string::npos)
            << r.diagnostics[0].message;
        EXPECT_FALSE(r.diagnostics[0].isError);
        EXPECT_EQ(r.diagnostics[0].line, 1);
        EXPECT_EQ(r.diagnostics[0].column, 2);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Files, SgfCharsetFiles,
    testing::Values(Case{"latin1.sgf", "Café Müller", "ISO-8859-1", ""},
                    Case{"gb2312.sgf", "中文棋谱", "GB18030", ""},
                    Case{"gbk.sgf", "圍棋中文", "GB18030", ""},
                    Case{"gb18030.sgf", "中文棋谱", "GB18030", ""},
                    // 許 is B3 5C in Big5: the 5C ('\') is not an escape.
                    Case{"big5.sgf", "許多圍棋", "CP950", ""},
                    // 表 is 95 5C in Shift_JIS.
                    Case{"shiftjis.sgf", "表示と囲碁", "CP932", ""},
                    Case{"euckr.sgf", "바둑 기보", "CP949", ""},
                    Case{"utf8.sgf", "囲碁 바둑 Café", "UTF-8", ""},
                    Case{"utf8-noca.sgf", "囲碁 Café", "UTF-8", ""},
                    Case{"latin1-noca.sgf", "Café Müller", "ISO-8859-1", "no CA property"},
                    Case{"utf8-labelled-latin1.sgf", "Café Müller", "ISO-8859-1",
                         "not valid UTF-8"},
                    Case{"unknown-charset.sgf", "Café", "UTF-8", "unknown charset"}),
    [](const testing::TestParamInfo<Case>& info) {
        std::string n = info.param.file;
        n = n.substr(0, n.find('.'));
        for (char& ch : n)
            if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
        return n;
    });

TEST(SgfCharset, CanonicalNames) {
    EXPECT_EQ(SgfCharset::canonicalName("utf8"), "UTF-8");
    EXPECT_EQ(SgfCharset::canonicalName(" latin1 "), "ISO-8859-1");
    EXPECT_EQ(SgfCharset::canonicalName("gb2312"), "GB18030");
    EXPECT_EQ(SgfCharset::canonicalName("Big5"), "CP950");
    EXPECT_EQ(SgfCharset::canonicalName("sjis"), "CP932");
    EXPECT_EQ(SgfCharset::canonicalName("euc-kr"), "CP949");
    EXPECT_EQ(SgfCharset::canonicalName("koi8-r"), "KOI8-R");
}

TEST(SgfCharset, ConvertsAndReplacesInvalidSequences) {
    SgfCharset cs;
    ASSERT_TRUE(cs.open("koi8-r"));
    std::string out;
    EXPECT_EQ(cs.convert("\xE7\xCF", out), 0);
    EXPECT_EQ(out, "Го");
    ASSERT_TRUE(cs.open("UTF-8"));
    EXPECT_EQ(cs.convert("a\xFF"
                         "b",
                         out),
              1);
    EXPECT_EQ(out,
              "a\xEF\xBF\xBD"
              "b");
    ASSERT_TRUE(cs.open("Shift_JIS"));
    EXPECT_EQ(cs.convert("\x95", out), 1);  // truncated
    EXPECT_FALSE(cs.open("no-such-charset"));
    EXPECT_TRUE(SgfCharset::isValidUtf8("héllo"));
    EXPECT_FALSE(SgfCharset::isValidUtf8("\xC0\x80"));      // overlong
    EXPECT_FALSE(SgfCharset::isValidUtf8("\xED\xA0\x80"));  // surrogate
}

TEST(SgfCharset, MislabelledDoubleByteFileStillReads) {
    // Declared GBK but really UTF-8 ending a value with a lead-like byte:
    // the double-byte scan would swallow ']', so the reader retries.
    auto r = readSgf("(;CA[GBK]C[中];B[aa])");
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_FALSE(r.hasErrors());
    ASSERT_NE(r.games[0]->child(0), nullptr);
    EXPECT_EQ(r.games[0]->child(0)->value("B"), "aa");
    EXPECT_EQ(r.games[0]->value("C"), "中");
    EXPECT_EQ(r.charsets[0], "UTF-8");
    // Not valid UTF-8 and the double-byte scan swallows ']': retried.
    r = readSgf("(;CA[GBK]C[\xFF\xE4\xB8\xAD])");
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_FALSE(r.hasErrors());
}

TEST(SgfCharset, LastInvalidUtf8) {
    EXPECT_EQ(SgfCharset::lastInvalidUtf8("héllo"), std::string_view::npos);
    EXPECT_EQ(SgfCharset::lastInvalidUtf8("a\xFF\x62\x95(c"), 3u);  // \x62 is 'b'
    EXPECT_EQ(SgfCharset::lastInvalidUtf8("(\xE4\xB8"), 2u);        // truncated: 2 bytes ill-formed
}

// Found by sgf_fuzz (tests/data/sgf/fuzz/rest-read-alone.sgf): the scanning
// charset of every game came from the file's first CA, so a game after a
// Shift_JIS one split differently when read alone (as the app reads the
// games after the first). Each game is now scanned by its own CA.
TEST(SgfCharset, EachGameIsScannedByItsOwnCharset) {
    // 0x83 is a Shift_JIS lead byte: scanned as Shift_JIS, the second game's
    // value would take its ']' as a trailing byte and swallow the third game.
    const std::string bytes = "(;CA[Shift_JIS]C[\x83\x5C])(;C[\x83])(;B[aa])";
    const SgfReadResult all = readSgf(bytes);
    ASSERT_EQ(all.games.size(), 3u);
    EXPECT_FALSE(all.hasErrors());
    EXPECT_EQ(all.charsets[0], "CP932");
    SgfReadOptions firstOnly;
    firstOnly.maxGames = 1;
    const SgfReadResult first = readSgf(bytes, firstOnly);
    ASSERT_EQ(first.games.size(), 1u);
    EXPECT_EQ(first.unreadGames, 2);
    const SgfReadResult rest = readSgf(std::string_view(bytes).substr(first.unreadOffset));
    ASSERT_EQ(rest.games.size(), 2u);
    EXPECT_EQ(rest.games[0]->value("C"), all.games[1]->value("C"));
    // Mislabelled UTF-8 is decided from each game on too.
    const SgfReadResult mixed = readSgf("(;CA[GBK]C[\xB2\xE2])(;CA[GBK]C[中];B[aa])");
    ASSERT_EQ(mixed.games.size(), 2u);
    EXPECT_FALSE(mixed.hasErrors());
    EXPECT_EQ(mixed.games[1]->value("C"), "中");
}

}  // namespace
}  // namespace m37
