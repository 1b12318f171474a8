#pragma once
// The reasoning model's supervised warm-up (`move37-engine reason-sft`):
// next-token training of a Transformer (transformer.h) on trace records
// (sft_data.h), the loss on the completion only (the think block and the
// answer; the position's prompt is context). One record in holdoutEvery
// (by index, isHeldOutRecord) is held out and its mean per-token loss
// measured every evalEvery steps and at the end.
//
// A run lives in outDir: checkpoint.pt (model, AdamW state, step and the
// run's identity, written to a temporary file and renamed), model.m37 (the
// weights with the command line and provenance in the header, loadable by
// ReasonModel::load; written at each checkpoint and at the end),
// model-best.m37 (the same at the evaluation with the lowest held-out loss
// so far) and train.csv (step, loss, lr, tokens_per_s, heldout_loss, train_seconds).
// Rerunning the same settings resumes from the checkpoint exactly: the
// batch of step s is a function of the seed and s only (a seeded shuffle
// per epoch), the learning rate a function of s (linear warm-up, then a
// cosine to minLrRatio * lr), and the model and optimiser state are
// restored, so an interrupted run ends with the weights of an
// uninterrupted one (the symmetry of an augmented example, too, is a
// function of the seed, step and slot). The stop flag ends the run after
// the current step with a checkpoint.
//
// This header does not include LibTorch (the command sees it).
// Threading: trainSft runs on the calling thread (LibTorch's intra-op
// threads: `threads`); the stop flag may be set from any thread.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

#include "engine/reason/transformer_params.h"

namespace m37::reason {

struct SftParams {
    std::string traces;  // the trace file
    std::string outDir;
    // More training records (never held out), extraBatch of them drawn into
    // every step beside the batch's: typically think-block heads from
    // recorded searches (reason-traces --recorded), many positions that
    // teach where to look while `traces` keeps its share of each step.
    std::string extraTraces;
    int extraBatch = 0;
    int holdoutEvery = 10;  // one record in N held out (0: none)
    // The model's shape; vocab is set from the tokenizer.
    TransformerParams model;
    // Optimisation (AdamW, betas 0.9/0.95).
    int64_t steps = 3000;
    int batch = 16;
    double lr = 1e-3;         // peak learning rate
    int64_t warmup = 100;     // linear warm-up steps
    double minLrRatio = 0.1;  // the cosine ends at lr * this
    double weightDecay = 0.1;
    double clipNorm = 1.0;
    int threads = 1;
    uint64_t seed = 1;
    // Each training example read on one of the board's 8 symmetries
    // (symmetricExample), drawn from the seed, step and slot; held-out
    // examples are never turned.
    bool augment = false;
    // Reporting and checkpoints.
    int64_t logEvery = 10;
    int64_t evalEvery = 250;  // held-out loss every N steps (0: only at the end)
    int64_t checkpointEvery = 250;
    double checkpointMinutes = 10;  // also checkpoint after this long (0: off)
    // Provenance written into model.m37.
    std::string command;
    std::string notes;
};

struct SftResult {
    bool ok = false;
    std::string error;
    bool interrupted = false;
    int64_t resumedFrom = 0;  // the checkpoint's step (0: fresh start)
    int64_t step = 0;         // the step reached
    size_t trainRecords = 0, heldOutRecords = 0, extraRecords = 0;
    double lastLoss = 0;         // the mean training loss of the last logged steps
    double heldOutLoss = -1;     // the last held-out loss (-1: not measured)
    double tokensPerSecond = 0;  // this session's (prompt + completion tokens)
    double stepsPerSecond = 0;   // this session's
};

// The learning rate at `step` (0-based): linear warm-up from lr/warmup to
// lr over `warmup` steps, then a cosine from lr to lr * minLrRatio at
// `steps`.
double sftLearningRate(const SftParams& p, int64_t step);

// The files of a run folder.
struct SftRunFiles {
    explicit SftRunFiles(const std::string& outDir)
        : csv(outDir + "/train.csv"),
          checkpoint(outDir + "/checkpoint.pt"),
          model(outDir + "/model.m37"),
          best(outDir + "/model-best.m37") {}
    std::string csv, checkpoint, model, best;
};

// Trains (or resumes) the run; progress lines on `out` (null: silent).
// afterStep (tests) is called after each optimisation step with the step
// reached, before logging and checkpoints.
SftResult trainSft(const SftParams& p, const std::atomic<bool>* stop, std::FILE* out,
                   const std::function<void(int64_t step)>& afterStep = {});

}  // namespace m37::reason
