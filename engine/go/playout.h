#pragma once
// Random playouts: finish a game with uniformly random legal moves that do
// not fill the mover's own single-point eyes, then count the result by area
// (Tromp-Taylor). The benchmark of the board code and the simplest honest
// evaluator. Stateless functions; each thread brings its own Board and Rng.
#include <vector>

#include "engine/go/board.h"
#include "engine/go/rng.h"

namespace m37 {

struct PlayoutParams {
    bool suicideAllowed = false;
    int maxMovesFactor = 3;  // stop after maxMovesFactor * size^2 moves
};

// A uniformly random legal non-eye-filling move for c, or kPassLoc.
Loc randomMove(Board& b, Color c, Rng& rng, const PlayoutParams& p = {});

// Plays the game out from b (which it changes) with `toMove` first.
// Returns the number of moves played.
int playout(Board& b, Color toMove, Rng& rng, const PlayoutParams& p = {});

// Area count of a played-out board, black minus white, without komi:
// stones plus empty points bordered by one colour only.
int areaCount(const Board& b);

// Fraction of playouts in which each point ends Black's (+1) or White's
// (-1), averaged: a value in [-1, 1] per Loc.
std::vector<float> playoutOwnership(const Board& b, Color toMove, int playouts, Rng& rng,
                                    const PlayoutParams& p = {});

}  // namespace m37
