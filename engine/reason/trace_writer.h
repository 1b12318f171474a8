#pragma once
// Trace writer: turns the engine's search of a position into a think block
// (think_block.h): the side to move; tactical facts from the rules engine
// (captures available to the side to move, chains in atari, chains of two
// or more stones with two liberties); the candidates the search weighed
// (top K by visits); a reading per candidate (its principal variation, at
// most maxReadingMoves moves, with the search's winrate for it); a
// reflection ("wait, ...") when a candidate's evaluation in the final
// search differs from an earlier, shallower snapshot of the same search by
// more than reflectionThreshold (the shallow reading comes first, then the
// reflection with the deep line, naming the move where the lines part);
// the conclusion, which is the search's choice (candidates[0]); and the
// answer. Works from any AnalysisSnapshot (rollouts, a zero net, Leela
// Zero over GTP). Deterministic for given inputs (and a deterministic
// lineEvaluator).
// Threading: a pure function.
#include "engine/go/game_state.h"
#include "engine/reason/think_block.h"
#include "engine/reason/verifier.h"
#include "engine/search/analysis_snapshot.h"

namespace m37::reason {

struct TraceParams {
    int maxCandidates = 3;
    int minVisits = 1;           // candidates with fewer visits are not read,
    float minVisitShare = 0.1f;  // nor those below this share of the most visited's
    int maxReadingMoves = 6;     // moves of a reading, the try move included
    int maxFacts = 4;
    float reflectionThreshold = 0.10f;  // winrate change that earns a reflection
    // When set, the claims of the final readings, reflections and the
    // conclusion are this evaluation of the line's end (what the verifier
    // checks: a search from there) instead of the candidate's mean value in
    // the snapshot, which with rollouts can differ from its line's end by
    // 15 points. Called on the caller's thread.
    PositionEvaluator lineEvaluator;
};

// `deep` is the search's final snapshot of `position`; `shallow`, when
// given, an earlier snapshot of the same search (for reflections).
ThinkBlock writeTrace(const GameState& position, const AnalysisSnapshot& deep,
                      const TraceParams& params = {}, const AnalysisSnapshot* shallow = nullptr);

// The head of the think block writeTrace would write from `search` (a
// snapshot, or visit counts recorded elsewhere, such as a self-play chunk's
// full search): the side to move, the facts and the candidates (the same
// choice by visits, legal moves only), with no reading, conclusion or
// answer; no candidates step when none is legal. Needs no further search, so
// many positions cost little: `reason-traces --recorded` writes such heads
// for reason-sft's --extra-traces (writeThinkHead).
ThinkBlock writeTraceHead(const GameState& position, const AnalysisSnapshot& search,
                          const TraceParams& params = {});

// The facts the trace writer states about a position, most urgent first
// (captures, ataris, two-liberty chains), at most maxFacts.
std::vector<Fact> tacticalFacts(const GameState& position, int maxFacts);

}  // namespace m37::reason
