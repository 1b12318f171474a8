#pragma once
// Leela Zero's 18 input planes for a position, each N*N floats with row 0 the
// top row: planes 0-7 the stones of the side to move now, 1, ..., 7 moves
// ago; planes 8-15 the same for the opponent; plane 16 all ones when Black is
// to move, plane 17 all ones when White is. As leelaz, positions before the
// start of the game (history shorter than 8) give all-zero planes.
// Pure functions.
#include <vector>

#include "engine/go/game_state.h"

namespace m37::nn {

constexpr int kLzHistory = 8;
constexpr int kLzInputPlanes = 2 * kLzHistory + 2;

// Writes kLzInputPlanes * N * N floats to out.
void lzInputPlanes(const GameState& state, float* out);
std::vector<float> lzInputPlanes(const GameState& state);

}  // namespace m37::nn
