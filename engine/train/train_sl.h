#pragma once
// Supervised training of a policy/value net from SGF game records
// (`move37-engine train-sl`, AlphaGo's supervised policy): every position
// of every game under the data folders, the move played as the policy
// target (cross-entropy) and the game's result as the value target (mean
// squared error, weighted). Games are split into training and held-out
// games by a seeded shuffle (never positions of one game on both sides);
// training samples walk a seeded permutation of the training positions,
// epoch after epoch, each with a random board symmetry. SGD with momentum
// and weight decay; the learning rate is multiplied by lrDecay at each of
// lrSteps.
//
// Everything lives in outDir: train.csv (one row per logged step: step,
// policy_loss, value_loss, accuracy, lr, positions_per_s and, when the
// held-out games were evaluated, holdout_top1, holdout_top5,
// holdout_policy_loss, holdout_value_loss), checkpoint.pt (written to a
// temporary file and renamed), net.m37 (the net as a move37 net file with
// its provenance, exported at every checkpoint and at the end) and
// holdout.txt (the held-out games). Run again with the same outDir and it
// resumes from the checkpoint: the samples drawn depend only on the seed and
// the step, so a resumed run continues as the killed one would have; CSV
// rows after the checkpoint are dropped. Raising `steps` continues a
// finished run.
// Threading: runTrainSl runs on the caller's thread (LibTorch uses
// `threads` threads inside); `stop` may be set from another thread or a
// signal handler, and the run then checkpoints and returns.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "engine/train/sgf_positions.h"

namespace m37::train {

struct TrainSlParams {
    std::vector<std::string> data;  // folders (searched recursively) or files
    std::string outDir;
    // Net shape.
    int boardSize = 19;
    int blocks = 6;
    int channels = 64;
    int valueHidden = 256;
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

struct TrainSlResult {
    bool ok = false;
    std::string error;
    bool interrupted = false;  // stopped by `stop`, after a checkpoint
    int64_t resumedFrom = 0;   // the checkpoint's step (0: fresh start)
    int64_t step = 0;          // the step reached
    SgfLoadReport load;
    size_t trainPositions = 0;
    size_t holdoutPositions = 0;
    int holdoutGames = 0;
    // Held-out figures of the final evaluation (every held-out position).
    double holdoutTop1 = 0;
    double holdoutTop5 = 0;
    double holdoutPolicyLoss = 0;
    double holdoutValueLoss = 0;
};

// Runs (or resumes) a training run; progress lines go to `out`.
TrainSlResult runTrainSl(const TrainSlParams& params, std::FILE* out,
                         const std::atomic<bool>* stop = nullptr);

// The learning rate at `step`: lr times lrDecay per lrSteps entry <= step.
double trainSlLearningRate(const TrainSlParams& params, int64_t step);

}  // namespace m37::train
