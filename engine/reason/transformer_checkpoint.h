#pragma once
// The checkpoint file of the reasoning model's trainers (reason-sft,
// reason-grpo): one torch archive with the model, the AdamW state, the
// step, the training seconds so far, the run's best figure (lowest
// held-out loss for SFT, highest held-out reward for GRPO; under a key the
// trainer names) and the run's identity (settings that must match for a
// run to resume from it). Written to a temporary file and renamed.
// Also the per-sample order both trainers draw their data from.
// Threading: free functions and a value type for the one training thread.
#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/reason/transformer.h"

namespace m37::reason {

using RunIdentityKeys = std::vector<std::pair<std::string, int64_t>>;

struct TransformerCheckpoint {
    int64_t step = 0;
    double trainSeconds = 0;
    double best = -1;  // -1: none yet
};

// Reads `path` into model and optimiser. False and *error on a file that
// cannot be read ("FILE: cannot read the checkpoint (...); move it away to
// start afresh") or was made by other settings ("FILE: made by a run with
// batch 8; these settings ask for batch 16 (use the same settings ...)").
bool readTransformerCheckpoint(const std::string& path, const RunIdentityKeys& identity,
                               const std::string& bestKey, Transformer& model,
                               torch::optim::Optimizer& optimizer, TransformerCheckpoint* state,
                               std::string* error);
bool writeTransformerCheckpoint(const std::string& path, const RunIdentityKeys& identity,
                                const std::string& bestKey, Transformer& model,
                                torch::optim::Optimizer& optimizer,
                                const TransformerCheckpoint& state, std::string* error);

// Sets the learning rate of every parameter group of an AdamW.
void setAdamWLearningRate(torch::optim::AdamW& optimizer, double lr);

// The item (of n) that sample g uses: a seeded shuffle of 0..n-1 per epoch
// (g / n), a function of (seed, g) only, so a resumed run draws what an
// uninterrupted one would.
class SampleOrder {
  public:
    SampleOrder(uint64_t seed, size_t n) : seed_(seed), n_(n) {}
    size_t at(uint64_t g);

  private:
    uint64_t seed_;
    size_t n_;
    uint64_t epoch_ = ~uint64_t(0);
    std::vector<size_t> order_;
};

}  // namespace m37::reason
