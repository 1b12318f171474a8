#pragma once
// NNParams: the knobs of network evaluation (threads, batch size, symmetry
// choice, cache size, device), passed by value to the evaluators. Plain data.
#include <cstddef>
#include <cstdint>

namespace m37::nn {

// Which of the 8 symmetries of the board an evaluation uses.
enum class SymmetryMode : uint8_t {
    kFixed,    // always NNParams::symmetry (0 = identity, as leelaz `heatmap`)
    kRandom,   // one drawn per evaluation from a seeded generator (as LZ search)
    kAverage,  // the mean over all 8 (deterministic; leelaz `heatmap average`)
};

struct NNParams {
    int threads = 1;    // intra-op threads of the backend (at::set_num_threads)
    int batchSize = 8;  // preferred batch size reported in Capabilities
    SymmetryMode symmetryMode = SymmetryMode::kRandom;
    int symmetry = 0;                   // the symmetry of kFixed, 0..7
    uint64_t seed = 0x6d6f76653337ULL;  // for kRandom
    size_t cacheEntries = 1 << 16;      // NN cache capacity; 0 disables it
    bool allowCuda = true;              // use CUDA when LibTorch sees a GPU
};

}  // namespace m37::nn
