#pragma once
// Random networks of Leela Zero's layout for any board size, built in
// memory (no weight file): for benchmarks at 9x9 and 19x19 and for tests
// that need a real TorchNetwork without trained weights. The weights follow
// lz_random_net's scales (He initialisation, batch-norm statistics near
// (0, 1), head scales that keep the policy far from flat), with the fully
// connected layers sized for the board. The same spec and size always give
// the same numbers. Pure functions; the network returned is immutable.
#include <memory>
#include <string>

#include "engine/nn/lz_random_net.h"
#include "engine/nn/lz_weights.h"
#include "engine/nn/nn_params.h"

namespace m37::nn {

class TorchNetwork;

// Random weights for an N x N board (18 input planes, value hidden 256).
// spec.version 2 makes the value head give Black's view (ELF).
LzWeights randomLzWeights(const RandomLzSpec& spec, int boardSize);

// A TorchNetwork with those weights; nullptr (and *error) on failure.
std::unique_ptr<TorchNetwork> randomTorchNetwork(const RandomLzSpec& spec, int boardSize,
                                                 const NNParams& params, std::string* error);

}  // namespace m37::nn
