// The client-side parser of lz-analyze / kata-analyze lines: a real
// Leela Zero transcript (tests/data/gtp/leelaz_lz_analyze.txt: leelaz 0.17
// --cpu-only -g on a random 6x64 net, `lz-analyze 10`, `lz-analyze W 20`,
// `lz-analyze B interval 10 minmoves 3`), KataGo's documented example
// lines, round trips through move37's own writers, and malformed input
// (errors, never crashes).
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "engine/go/coord.h"
#include "engine/gtp/gtp_analysis.h"
#include "engine/gtp/gtp_analysis_parser.h"

namespace m37::gtp {
namespace {

std::vector<std::string> transcript() {
    std::ifstream in(std::string(MOVE37_TESTDATA_DIR) + "/gtp/leelaz_lz_analyze.txt");
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

int count(const std::string& s, const std::string& what) {
    int n = 0;
    for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

Loc v19(const char* s) {
    return *parseGtpVertex(s, 19);
}

const AnalysisLineContext kLz19{AnalysisFormat::kLeelaZero, 19, kBlack};
const AnalysisLineContext kKata19{AnalysisFormat::kKataGo, 19, kBlack};

TEST(GtpAnalysisParser, ReadsEveryLineOfARealLeelaZeroTranscript) {
    const auto lines = transcript();
    ASSERT_GT(lines.size(), 20u) << "test data missing";
    int analysisLines = 0, withSeveral = 0;
    for (const std::string& line : lines) {
        if (!isAnalysisLine(line)) {
            EXPECT_TRUE(line.empty() || line[0] == '=') << line;
            continue;
        }
        ++analysisLines;
        ParsedAnalysis p;
        std::string error;
        ASSERT_TRUE(parseAnalysisLine(line, kLz19, &p, &error)) << error << "\n" << line;
        const AnalysisSnapshot& s = p.snapshot;
        ASSERT_EQ(int(s.candidates.size()), count(line, "info move ")) << line;
        int64_t visits = 0;
        for (const CandidateMove& c : s.candidates) {
            visits += c.visits;
            ASSERT_FALSE(c.pv.empty());
            EXPECT_EQ(c.pv.front(), c.move);
            EXPECT_GE(c.winrate, 0.0f);
            EXPECT_LE(c.winrate, 1.0f);
        }
        EXPECT_EQ(s.rootVisits, visits);
        EXPECT_EQ(s.boardSize, 19);
        EXPECT_TRUE(p.ownership.empty());
        if (s.candidates.size() > 1) ++withSeveral;
    }
    EXPECT_GT(analysisLines, 20);
    EXPECT_GT(withSeveral, 0) << "minmoves 3 lines list three candidates";
}

TEST(GtpAnalysisParser, LeelaZeroFieldsAreScaledAndInOrder) {
    // Every field of one real line, checked against its text.
    std::string line;
    for (const std::string& l : transcript())
        if (count(l, "info move ") == 3) {
            line = l;
            break;
        }
    ASSERT_FALSE(line.empty());
    ParsedAnalysis p;
    std::string error;
    ASSERT_TRUE(parseAnalysisLine(line, kLz19, &p, &error)) << error;
    // Reparse the text by hand: "info move M visits V winrate W prior P lcb L order O pv ..."
    std::istringstream in(line);
    std::string word;
    int index = 0;
    while (in >> word) {
        if (word != "info") continue;
        std::string k, move, pvWord;
        int visits, winrate, prior, lcb, order;
        in >> k >> move >> k >> visits >> k >> winrate >> k >> prior >> k >> lcb >> k >> order >>
            k >> pvWord;
        ASSERT_EQ(k, "pv");
        const CandidateMove& c = p.snapshot.candidates[size_t(index)];
        EXPECT_EQ(order, index);
        EXPECT_EQ(c.move, v19(move.c_str()));
        EXPECT_EQ(c.visits, visits);
        EXPECT_FLOAT_EQ(c.winrate, winrate / 10000.0f);
        EXPECT_FLOAT_EQ(c.prior, prior / 10000.0f);
        EXPECT_FLOAT_EQ(c.lcb, lcb / 10000.0f);
        EXPECT_EQ(c.pv.front(), v19(pvWord.c_str()));
        ++index;
    }
    EXPECT_EQ(index, 3);
    EXPECT_FLOAT_EQ(p.snapshot.rootWinrate, p.snapshot.candidates[0].winrate);
}

// The example lines of KataGo's docs/GTP_Extensions.md.
const char* kKataDocLine =
    "info move E4 visits 487 utility -0.0408357 winrate 0.480018 scoreMean -0.611848 scoreStdev "
    "24.7058 scoreLead -0.611848 scoreSelfplay -0.515178 prior 0.221121 lcb 0.477221 utilityLcb "
    "-0.0486664 order 0 pv E4 E3 F3 D3 F4 P4 P3 O3 Q3 O4 K3 Q6 S6 E16 E17 info move P16 visits 470 "
    "utility -0.0414945 winrate 0.479712 scoreMean -0.63075 scoreStdev 24.7179 scoreLead -0.63075 "
    "scoreSelfplay -0.5221 prior 0.220566 lcb 0.47657 utilityLcb -0.0502929 order 1 pv P16 P17 O17 "
    "Q17 O16 E17 H17 D15 C15 D14 C13 D13 C12 D12 info move E16 visits 143 utility -0.0534071 "
    "winrate 0.474509 scoreMean -0.729858 scoreStdev 24.7991 scoreLead -0.729858 scoreSelfplay "
    "-0.735747 prior 0.104652 lcb 0.470674 utilityLcb -0.0641425 order 2 pv E16 P4 P3 O3 Q3 O4 E3 "
    "H3 D5 C5";
const char* kKataDocLzLine =
    "info move E4 visits 1178 winrate 4802 prior 2211 lcb 4781 order 0 pv E4 E3 F3 D3 F4 P4 P3 O3 "
    "Q3 O4 K3 Q6 S6 E16 E17 info move P16 visits 1056 winrate 4796 prior 2206 lcb 4769 order 1 pv "
    "P16 P17 O17 Q17 O16 E16 E17 F17 D17 F16 K17 D14 B14 P3 info move E3 visits 264 winrate 4752 "
    "prior 944 lcb 4722 order 2 pv E3 D5 P16 P17 O17 Q17 O16 E17 H17 D15 C15 D14 info move E16 "
    "visits 262 winrate 4741 prior 1047 lcb 4709 order 3 pv E16 P4 P3 O3 Q3 O4 P16 P17 O17 Q17 O16 "
    "Q14";

TEST(GtpAnalysisParser, ReadsKataGoDocumentationExample) {
    ParsedAnalysis p;
    std::string error;
    ASSERT_TRUE(parseAnalysisLine(kKataDocLine, kKata19, &p, &error)) << error;
    const auto& c = p.snapshot.candidates;
    ASSERT_EQ(c.size(), 3u);
    EXPECT_EQ(c[0].move, v19("E4"));
    EXPECT_EQ(c[0].visits, 487);
    EXPECT_FLOAT_EQ(c[0].winrate, 0.480018f);
    ASSERT_TRUE(c[0].scoreLead);
    EXPECT_FLOAT_EQ(*c[0].scoreLead, -0.611848f);
    EXPECT_FLOAT_EQ(c[0].prior, 0.221121f);
    EXPECT_FLOAT_EQ(c[0].lcb, 0.477221f);
    EXPECT_EQ(c[0].pv.size(), 15u);
    EXPECT_EQ(c[0].pv.back(), v19("E17"));
    EXPECT_EQ(c[1].move, v19("P16"));
    EXPECT_EQ(c[1].pv.size(), 14u);
    EXPECT_EQ(c[2].move, v19("E16"));
    EXPECT_EQ(c[2].pv.size(), 10u);
    EXPECT_EQ(p.snapshot.rootVisits, 487 + 470 + 143);
    EXPECT_FLOAT_EQ(p.snapshot.rootWinrate, 0.480018f);
    ASSERT_TRUE(p.snapshot.rootScoreLead);
    EXPECT_FLOAT_EQ(*p.snapshot.rootScoreLead, -0.611848f);

    ASSERT_TRUE(parseAnalysisLine(kKataDocLzLine, kLz19, &p, &error)) << error;
    ASSERT_EQ(p.snapshot.candidates.size(), 4u);
    EXPECT_EQ(p.snapshot.candidates[3].move, v19("E16"));
    EXPECT_FLOAT_EQ(p.snapshot.candidates[3].prior, 0.1047f);
    EXPECT_FALSE(p.snapshot.candidates[0].scoreLead);
}

TEST(GtpAnalysisParser, KataGoOwnershipRootInfoAndNewKeys) {
    // 9x9 with `ownership true`, rootInfo and keys of later KataGo versions.
    std::string line =
        "info move pass visits 3 edgeVisits 3 utility 0.1 winrate 0.55 scoreMean 1.5 scoreLead "
        "1.25 prior 0.01 humanPrior 0.002 lcb -0.3 utilityLcb -0.9 weight 3.0 order 1 pv pass E5 "
        "pvVisits 3 1 info move E5 visits 10 winrate 0.6 scoreLead 2.5 prior 0.5 lcb 0.5 order 0 "
        "isSymmetryOf D5 pv E5 rootInfo visits 14 winrate 0.58 scoreLead 2 utility 0.2 ownership";
    for (int i = 0; i < 81; ++i) line += i % 2 ? " 0.5" : " -1";
    ParsedAnalysis p;
    std::string error;
    ASSERT_TRUE(parseAnalysisLine(line, {AnalysisFormat::kKataGo, 9, kWhite}, &p, &error)) << error;
    const auto& c = p.snapshot.candidates;
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].move, *parseGtpVertex("E5", 9)) << "sorted by order";
    EXPECT_EQ(c[1].move, kPassLoc);
    EXPECT_EQ(c[1].pv.size(), 2u);
    ASSERT_TRUE(c[1].humanPrior);
    EXPECT_FLOAT_EQ(*c[1].humanPrior, 0.002f);
    EXPECT_FLOAT_EQ(c[1].lcb, -0.3f);
    EXPECT_FLOAT_EQ(*c[1].scoreLead, 1.25f) << "scoreLead wins over scoreMean";
    EXPECT_EQ(p.snapshot.rootVisits, 14);
    EXPECT_FLOAT_EQ(p.snapshot.rootWinrate, 0.58f);
    EXPECT_FLOAT_EQ(*p.snapshot.rootScoreLead, 2.0f);
    EXPECT_EQ(p.snapshot.toMove, kWhite);
    ASSERT_EQ(p.ownership.size(), 81u);
    EXPECT_FLOAT_EQ(p.ownership[0], -1.0f);
    EXPECT_FLOAT_EQ(p.ownership[80], -1.0f);
    EXPECT_FLOAT_EQ(p.ownership[1], 0.5f);
    ASSERT_EQ(p.snapshot.ownership.size(), 81u);
    EXPECT_FLOAT_EQ(p.snapshot.ownership[0], 1.0f) << "White to move: Black's view is negated";

    // One value short.
    const std::string shortLine = line.substr(0, line.rfind(' '));
    EXPECT_FALSE(parseAnalysisLine(shortLine, {AnalysisFormat::kKataGo, 9, kWhite}, &p, &error));
    EXPECT_NE(error.find("expected 81 values, got 80"), std::string::npos) << error;
}

// move37's own writers (the GTP server's lz-/kata-analyze) read back.
TEST(GtpAnalysisParser, RoundTripsMove37Lines) {
    AnalysisSnapshot s;
    s.boardSize = 13;
    auto v = [](const char* t) { return *parseGtpVertex(t, 13); };
    s.candidates.push_back({v("D4"), 120, 0.625f, 3.5f, 0.25f, 0.125f, 0.5f, {v("D4"), v("K10")}});
    s.candidates.push_back({kPassLoc, 7, 0.25f, -1.5f, 0.0625f, std::nullopt, 0.0f, {kPassLoc}});
    s.candidates.push_back({v("K10"), 0, 0.5f, std::nullopt, 0.5f, std::nullopt, 0, {v("K10")}});
    for (AnalysisFormat f : {AnalysisFormat::kLeelaZero, AnalysisFormat::kKataGo}) {
        const bool kata = f == AnalysisFormat::kKataGo;
        const std::string line = kata ? kataInfoLine(s, 3, 0) : lzInfoLine(s, 3, 0);
        ParsedAnalysis p;
        std::string error;
        ASSERT_TRUE(parseAnalysisLine(line, {f, 13, kBlack}, &p, &error)) << error << "\n" << line;
        ASSERT_EQ(p.snapshot.candidates.size(), 3u) << line;
        for (size_t i = 0; i < 3; ++i) {
            const CandidateMove& a = s.candidates[i];
            const CandidateMove& b = p.snapshot.candidates[i];
            EXPECT_EQ(a.move, b.move) << line;
            EXPECT_EQ(a.visits, b.visits);
            EXPECT_NEAR(a.prior, b.prior, 1e-4);
            EXPECT_EQ(a.pv, b.pv);
            if (a.visits > 0) {
                EXPECT_NEAR(a.winrate, b.winrate, 1e-4);
            }
            if (kata && a.scoreLead) {
                EXPECT_NEAR(*a.scoreLead, *b.scoreLead, 1e-4);
            }
            if (kata) {
                EXPECT_EQ(a.humanPrior.has_value(), b.humanPrior.has_value());
            }
        }
    }
}

TEST(GtpAnalysisParser, MalformedLinesAreErrorsThatSayWhere) {
    struct Case {
        AnalysisFormat format;
        const char* line;
        const char* says;
    };
    const AnalysisFormat lz = AnalysisFormat::kLeelaZero, kata = AnalysisFormat::kKataGo;
    const Case cases[] = {
        {lz, "banana", "token 1 'banana': expected 'info'"},
        {lz, "info move Z99 visits 1", "token 3 'Z99'"},
        {lz, "info move D4 visits -1", "token 5 '-1': expected a visit count"},
        {lz, "info move D4 visits 10 winrate 12000", "expected an integer 0..10000"},
        {lz, "info move D4 visits 10 winrate 0.5", "token 7 '0.5'"},
        {kata, "info move D4 visits 10 winrate nan", "between 0 and 1"},
        {kata, "info move D4 visits 10 winrate 1.5", "between 0 and 1"},
        {lz, "info visits 10 winrate 5000", "without 'move'"},
        {lz, "info move D4 winrate 5000", "without 'visits'"},
        {lz, "info move D4 visits", "token 4 'visits': a value must follow"},
        {lz, "info move D4 visits info move Q16 visits 2", "a value must follow"},
        {lz, "info move D4 visits 1 pv D4 Q20", "token 8 'Q20': not a vertex"},
        {lz, "info move D4 visits 1 scoreLead 3", "KataGo output"},
        {lz, "info move D4 visits 1 info move D4 visits 2", "listed twice"},
        {kata, "info move D4 visits 1 ownership 0.5", "expected 361 values"},
        {kata, "info move D4 visits 1 ownership 2 0", "ownership value in [-1, 1]"},
        {lz, "info move D4 visits 1 order x", "expected an order"},
        {kata, "rootInfo visits", "a value must follow"},
    };
    for (const Case& c : cases) {
        ParsedAnalysis p;
        std::string error;
        EXPECT_FALSE(parseAnalysisLine(c.line, {c.format, 19, kBlack}, &p, &error)) << c.line;
        EXPECT_NE(error.find(c.says), std::string::npos) << c.line << "\n -> " << error;
    }
    ParsedAnalysis p;
    std::string error;
    EXPECT_TRUE(parseAnalysisLine("", kLz19, &p, &error));
    EXPECT_TRUE(p.snapshot.candidates.empty());
    EXPECT_FALSE(parseAnalysisLine("info move A1 visits 1", {AnalysisFormat::kLeelaZero, 0, kBlack},
                                   &p, &error));
    EXPECT_FALSE(isAnalysisLine("= D4"));
    EXPECT_FALSE(isAnalysisLine("play D4"));
    EXPECT_TRUE(isAnalysisLine("info move D4 visits 1"));
    EXPECT_TRUE(isAnalysisLine("  ownership 0.1"));
}

// Truncations and byte flips of real lines: each is read or refused with an
// error, never a crash (the fuzz target goes further).
TEST(GtpAnalysisParser, DamagedLinesNeverCrash) {
    std::vector<std::string> lines = {kKataDocLine, kKataDocLzLine};
    for (const std::string& l : transcript())
        if (isAnalysisLine(l) && lines.size() < 8) lines.push_back(l);
    std::mt19937 rng(37);
    const char noise[] = " \t0123456789.-+eEinfomvpassAZz\x01\xff";
    int refused = 0, read = 0;
    for (const std::string& line : lines) {
        for (AnalysisFormat f : {AnalysisFormat::kLeelaZero, AnalysisFormat::kKataGo}) {
            for (size_t cut = 0; cut < line.size(); cut += 7) {
                ParsedAnalysis p;
                std::string error;
                const bool ok = parseAnalysisLine(line.substr(0, cut), {f, 19, kBlack}, &p, &error);
                ok ? ++read : ++refused;
                if (!ok) {
                    EXPECT_FALSE(error.empty());
                }
            }
            for (int k = 0; k < 200; ++k) {
                std::string damaged = line;
                for (int j = 0; j < 3; ++j)
                    damaged[rng() % damaged.size()] = noise[rng() % (sizeof(noise) - 1)];
                ParsedAnalysis p;
                std::string error;
                const bool ok = parseAnalysisLine(damaged, {f, 19, kBlack}, &p, &error);
                ok ? ++read : ++refused;
                if (!ok) {
                    EXPECT_FALSE(error.empty()) << damaged;
                }
                if (ok) {
                    for (const CandidateMove& c : p.snapshot.candidates)
                        EXPECT_TRUE(c.move == kPassLoc || (c.move >= 0 && c.move < 21 * 21));
                }
            }
        }
    }
    EXPECT_GT(refused, 0);
    EXPECT_GT(read, 0);
}

}  // namespace
}  // namespace m37::gtp
