#pragma once
// Conversion between NetFile (net_file.h) and LzWeights, the weights a
// TorchNetwork is built from: the residual policy/value tower of Leela
// Zero's layout on any board size. A NetFile holds the tensors in move37's
// board layout (row 0 = top row), Leela Zero's files bottom row first, so
// each conversion mirrors the board rows (3x3 kernels flipped vertically,
// fully connected rows and columns permuted); both are exact, so a net gives
// the same numbers from either file. Tensor names and shapes, for C
// channels, N x N board, P input planes, H value hidden units:
//   input.conv.weight [C,P,3,3], input.conv.bn_mean [C], input.conv.bn_var [C]
//   res<b>.conv1.*, res<b>.conv2.*  (b = 0..blocks-1) [C,C,3,3], [C], [C]
//   policy.conv.* [2,C,1,1], [2], [2]; policy.fc.weight [N*N+1, 2*N*N],
//   policy.fc.bias [N*N+1]
//   value.conv.* [1,C,1,1], [1], [1]; value.fc1.weight [H, N*N],
//   value.fc1.bias [H]; value.fc2.weight [1, H]; value.fc2.bias [1]
// Batch norm has no scale or shift (epsilon LzWeights::kBnEpsilon); conv
// biases are folded into the means. value_convention `black` is an ELF net
// (LzWeights version 2). Pure functions.
#include <optional>
#include <string>

#include "engine/nn/lz_weights.h"
#include "engine/nn/net_file.h"

namespace m37::nn {

// A NetFile holding `weights` (of Leela Zero's layout) for an N x N board;
// meta gets the shape and conventions, provenance is left empty.
NetFile netFileFromLz(const LzWeights& weights, int boardSize);

// The LzWeights a TorchNetwork is built from (with fromLzSized and
// net.meta.boardSize); nullopt and *error naming the tensor on any mismatch
// (missing, unexpected or wrongly shaped tensors, unsupported heads, input
// features or value convention).
std::optional<LzWeights> lzWeightsFromNetFile(const NetFile& net, std::string* error);

// Reads a Leela Zero weight file (19x19) and writes it as a net file, with
// provenance "converted from Leela Zero file X". false and *error on failure.
bool exportLzToNetFile(const std::string& lzPath, const std::string& netPath, std::string* error);

}  // namespace m37::nn
