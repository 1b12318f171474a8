#pragma once
// The reasoning model's reinforcement learning (`move37-engine reason-grpo`):
// GRPO (DeepSeekMath; R1-Zero) with Dr. GRPO's unbiased loss, starting from
// an SFT model that also stays frozen as the KL reference. Each step takes
// positionsPerStep training positions (a seeded order over the trace
// file's training split, the split reason-sft used), samples a group of
// groupSize completions of each from the current policy (temperature,
// top-p; the policy trained is the one at that temperature: log-probs are
// taken from the logits divided by it), scores each with the program-computed rewards (grpo_rewards.h:
// format, accuracy against the trace's deep search or a preference net,
// faithfulness of every step), turns the rewards into group-relative
// advantages, and takes updatesPerBatch AdamW steps on the clipped
// surrogate with the k3 KL penalty (grpo_loss.h).
//
// A run lives in outDir: checkpoint.pt (transformer_checkpoint.h),
// model.m37 (at each checkpoint and at the end), model-best.m37 (the model
// at the held-out evaluation with the highest mean reward), train.csv (one
// row per step: mean reward and each component, share of answers that are
// the reference's best, response length, KL, entropy, clip fraction, share
// of groups with zero reward spread, lr, seconds) and eval.csv (every
// evalEvery steps: greedy completions of the first evalPositions held-out
// positions, their mean reward and reason-eval's figures). Rerunning the
// same command resumes exactly: the positions and sampling seeds of step s
// are functions of (seed, s).
//
// This header does not include LibTorch. Threading: trainGrpo runs on the
// calling thread (LibTorch intra-op threads: `threads`); the judge and
// preference callbacks run there too; the stop flag may be set from any
// thread and ends the run after the current step with a checkpoint.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

#include "engine/reason/grpo_rewards.h"
#include "engine/reason/sampler.h"

namespace m37::reason {

struct GrpoParams {
    std::string traces;  // the trace file (positions and their reference searches)
    std::string init;    // the SFT model (.m37): the start and the KL reference
    std::string outDir;
    int holdoutEvery = 10;  // reason-sft's split (one record in N held out)
    int64_t steps = 200;
    int positionsPerStep = 2;
    int groupSize = 8;
    int updatesPerBatch = 1;  // optimisation steps on each sampled batch (the ratio's "old" policy)
    double lr = 2e-5;
    int64_t warmup = 5;  // linear warm-up steps, then constant
    double weightDecay = 0.0;
    double clipNorm = 1.0;
    double temperature = 1.0;  // of the sampled groups and of the log-probs trained
    double topP = 1.0;
    int maxTokens = 320;  // generated tokens per completion at most (also the loss's divisor)
    double clipEps = 0.2;
    double klBeta = 0.04;
    bool scaleByStd = false;  // divide advantages by the group's spread (GRPO; not Dr. GRPO)
    // Sample (and score the samples' log-probabilities) with LegalMoveMask:
    // candidates, try moves, the conclusion and the answer legal.
    bool legalMoves = true;
    RewardParams reward;
    int threads = 1;
    uint64_t seed = 1;
    int64_t evalEvery = 10;  // held-out evaluation every N steps (0: only at the end)
    int evalPositions = 40;
    int64_t checkpointEvery = 10;
    double checkpointMinutes = 10;
    // Provenance written into model.m37.
    std::string command;
    std::string judgeName;       // what judges claims and answers ("zero-9x9.m37, 16 visits")
    std::string preferenceName;  // the preference net, if any
    std::string notes;
};

// The run's judges: claims and non-reference answers are scored with
// `judge`; `preference` (may be empty unless the reward is kPreference)
// gives the preference term.
struct GrpoJudges {
    PositionEvaluator judge;
    MovePreference preference;
};

struct GrpoResult {
    bool ok = false;
    std::string error;
    bool interrupted = false;
    int64_t resumedFrom = 0;
    int64_t step = 0;
    size_t trainPositions = 0, heldOutPositions = 0;
    double lastReward = 0;       // mean reward of the last step
    double heldOutReward = -1;   // the last held-out evaluation's mean reward
    double heldOutAnswerBest = 0;  // ... and its answer = reference best (%)
};

struct GrpoRunFiles {
    explicit GrpoRunFiles(const std::string& outDir)
        : csv(outDir + "/train.csv"),
          eval(outDir + "/eval.csv"),
          checkpoint(outDir + "/checkpoint.pt"),
          model(outDir + "/model.m37"),
          best(outDir + "/model-best.m37") {}
    std::string csv, eval, checkpoint, model, best;
};

// The learning rate of step s (0-based): linear warm-up, then constant.
double grpoLearningRate(const GrpoParams& p, int64_t step);

// Trains (or resumes) the run; progress lines on `out` (null: silent).
// afterStep (tests) is called after each step with the step reached.
GrpoResult trainGrpo(const GrpoParams& p, const GrpoJudges& judges, const std::atomic<bool>* stop,
                     std::FILE* out, const std::function<void(int64_t step)>& afterStep = {});

}  // namespace m37::reason
