#pragma once
// The settings and results `train-sl` (TrainSlParams, train_sl.h) and
// `train` (TrainParams, train_rl.h) share: the run folder, the net's shape,
// the optimiser, the held-out share, the reporting and checkpoint cadence
// and the provenance; and a run's outcome. The trainers' structs derive
// from these, so their fields are reached as before (params.lr). The
// defaults here are train-sl's; TrainParams sets its own in its
// constructor. No torch here: the commands in app/ see these headers.
// Threading: plain data, copied freely.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/nn/input_features.h"

namespace m37::train {

struct TrainerParams {
    std::string outDir;
    // Net shape.
    int boardSize = 19;
    int blocks = 6;
    int channels = 64;
    int valueHidden = 256;
    // Input planes (input_features.h); unset: lz18, or the initial net's
    // (train --init-net). An lz18 initial net starts an lz18-lib6 run with
    // the new planes' input weights at zero, so it plays as before.
    std::optional<nn::InputFeatures> inputFeatures;
    // Optimisation.
    int batch = 128;
    double lr = 0.05;
    std::vector<int64_t> lrSteps;  // steps at which lr is multiplied by lrDecay
    double lrDecay = 0.1;
    double momentum = 0.9;
    double weightDecay = 1e-4;
    double valueWeight = 0.1;  // weight of the value MSE in the loss
    int64_t steps = 1000;
    bool augment = true;  // a random symmetry per sample
    int threads = 1;      // LibTorch intra-op threads
    // Data split.
    double holdout = 0.1;  // share of games held out
    uint64_t seed = 1;
    // Reporting and checkpoints.
    int64_t logEvery = 50;
    int64_t evalEvery = 1000;  // evaluate held-out games every N steps (0: only at the end)
    int evalPositions = 2000;  // held-out positions used by periodic evaluations (0: all)
    int64_t checkpointEvery = 1000;
    double checkpointMinutes = 10;
    // Provenance written into net.m37.
    std::string command;
    std::string notes;
};

struct TrainerResult {
    bool ok = false;
    std::string error;
    bool interrupted = false;  // stopped by `stop`, after a checkpoint
    int64_t resumedFrom = 0;   // the checkpoint's step (0: fresh start)
    int64_t step = 0;          // the step reached
    size_t holdoutPositions = 0;
    // Held-out figures of the final evaluation (every held-out position).
    double holdoutTop1 = 0;
    double holdoutPolicyLoss = 0;
    double holdoutValueLoss = 0;
};

}  // namespace m37::train
