#pragma once
// Training of a policy/value net from self-play chunks (`move37-engine
// train`, the learning half of the zero loop; chunks from `selfplay`,
// selfplay_chunk.h). The replay window is the newest `window` training
// positions of the chunks (selfplay-*.txt under the chunk folders, newest
// by modification time, then name): every `full` move of a finished game is
// a position, its visit distribution normalised the policy target (soft
// cross-entropy) and the game's result from the mover's view the value
// target (+1 won, -1 lost, 0 drawn; tanh output, mean squared error), or,
// with qRatio > 0, that result blended with the search's own root value of
// the move (lc0's q_ratio; the root winrate w in [0,1] counts as 2w - 1):
// (1 - qRatio) * result + qRatio * (2w - 1). Held-out value loss is always
// measured against the game result, so runs with any qRatio compare. Games
// without a result ("?") are skipped, and so are games of another board
// size; a chunk that cannot be parsed or replayed is skipped with a warning
// "FILE:LINE: what" (or "FILE: game K: what"). A share of games (chosen by
// a hash of chunk name and game number, so the same game stays held out as
// the window moves) is held out and evaluated every evalEvery steps and at
// the end: top-1 agreement with the most visited move, policy loss and
// value loss. Training samples are drawn uniformly from the window, each
// with a random board symmetry, as a function of seed and step only. SGD
// with momentum and weight decay, lr times lrDecay at each of lrSteps.
//
// outDir holds train.csv (step, policy_loss, value_loss, accuracy, lr,
// positions_per_s, window_positions, holdout_top1, holdout_policy_loss,
// holdout_value_loss), checkpoint.pt and net.m37 (exported at every
// checkpoint and at the end, with provenance). Run again with the same
// outDir and it resumes from the checkpoint (CSV rows after it dropped);
// raising `steps` continues a finished run and the window is read afresh at
// each start, so a zero loop calls runTrain once per generation with more
// chunks and more steps. With no checkpoint, initNet (a .m37 file) gives
// the starting weights and the shape. Runs on CUDA when LibTorch has a GPU,
// else on the CPU.
// Threading: runTrain runs on the caller's thread (LibTorch uses `threads`
// threads inside); `stop` may be set from another thread or a signal
// handler, and the run then checkpoints and returns.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "engine/train/trainer_params.h"

namespace m37::train {

// The shared settings (trainer_params.h) with train's defaults, and the
// chunks, the initial net and the window. The net shape is ignored when
// initNet is given (the shape is the file's).
struct TrainParams : TrainerParams {
    TrainParams() {
        boardSize = 9;
        valueHidden = 128;
        lr = 0.02;
        valueWeight = 1.0;
        holdout = 0.05;
        checkpointEvery = 500;
    }
    std::vector<std::string> chunkDirs;  // folders searched recursively for selfplay-*.txt
    std::string initNet;     // optional .m37 to start from when there is no checkpoint (its shape)
    size_t window = 200000;  // the newest training positions used
    // Share of the value target taken from the root value of the search that
    // chose the move instead of the game result, in [0, 1] (0: AlphaZero's z).
    double qRatio = 0.0;
};

// The shared result (trainer_params.h) and what the window held.
struct TrainResult : TrainerResult {
    size_t windowPositions = 0;  // training positions in the window (held-out ones not counted)
    size_t games = 0;            // games with positions in the window (held-out included)
    size_t holdoutGames = 0;
    size_t chunks = 0;                  // chunks read
    size_t chunksSkipped = 0;           // chunks that could not be parsed
    size_t gamesSkipped = 0;            // unfinished, other board size, or not replayable
    std::vector<std::string> warnings;  // "FILE:LINE: what", one per skip
    double positionsPerSecond = 0;      // training positions per second of this session
};

// Runs (or resumes) a training run; progress lines go to `out`.
TrainResult runTrain(const TrainParams& params, std::FILE* out,
                     const std::atomic<bool>* stop = nullptr);

// The learning rate at `step`: lr times lrDecay per lrSteps entry <= step.
double trainLearningRate(const TrainParams& params, int64_t step);

}  // namespace m37::train
