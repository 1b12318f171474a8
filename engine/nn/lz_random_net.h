#pragma once
// Writes random Leela Zero weight files (any blocks x filters, fixed seed)
// for tests and benchmarks: weights at He-initialisation scales, batch-norm
// statistics near (0, 1) and head scales chosen so the policy is far from
// flat and the value away from 0 and 1. Pure functions.
#include <cstdint>
#include <string>

namespace m37::nn {

struct RandomLzSpec {
    int blocks = 2;
    int filters = 16;
    uint64_t seed = 37;
    int version = 1;           // 2 writes an ELF-style file
    float policyScale = 0.6f;  // spread of the policy logits
    float valueScale = 1.0f;   // spread of the value before tanh
};

std::string randomLzWeightsText(const RandomLzSpec& spec);
// Writes the text to path, gzipped when path ends in ".gz".
bool writeRandomLzWeights(const std::string& path, const RandomLzSpec& spec, std::string* error);

}  // namespace m37::nn
