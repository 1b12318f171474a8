#pragma once
// The input planes of move37's networks, each N*N floats with row 0 the top
// row. Two feature sets, named in a net file's input_features:
//  - lz18, Leela Zero's 18 planes: planes 0-7 the stones of the side to move
//    now, 1, ..., 7 moves ago; planes 8-15 the same for the opponent; plane
//    16 all ones when Black is to move, plane 17 all ones when White is. As
//    leelaz, positions before the start of the game (history shorter than 8)
//    give all-zero planes.
//  - lz18-lib6, lz18 and 6 planes of liberties (as KataGo's inputs): planes
//    18-20 the side to move's stones in chains of 1, 2, and 3 or more
//    liberties, planes 21-23 the opponent's. They follow from planes 0 and 8
//    alone, so a trainer can add them to stored lz18 planes, under any
//    symmetry.
// Pure functions.
#include <optional>
#include <string_view>
#include <vector>

#include "engine/go/game_state.h"

namespace m37::nn {

constexpr int kLzHistory = 8;
constexpr int kLzInputPlanes = 2 * kLzHistory + 2;
constexpr int kLibertyPlanes = 6;

enum class InputFeatures { kLz18, kLz18Liberties };

// "lz18", "lz18-lib6".
const char* inputFeaturesName(InputFeatures features);
// The set a net file's input_features names; nullopt for an unknown name.
std::optional<InputFeatures> parseInputFeatures(std::string_view name);
// 18 or 24.
int inputPlaneCount(InputFeatures features);

// Writes kLzInputPlanes * N * N floats to out.
void lzInputPlanes(const GameState& state, float* out);
std::vector<float> lzInputPlanes(const GameState& state);

// Given the lz18 planes of a position at `planes` (room for 24), writes
// planes 18-23 from planes 0 (the mover's stones) and 8 (the opponent's).
void addLibertyPlanes(float* planes, int boardSize);

// The planes of `features`: inputPlaneCount(features) * N * N floats.
void inputPlanes(const GameState& state, InputFeatures features, float* out);
std::vector<float> inputPlanes(const GameState& state, InputFeatures features);

}  // namespace m37::nn
