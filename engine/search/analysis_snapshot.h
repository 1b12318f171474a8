#pragma once
// AnalysisSnapshot: what a search knows at one moment, as the facade's
// callbacks deliver it to GTP analysis, the GUI and tools: every root
// candidate with its visits, winrate, score lead (when the evaluator or the
// rollouts give one), engine prior, human prior, LCB and principal
// variation, plus totals. Winrates and leads are from the view of the side
// to move at the root. Candidates come sorted best first (the move the
// search would play is candidates[0]). Whole-board maps of the root come
// with it for the GUI's overlays: the engine's policy, the human policy and
// the ownership (each empty when unknown). Plain value; copy freely.
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

    // Whole-board maps of the root position. Policies are indexed like the
    // evaluators' (nn::policyIndex: y*N+x with y from the top row, pass at
    // N*N) and ownership like the points (y*N+x).
    // The engine's prior of every root move as its evaluator gave it, before
    // noise or a human mix: the network's policy (policyFromNetwork), or the
    // light-playout heuristic priors of a rollout-only search. N*N+1 entries
    // (0 for illegal moves); empty before the root is expanded.
    std::vector<float> policy;
    bool policyFromNetwork = false;
    // The human-policy network's priors, N*N+1; empty without a human
    // evaluator (or when it does not take this board size).
    std::vector<float> humanPolicy;
    // Who owns each point at the end, from Black's view in [-1, 1] (+1:
    // Black's); N*N entries. From the network's ownership head when it has
    // one; empty otherwise (the GUI's analysis worker then fills it from
    // random playouts, see ui/analysis_worker.h).
    std::vector<float> ownership;
};

}  // namespace m37
