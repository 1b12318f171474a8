// The trace writer: from hand-made snapshots (candidates, readings,
// reflections) and from a real rollout search of a 9x9 capture, and the
// whole pipeline trace -> text -> parse -> verify.
#include "engine/reason/trace_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "engine/reason/think_block.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/trace_search.h"
#include "engine/reason/verifier.h"
#include "reason_test_util.h"

namespace m37::reason {
namespace {

using test::at;

CandidateMove cand(const char* move, int visits, float winrate, std::vector<const char*> pv) {
    CandidateMove c;
    c.move = at(move);
    c.visits = visits;
    c.winrate = winrate;
    c.pv.push_back(c.move);
    for (const char* m : pv) c.pv.push_back(at(m));
    return c;
}

const Step* find(const ThinkBlock& b, StepKind k, size_t nth = 0) {
    for (const Step& s : b.steps)
        if (s.kind == k && nth-- == 0) return &s;
    return nullptr;
}

// A search of captureTwo() whose choice comes first (by LCB) while B3 has
// the most visits; A1 has few, H8 none.
AnalysisSnapshot choiceAndMostVisited() {
    AnalysisSnapshot s;
    s.boardSize = 9;
    s.candidates = {cand("E4", 300, 0.8f, {"G5", "F4"}), cand("B3", 400, 0.6f, {"B4"}),
                    cand("A1", 10, 0.2f, {}), cand("H8", 0, 0.5f, {})};
    return s;
}

TEST(TraceWriter, CandidatesReadingsAndConclusionFromASnapshot) {
    GameState g = test::captureTwo();
    const AnalysisSnapshot s = choiceAndMostVisited();
    TraceParams p;
    p.maxCandidates = 2;
    ThinkBlock b = writeTrace(g, s, p);
    const Step* c = find(b, StepKind::kCandidates);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->candidates, (std::vector<Loc>{at("B3"), at("E4")}));
    const Step* r = find(b, StepKind::kReading);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->move, at("B3"));
    EXPECT_EQ(r->continuation, (std::vector<PlayedMove>{{kWhite, at("B4")}}));
    EXPECT_EQ(r->blackPercent(), 60);
    EXPECT_EQ(b.steps.back().kind, StepKind::kConclusion);
    EXPECT_EQ(b.steps.back().move, at("E4"));
    EXPECT_EQ(b.steps.back().blackPercent(), 80);
    EXPECT_EQ(b.answer, at("E4"));
    // White to move: claims are still written as Black's winrate.
    GameState w = g;
    w.setToMove(kWhite);
    AnalysisSnapshot ws = s;
    ws.toMove = kWhite;
    ws.candidates = {cand("E4", 300, 0.7f, {})};
    ThinkBlock wb = writeTrace(w, ws, p);
    EXPECT_EQ(wb.steps.front().side, kWhite);
    EXPECT_EQ(wb.steps.back().blackPercent(), 30);
}

// The head of a think block from visits alone (a self-play chunk's recorded
// search): the trace's own opening, candidates and all, and nothing after.
TEST(TraceWriter, HeadFromRecordedVisitsIsTheTracesOpening) {
    GameState g = test::captureTwo();
    const AnalysisSnapshot s = choiceAndMostVisited();
    TraceParams p;
    p.maxCandidates = 2;
    const ThinkBlock full = writeTrace(g, s, p);
    AnalysisSnapshot visitsOnly = s;
    for (CandidateMove& c : visitsOnly.candidates) c.pv.clear();
    const ThinkBlock head = writeTraceHead(g, visitsOnly, p);
    ASSERT_FALSE(head.steps.empty());
    EXPECT_EQ(head.steps.back().kind, StepKind::kCandidates);
    EXPECT_EQ(head.steps.back().candidates, (std::vector<Loc>{at("B3"), at("E4")}));
    EXPECT_FALSE(head.answer);
    ASSERT_NE(find(head, StepKind::kFact), nullptr);  // captureTwo has a capture to state
    const std::vector<Step> opening(full.steps.begin(),
                                    full.steps.begin() + long(head.steps.size()));
    EXPECT_EQ(head.steps, opening);
    // The text: the full block's up to its readings, with no close.
    const std::string text = writeThinkHead(head), whole = writeThinkBlock(full);
    EXPECT_EQ(whole.rfind(text, 0), 0u) << text;
    EXPECT_EQ(whole.substr(text.size(), 4), "try ");
    EXPECT_EQ(text.find("</think>"), std::string::npos);
    EXPECT_TRUE(Tokenizer::instance().encodeStrict(text));
    // An occupied point is no candidate; none left: no candidates step.
    AnalysisSnapshot occupied;
    occupied.boardSize = 9;
    occupied.candidates = {cand("D5", 50, 0.5f, {}), cand("B3", 40, 0.5f, {})};
    EXPECT_EQ(writeTraceHead(g, occupied, p).steps.back().candidates, (std::vector<Loc>{at("B3")}));
    occupied.candidates.pop_back();
    EXPECT_NE(writeTraceHead(g, occupied, p).steps.back().kind, StepKind::kCandidates);
}

TEST(TraceWriter, ReflectsWhenTheDeepReadingChangedTheEvaluation) {
    GameState g = test::captureTwo();
    AnalysisSnapshot shallow, deep;
    shallow.candidates = {cand("B3", 40, 0.58f, {"B4", "A4", "B5"})};
    deep.candidates = {cand("B3", 400, 0.41f, {"B4", "A4", "A5", "A3"})};
    ThinkBlock b = writeTrace(g, deep, TraceParams{}, &shallow);
    const Step* first = find(b, StepKind::kReading);
    const Step* wait = find(b, StepKind::kReflection);
    ASSERT_NE(first, nullptr);
    ASSERT_NE(wait, nullptr);
    EXPECT_EQ(first->blackPercent(), 58);
    EXPECT_EQ(first->continuation.back(), (PlayedMove{kWhite, at("B5")}));
    EXPECT_EQ(wait->blackPercent(), 41);
    EXPECT_EQ(wait->after, (std::vector<PlayedMove>{{kWhite, at("B4")}, {kBlack, at("A4")}}));
    EXPECT_EQ(wait->refutation, (PlayedMove{kWhite, at("A5")}));
    EXPECT_EQ(writeStep(*wait, 9),
              "wait, after W B4 B A4 white has A5: try B3: W B4 B A4 W A5 B A3 -> black 41%.");
    // A small change earns no reflection.
    shallow.candidates[0].winrate = 0.45f;
    EXPECT_EQ(find(writeTrace(g, deep, TraceParams{}, &shallow), StepKind::kReflection), nullptr);
}

TEST(TraceWriter, CutsReadingsAtTheLimitAndAtAnIllegalMove) {
    GameState g = test::captureTwo();
    AnalysisSnapshot s;
    s.candidates = {cand("B3", 10, 0.5f, {"B4", "A4", "A5", "A3", "A2", "A1", "B1"}),
                    cand("A1", 5, 0.5f, {"A2", "A2"})};
    TraceParams p;
    p.maxReadingMoves = 4;
    ThinkBlock b = writeTrace(g, s, p);
    EXPECT_EQ(find(b, StepKind::kReading, 0)->continuation.size(), 3u);
    EXPECT_EQ(find(b, StepKind::kReading, 1)->continuation.size(), 1u);  // A2 twice
}

TEST(TraceWriter, TacticalFactsOfACapture) {
    std::vector<Fact> f = tacticalFacts(test::captureTwo(), 4);
    ASSERT_GE(f.size(), 2u);
    EXPECT_EQ(f[0], (Fact{FactKind::kCapture, kBlack, at("E4"), 2}));
    EXPECT_EQ(f[1], (Fact{FactKind::kAtari, kWhite, at("D5"), 1}));
}

// A rollout search of the 9x9 capture: its trace states the capture, reads
// it legally, concludes with it, and survives text, tokens and the verifier.
class RolloutTrace : public ::testing::Test {
  protected:
    void SetUp() override {
        search = runSearch();
        block = writeTrace(g, search.deep, traceParams(), &search.shallow);
        text = writeThinkBlock(block);
    }
    TraceSearch runSearch() {
        SearchParams p;
        p.threads = 1;
        p.seed = 7;
        Mcts m(p);
        return searchForTrace(m, g, 1600, 200);
    }
    // The claims are searches of 1600 rollouts from each line's end.
    TraceParams traceParams() {
        SearchParams p;
        p.threads = 1;
        p.seed = 5;
        lineSearch = std::make_unique<Mcts>(p);
        TraceParams tp;
        tp.lineEvaluator = searchEvaluator(*lineSearch, 1600);
        return tp;
    }
    std::unique_ptr<Mcts> lineSearch;
    GameState g = test::captureTwo();
    TraceSearch search;
    ThinkBlock block;
    std::string text;
};

TEST_F(RolloutTrace, StatesTheFactAndReadsLegally) {
    EXPECT_NE(text.find("fact: black can capture 2 stones at E4."), std::string::npos) << text;
    EXPECT_NE(text.find("fact: white D5 in atari (1 liberty)."), std::string::npos) << text;
    EXPECT_EQ(block.answer, at("E4")) << text;
    const Step* r = find(block, StepKind::kReading);
    ASSERT_NE(r, nullptr) << text;
    EXPECT_FALSE(r->continuation.empty()) << text;
    EXPECT_TRUE(playVariation(g, r->variation(kBlack)).has_value()) << text;
}

TEST_F(RolloutTrace, IsDeterministic) {
    TraceSearch again = runSearch();
    EXPECT_EQ(writeThinkBlock(writeTrace(g, again.deep, traceParams(), &again.shallow)), text);
}

TEST_F(RolloutTrace, PipelineTextTokensParseVerify) {
    const Tokenizer& t = Tokenizer::instance();
    std::string error;
    auto ids = t.encodeStrict(text, &error);
    ASSERT_TRUE(ids.has_value()) << error;
    EXPECT_EQ(t.decode(*ids), text);
    ParseResult parsed = parseThinkBlock(t.decode(*ids), 9);
    ASSERT_TRUE(parsed.ok()) << parsed.errorText() << "\n" << text;
    EXPECT_EQ(parsed.block, block);

    SearchParams p;
    p.threads = 1;
    p.seed = 11;
    Mcts judge(p);
    VerifierParams vp;  // two searches of 1600 rollouts with other seeds: within 10%
    const CandidateMove& best = search.deep.candidates[0];
    Verification v = verify(g, parsed, searchEvaluator(judge, 1600), vp,
                            RootReference{best.move, best.winrate, {}});
    for (const StepBadge& b : v.steps) {
        EXPECT_TRUE(b.legal) << "line " << b.line << ": " << b.legalityText() << "\n" << text;
        EXPECT_TRUE(b.withinTolerance || b.superseded)
            << "line " << b.line << ": " << b.claimText() << "\n"
            << text;
        EXPECT_TRUE(b.truthful) << "line " << b.line << "\n" << text;
    }
    EXPECT_EQ(v.legalPassed, v.legalChecks);
    EXPECT_DOUBLE_EQ(v.format, 1.0);
    EXPECT_DOUBLE_EQ(v.faithfulness, 1.0);
    EXPECT_DOUBLE_EQ(v.accuracy, 1.0);
}

}  // namespace
}  // namespace m37::reason
