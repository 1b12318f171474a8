#include "engine/reason/trace_writer.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "engine/reason/verifier.h"

namespace m37::reason {

namespace {

int blackPercentOf(float moverWinrate, Color toMove) {
    float b = toMove == kBlack ? moverWinrate : 1 - moverWinrate;
    return int(std::lround(std::clamp(b, 0.f, 1.f) * 100));
}

// The longest legal prefix of pv (at most maxMoves) as a try move and its
// continuation; false when even the first move is illegal.
bool readingFrom(const GameState& pos, const std::vector<Loc>& pv, Loc first, int maxMoves,
                 Step& s) {
    std::vector<Loc> line = pv;
    if (line.empty() || line.front() != first) line.insert(line.begin(), first);
    GameState g = pos;
    s.move = first;
    s.continuation.clear();
    for (size_t k = 0; k < line.size() && int(k) < maxMoves; ++k) {
        Color c = g.toMove();
        if (g.play(line[k], c) != MoveError::kNone) {
            if (k == 0) return false;
            break;
        }
        if (k > 0) s.continuation.push_back({c, line[k]});
        if (g.gameOver()) break;
    }
    return true;
}

// A block's opening steps: the side to move and the tactical facts.
ThinkBlock openBlock(const GameState& position, const TraceParams& params) {
    ThinkBlock block;
    block.boardSize = position.size();
    Step side;
    side.kind = StepKind::kSide;
    side.side = position.toMove();
    block.steps.push_back(side);
    for (const Fact& f : tacticalFacts(position, params.maxFacts)) {
        Step s;
        s.kind = StepKind::kFact;
        s.fact = f;
        block.steps.push_back(s);
    }
    return block;
}

// The candidates a trace weighs: top K by visits (stable on the snapshot's
// order) among those with enough visits, plus the search's choice
// (candidates[0]) when it is not among them.
std::vector<const CandidateMove*> traceCandidates(const AnalysisSnapshot& deep,
                                                  const TraceParams& params) {
    std::vector<const CandidateMove*> cands;
    int mostVisits = 0;
    for (const CandidateMove& c : deep.candidates) mostVisits = std::max(mostVisits, c.visits);
    const int floor =
        std::max({1, params.minVisits, int(std::ceil(params.minVisitShare * float(mostVisits)))});
    for (const CandidateMove& c : deep.candidates)
        if (c.visits >= floor) cands.push_back(&c);
    std::stable_sort(
        cands.begin(), cands.end(),
        [](const CandidateMove* a, const CandidateMove* b) { return a->visits > b->visits; });
    if (int(cands.size()) > params.maxCandidates)
        cands.resize(size_t(std::max(1, params.maxCandidates)));
    if (!deep.candidates.empty() && deep.candidates[0].visits > 0 &&
        std::find(cands.begin(), cands.end(), &deep.candidates[0]) == cands.end())
        cands.push_back(&deep.candidates[0]);
    return cands;
}

}  // namespace

std::vector<Fact> tacticalFacts(const GameState& position, int maxFacts) {
    const Board& b = position.board();
    const int n = b.size();
    const Color me = position.toMove();
    std::vector<Fact> captures, ataris, twos;
    std::set<Loc> seenChains, seenCaptures;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            Loc l = b.loc(x, y);
            Color c = b.at(l);
            if (c != kBlack && c != kWhite) continue;
            if (!seenChains.insert(b.chainHead(l)).second) continue;
            // l is the chain's first stone in reading order (top-left first).
            int libs = b.libs(l);
            if (libs == 1) {
                ataris.push_back({FactKind::kAtari, c, l, 1});
                if (c == opponent(me)) {
                    Loc lib = b.chainLiberties(l).front();
                    if (!seenCaptures.count(lib) && position.check(lib, me) == MoveError::kNone) {
                        Board after = b;
                        int taken = after.play(lib, me);
                        if (taken > 0) {
                            seenCaptures.insert(lib);
                            captures.push_back({FactKind::kCapture, me, lib, taken});
                        }
                    }
                }
            } else if (libs == 2 && b.chainSize(l) >= 2) {
                twos.push_back({FactKind::kLiberties, c, l, 2});
            }
        }
    auto bySize = [&](const Fact& a, const Fact& c) {
        int sa = a.kind == FactKind::kCapture ? a.count : b.chainSize(a.point);
        int sc = c.kind == FactKind::kCapture ? c.count : b.chainSize(c.point);
        return sa > sc;
    };
    std::stable_sort(captures.begin(), captures.end(), bySize);
    std::stable_sort(ataris.begin(), ataris.end(), bySize);
    std::stable_sort(twos.begin(), twos.end(), bySize);
    std::vector<Fact> out;
    for (auto* list : {&captures, &ataris, &twos})
        for (const Fact& f : *list)
            if (int(out.size()) < maxFacts) out.push_back(f);
    return out;
}

ThinkBlock writeTraceHead(const GameState& position, const AnalysisSnapshot& search,
                          const TraceParams& params) {
    ThinkBlock block = openBlock(position, params);
    Step cs;
    cs.kind = StepKind::kCandidates;
    for (const CandidateMove* c : traceCandidates(search, params))
        if (position.check(c->move, position.toMove()) == MoveError::kNone)
            cs.candidates.push_back(c->move);
    if (!cs.candidates.empty()) block.steps.push_back(cs);
    return block;
}

ThinkBlock writeTrace(const GameState& position, const AnalysisSnapshot& deep,
                      const TraceParams& params, const AnalysisSnapshot* shallow) {
    ThinkBlock block = openBlock(position, params);
    const Color me = position.toMove();
    const std::vector<const CandidateMove*> cands = traceCandidates(deep, params);

    std::vector<Step> readings;
    for (const CandidateMove* c : cands) {
        Step r;
        r.kind = StepKind::kReading;
        if (!readingFrom(position, c->pv, c->move, params.maxReadingMoves, r)) continue;
        r.evalColor = kBlack;
        r.evalPercent = blackPercentOf(c->winrate, me);
        const CandidateMove* early = nullptr;
        if (shallow)
            for (const CandidateMove& sc : shallow->candidates)
                if (sc.move == c->move && sc.visits > 0) early = &sc;
        Step sr;
        sr.kind = StepKind::kReading;
        if (early && std::abs(early->winrate - c->winrate) > params.reflectionThreshold &&
            readingFrom(position, early->pv, c->move, params.maxReadingMoves, sr)) {
            sr.evalColor = kBlack;
            sr.evalPercent = blackPercentOf(early->winrate, me);
            readings.push_back(sr);
            Step w = r;
            w.kind = StepKind::kReflection;
            size_t common = 0;
            while (common < sr.continuation.size() && common < w.continuation.size() &&
                   sr.continuation[common] == w.continuation[common])
                ++common;
            if (common < w.continuation.size()) {
                w.after.assign(w.continuation.begin(), w.continuation.begin() + long(common));
                w.refutation = w.continuation[common];
            }
            readings.push_back(w);
        } else {
            readings.push_back(r);
        }
    }
    // Claims from the evaluation of each line's end, when asked.
    auto refine = [&](Step& s) {
        if (!params.lineEvaluator) return;
        auto end = playVariation(position, s.variation(me));
        if (!end) return;
        float black = params.lineEvaluator(*end);
        s.evalColor = kBlack;
        s.evalPercent = int(std::lround(std::clamp(black, 0.f, 1.f) * 100));
    };
    for (size_t i = 0; i < readings.size(); ++i) {
        bool superseded = i + 1 < readings.size() &&
                          readings[i + 1].kind == StepKind::kReflection &&
                          readings[i + 1].move == readings[i].move;
        if (!superseded) refine(readings[i]);
    }
    if (!readings.empty()) {
        Step cs;
        cs.kind = StepKind::kCandidates;
        for (const Step& r : readings)
            if (r.kind == StepKind::kReading) cs.candidates.push_back(r.move);
        block.steps.push_back(cs);
        for (const Step& r : readings) block.steps.push_back(r);
    }

    Step concl;
    concl.kind = StepKind::kConclusion;
    if (!deep.candidates.empty() &&
        position.check(deep.candidates[0].move, me) == MoveError::kNone) {
        concl.move = deep.candidates[0].move;
        concl.evalPercent = blackPercentOf(deep.candidates[0].winrate, me);
    } else {
        concl.move = kPassLoc;
        concl.evalPercent = blackPercentOf(deep.rootWinrate, me);
    }
    refine(concl);
    block.steps.push_back(concl);
    block.answer = concl.move;
    return block;
}

}  // namespace m37::reason
