#pragma once
// Verifier: checks a parsed think block against the position: every step's
// variation is played on the rules engine (occupied, ko, superko, suicide,
// out of turn), every winrate claim is compared with the engine's
// evaluation of the line's final position, every fact with the board, and
// the answer with a reference search. It gives each step a badge (what the
// chat view shows) and the reward components the GRPO trainer uses:
//   format       = 0 without the tags (<think>...</think><answer>MOVE</answer>),
//                  else the share of step lines that parse, halved when the
//                  structure (side first, conclusion last) is wrong;
//   accuracy     = 1 - (winrate loss of the answer against the reference's
//                  best) / accuracyScale, clamped to [0, 1]; 0 without a
//                  legal answer or a reference;
//   faithfulness = checks passed / checks made: each variation legal, each
//                  claim within tolerance (claims of readings that a later
//                  reflection on the same try move supersedes are not
//                  counted), each fact true, the side to move right; 0 when
//                  there is nothing to check.
// The evaluation source is a callback, so a caller can use a search of any
// kind (rollouts, a net, a fake in tests).
// Threading: verify() is reentrant; it calls the callback on the caller's
// thread.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/reason/think_block.h"

namespace m37::reason {

// Black's winrate in [0, 1] of a position (its side to move plays next).
using PositionEvaluator = std::function<float(const GameState&)>;

struct VerifierParams {
    int tolerancePercent = 10;   // a claim is within tolerance when |claim - engine| <= this
    float accuracyScale = 0.2f;  // winrate loss that brings accuracy to 0
};

// The deep search's verdict at the root, for the accuracy reward.
struct RootReference {
    Loc bestMove = kPassLoc;
    float bestWinrate = 0.5f;  // for the side to move at the root
    // Winrate of other root moves for the side to move, when known (the
    // reference search's candidates); others are evaluated with the callback.
    std::vector<std::pair<Loc, float>> known;
};

// What the verifier says of one step.
struct StepBadge {
    int line = 0;
    StepKind kind = StepKind::kSide;
    // Legality of the variation (steps with moves: readings, reflections,
    // conclusion, candidates, capture facts).
    bool checkedLegality = false;
    bool legal = true;
    int illegalMove = -1;  // 0-based index into the variation (or candidate list)
    std::string why;       // "occupied", "ko", "superko", "suicide", "out of turn"
    // The claim against the engine (when the variation is legal).
    bool checkedClaim = false;
    bool superseded = false;  // a later reflection re-read this try move
    int claimedBlack = 0;     // percent
    int engineBlack = 0;      // percent
    int offBy = 0;            // |claimed - engine|, percent
    bool withinTolerance = true;
    // Facts and the side to move.
    bool checkedTruth = false;
    bool truthful = true;

    std::string legalityText() const;  // "legal", "illegal: move 3 (W G4) occupied"
    std::string claimText() const;     // "within tolerance (engine 57%)", "off by 17% (engine 41%)"
    std::string variationText;         // the moves checked, for legalityText()
};

struct Verification {
    std::vector<StepBadge> steps;  // one per parsed step, in order
    std::vector<std::string> parseErrors;
    bool answerLegal = false;
    std::optional<float> answerLoss;  // reference best minus the answer's winrate
    int legalChecks = 0, legalPassed = 0;
    int claimChecks = 0, claimsWithin = 0;
    int truthChecks = 0, truthPassed = 0;
    double format = 0, accuracy = 0, faithfulness = 0;
};

Verification verify(const GameState& position, const ParseResult& parsed,
                    const PositionEvaluator& evaluate, const VerifierParams& params = {},
                    const std::optional<RootReference>& reference = std::nullopt);

// Plays a variation on a copy of `position`; on the first illegal move sets
// *index and *why and returns nullopt.
std::optional<GameState> playVariation(const GameState& position,
                                       const std::vector<PlayedMove>& moves, int* index = nullptr,
                                       std::string* why = nullptr);

// Whether a fact holds on the board (the side to move matters for captures).
bool factHolds(const GameState& position, const Fact& fact);

}  // namespace m37::reason
