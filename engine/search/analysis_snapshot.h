#pragma once
// AnalysisSnapshot: what a search knows at one moment, as the facade's
// callbacks deliver it to GTP analysis, the GUI and tools: every root
// candidate with its visits, winrate, score lead (when the evaluator or the
// rollouts give one), engine prior, human prior, LCB and principal
// variation, plus totals. Winrates and leads are from the view of the side
// to move at the root. Candidates come sorted best first (the move the
// search would play is candidates[0]). Plain value; copy freely.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/go/types.h"

namespace m37 {

struct CandidateMove {
    Loc move = kPassLoc;
    int visits = 0;
    float winrate = 0.5f;
    std::optional<float> scoreLead;
    float prior = 0;
    std::optional<float> humanPrior;  // only with a human-policy evaluator
    float lcb = 0;                    // may be negative (few visits)
    std::vector<Loc> pv;              // starts with move
};

struct AnalysisSnapshot {
    std::vector<CandidateMove> candidates;  // visited ones first, then by prior
    int64_t rootVisits = 0;
    float rootWinrate = 0.5f;
    std::optional<float> rootScoreLead;
    int64_t playouts = 0;  // new playouts in this search
    int64_t nodes = 0;     // tree size
    double elapsedMs = 0;
    Color toMove = kBlack;
    int boardSize = 19;
    bool final = false;  // the last snapshot of a search
};

}  // namespace m37
