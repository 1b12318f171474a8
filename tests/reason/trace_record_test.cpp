// Trace dataset records: round trip, a partial last record (a killed run),
// errors that name the line, and the record's position.
#include "engine/reason/trace_record.h"

#include <gtest/gtest.h>

#include "reason_test_util.h"

namespace m37::reason {
namespace {

using test::at;

TraceRecord sample(const std::string& source) {
    TraceRecord r;
    r.source = source;
    r.boardSize = 9;
    r.rules = *Rules::preset("chinese");
    r.moves = {{kBlack, at("E5")}, {kWhite, at("C3")}, {kBlack, kPassLoc}};
    r.toMove = kWhite;
    r.visits = 200;
    r.evaluator = "best.m37";
    r.think = "<think>\nto move: white.\nconclusion: D4, black 40%.\n</think>\n<answer>D4</answer>";
    return r;
}

TEST(TraceRecord, RoundTripsAFile) {
    std::string text = traceFileHeader() + serializeTraceRecord(sample("a#1@3")) +
                       serializeTraceRecord(sample("a#2@7"));
    std::string error;
    size_t cut = 0;
    auto records = parseTraceFile(text, "t.txt", &error, &cut);
    ASSERT_TRUE(records.has_value()) << error;
    ASSERT_EQ(records->size(), 2u);
    EXPECT_EQ((*records)[0], sample("a#1@3"));
    EXPECT_EQ((*records)[1].source, "a#2@7");
    EXPECT_EQ(cut, text.size());
    auto g = tracePosition((*records)[0], &error);
    ASSERT_TRUE(g.has_value()) << error;
    EXPECT_EQ(g->toMove(), kWhite);
    EXPECT_EQ(g->board().at(at("C3")), kWhite);
}

TEST(TraceRecord, DropsAPartialLastRecord) {
    std::string whole = traceFileHeader() + serializeTraceRecord(sample("a#1@3"));
    std::string second = serializeTraceRecord(sample("a#2@7"));
    for (size_t keep : {size_t(1), size_t(20), second.size() - 1}) {
        std::string text = whole + second.substr(0, keep);
        std::string error;
        size_t cut = 0;
        auto records = parseTraceFile(text, "t.txt", &error, &cut);
        ASSERT_TRUE(records.has_value()) << keep << ": " << error;
        EXPECT_EQ(records->size(), 1u);
        EXPECT_EQ(cut, whole.size());
    }
}

TEST(TraceRecord, ErrorsNameTheLine) {
    std::string text = traceFileHeader() + serializeTraceRecord(sample("a#1@3"));
    std::string bad = text;
    bad.replace(bad.find("to-move white"), 13, "to-move green");
    std::string error;
    EXPECT_FALSE(parseTraceFile(bad, "t.txt", &error).has_value());
    EXPECT_EQ(error, "t.txt:7: expected 'to-move black' or 'to-move white'");
    EXPECT_FALSE(parseTraceFile("hello\n", "t.txt", &error).has_value());
    EXPECT_EQ(error, "t.txt:1: expected 'move37-reason-traces 1'");
    TraceRecord illegal = sample("x");
    illegal.moves.push_back({kWhite, at("E5")});
    EXPECT_FALSE(tracePosition(illegal, &error).has_value());
    EXPECT_EQ(error, "x: move 4 (E5): point occupied");
}

}  // namespace
}  // namespace m37::reason
