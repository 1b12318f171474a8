#pragma once
// Light playouts and the move heuristics that go with them: the rollout
// policy of AlphaGo-style mixed evaluation and of the network-free search.
// Each move: capture a chain in atari (those next to the last move first),
// else save an own chain in atari by extending when that gives it more than
// one liberty, else a uniformly random legal move that fills no own eye and
// is not a self-atari of more than one stone. heuristicPriors() weighs the
// root or leaf moves with the same rules for the search's priors.
// Stateless functions; each thread brings its own Board and Rng.
#include <vector>

#include "engine/go/board.h"
#include "engine/go/game_state.h"
#include "engine/go/rng.h"

namespace m37 {

struct LightPlayoutResult {
    float blackMargin = 0;  // area count black minus white, komi and bonus included
    int moves = 0;
};

// Liberties the chain of a stone played by c at l would have, counted up to
// cap (a captured neighbour's stone next to l counts as a liberty).
int libertiesAfter(const Board& b, Loc l, Color c, int cap = 8);
// The heuristic move for c, or kNullLoc when none applies (then random).
Loc tacticalMove(const Board& b, Color c, Loc lastMove, bool suicideAllowed);
// One light-policy move for c (kPassLoc when nothing is acceptable).
Loc lightMove(Board& b, Color c, Loc lastMove, Rng& rng, bool suicideAllowed);
// Plays b out from `toMove` with the light policy and counts by area with
// whiteBonus (komi plus handicap compensation).
LightPlayoutResult lightPlayout(Board& b, Color toMove, Loc lastMove, float whiteBonus, Rng& rng,
                                bool suicideAllowed, int maxMovesFactor = 3);

// Priors over the N*N+1 policy indices (y*N+x, pass last) for the side to
// move: legal moves (superko included) that fill no own eye, weighted up
// for captures and atari escapes, down for self-atari; pass gets a small
// share. Sums to 1.
std::vector<float> heuristicPriors(const GameState& g);

}  // namespace m37
