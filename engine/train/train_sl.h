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
#include "engine/train/trainer_params.h"

namespace m37::train {

// The shared settings (trainer_params.h, whose defaults are train-sl's)
// and the SGF data.
struct TrainSlParams : TrainerParams {
    std::vector<std::string> data;  // folders (searched recursively) or files
};

// The shared result (trainer_params.h), what was loaded and the held-out
// top-5 agreement.
struct TrainSlResult : TrainerResult {
    SgfLoadReport load;
    size_t trainPositions = 0;
    int holdoutGames = 0;
    double holdoutTop5 = 0;
};

// Runs (or resumes) a training run; progress lines go to `out`.
TrainSlResult runTrainSl(const TrainSlParams& params, std::FILE* out,
                         const std::atomic<bool>* stop = nullptr);

// The learning rate at `step`: lr times lrDecay per lrSteps entry <= step.
double trainSlLearningRate(const TrainSlParams& params, int64_t step);

}  // namespace m37::train
