#pragma once
// Searches for traces and for the verifier: runs an Mcts (rollouts, a net,
// whatever its factory gives) to a shallow then a deep visit count on the
// same tree, so the trace writer can see how candidates' evaluations moved
// (its reflections), and a PositionEvaluator that scores a position with a
// fresh search of a given number of visits.
// Threading: each call drives the Mcts from the caller's thread (plus the
// Mcts's own search threads); one caller per Mcts at a time.
#include <cstdint>

#include "engine/reason/verifier.h"
#include "engine/search/mcts.h"

namespace m37::reason {

struct TraceSearch {
    AnalysisSnapshot shallow;  // after shallowVisits
    AnalysisSnapshot deep;     // after visits
};

// Runs the search of `position` to shallowVisits (skipped when 0 or not
// below visits), then on to visits.
TraceSearch searchForTrace(Mcts& mcts, const GameState& position, int64_t visits,
                           int64_t shallowVisits);

// Black's winrate of a position from a search of `visits` (the root's
// winrate); a finished game (two passes) is scored by area instead.
PositionEvaluator searchEvaluator(Mcts& mcts, int64_t visits);

}  // namespace m37::reason
