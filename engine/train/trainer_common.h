#pragma once
// The parts `train-sl` (train_sl.h) and `train` (train_rl.h) share: seeded
// mixing and shuffles, the learning-rate schedule, the SGD optimiser,
// checkpoint.pt (model, optimizer, step and the run's keys, written to a
// temporary file and renamed), train.csv (rows after a checkpoint dropped on
// resume; one row and progress line per logged step with positions/s and
// ETA), net.m37 export with provenance, importing a .m37 file into a
// trainable net, the symmetry transform of planes and move targets, and the
// device (CUDA when LibTorch has it, else the CPU); and the training loop
// itself (runTrainingLoop), to which each trainer gives how it draws a
// step's positions, computes a batch's losses, evaluates its held-out
// positions and writes its checkpoint.
// Threading: free functions and small objects used by the one thread that
// runs a training loop.
#include <torch/torch.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/go/rng.h"
#include "engine/nn/net_file.h"
#include "engine/train/sgf_positions.h"
#include "engine/train/torch_model.h"
#include "engine/train/trainer_params.h"

namespace m37::train {

// SplitMix64-style mixing of two numbers: seeds derived from the run's seed.
uint64_t mixSeed(uint64_t a, uint64_t b);

template <typename T>
void seededShuffle(std::vector<T>& v, uint64_t seed) {
    Rng rng(seed);
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(uint32_t(i))]);
}

// lr times decay per entry of lrSteps <= step.
double scheduledLearningRate(double lr, const std::vector<int64_t>& lrSteps, double decay,
                             int64_t step);

// "2026-11-29 23:10 UTC".
std::string utcTimestamp();
// printf of one number.
std::string formatNumber(const char* format, double x);

// Rewrites the CSV at `path` with `header` and only the rows of steps <= step,
// atomically; throws std::runtime_error naming the file when it cannot.
void trimCsv(const std::string& path, const std::string& header, int64_t step);

// CUDA when LibTorch sees a GPU, else the CPU.
torch::Device trainingDevice();

// SGD with momentum (Nesterov when momentum > 0) and weight decay.
torch::optim::SGD makeSgd(PolicyValueNet& net, double lr, double momentum, double weightDecay);
void setLearningRate(torch::optim::SGD& opt, double lr);

// A checkpoint's extra keys: integers and doubles beside model/optimizer.
struct CheckpointKeys {
    std::vector<std::pair<std::string, int64_t>> ints;
    std::vector<std::pair<std::string, double>> doubles;
};

// Writes model, optimizer and the keys to `path` atomically; throws
// std::runtime_error naming the file when it cannot.
void saveCheckpoint(const std::string& path, PolicyValueNet& net, torch::optim::SGD& opt,
                    const CheckpointKeys& keys);

// Reads a checkpoint written by saveCheckpoint.
class CheckpointReader {
  public:
    // False and *error ("PATH: cannot read the checkpoint (...); move it
    // away to start afresh") when the file cannot be read.
    bool open(const std::string& path, const torch::Device& device, std::string* error);
    int64_t readInt(const char* key);
    double readDouble(const char* key);
    std::optional<int64_t> tryInt(const char* key);
    // board_size, blocks, channels, value_hidden.
    PolicyValueShape readShape();
    // Loads model and optimizer (the net must have the checkpoint's shape).
    void loadInto(PolicyValueNet& net, torch::optim::SGD& opt);

  private:
    torch::serialize::InputArchive a_;
};

// The shape keys saveCheckpoint callers write (readShape reads them).
void addShapeKeys(const PolicyValueShape& shape, CheckpointKeys* keys);

// The shape of a residual policy/value .m37 net; nullopt and *error when it
// is not one (missing tensors, another input).
std::optional<PolicyValueShape> netFileShape(const nn::NetFile& file, std::string* error);
// Sets the net's weights from a .m37 file of its shape (the inverse of
// toNetFile: batch-norm statistics into the running statistics, shifts 0);
// false and *error when a tensor is missing or of another shape.
bool importNetFile(const nn::NetFile& file, PolicyValueNet& net, std::string* error);

// Provenance of an exported net.
struct NetProvenance {
    std::string command, data, notes;
    double seconds = 0;  // training time
    std::vector<std::pair<std::string, std::string>> extra;
};
// Writes the net (eval statistics) with its provenance to path; false and
// *error on failure.
bool exportNet(PolicyValueNet& net, const std::string& path, const NetProvenance& provenance,
               std::string* error);

// Input planes under symmetry s (nn/symmetry.h): dst[c][i] = raw[c][sym(s,i)].
void symmetricPlanes(int s, const float* raw, float* dst, int planes, int boardSize);
// The policy index (y*N+x, pass N*N) in the net's frame under symmetry s of
// the board move `index`.
int symmetricMove(int s, int index, int boardSize);

// The CSV and progress lines of a training loop: losses are summed per
// step with add(), and row() writes one CSV row (step, policy_loss,
// value_loss, accuracy, lr, positions_per_s, then `extra` and `eval`
// columns as given) and one progress line "PREFIX: step S/T  policy ...
// pos/s  ETA ...", then starts a new sum.
class TrainLog {
  public:
    using Clock = std::chrono::steady_clock;
    TrainLog(const std::string& csvPath, std::string prefix, std::FILE* out, int batch,
             int64_t startStep, int64_t steps);
    void add(double policy, double value, double accuracy);
    bool empty() const { return sumSteps_ == 0; }
    // `until`: when the steps ended (before any evaluation). `extra`: the
    // columns after positions_per_s and before `eval`, joined with commas,
    // without leading or trailing comma (empty: none).
    void row(int64_t step, double lr, const std::string& extra, const std::string& eval,
             Clock::time_point until);
    // Seconds since the log was made (this session).
    double sessionSeconds() const;
    // Positions per second over this session so far.
    double sessionRate(int64_t step) const;

  private:
    std::ofstream csv_;
    std::string prefix_;
    std::FILE* out_;
    int batch_;
    int64_t startStep_, steps_;
    Clock::time_point sessionStart_, lastRow_;
    int64_t lastRowStep_;
    double sumPolicy_ = 0, sumValue_ = 0, sumCorrect_ = 0;
    int64_t sumSteps_ = 0;
};

// printf to `out` (nothing when null), flushed: a trainer's progress line.
void say(std::FILE* out, const char* format, ...) __attribute__((format(printf, 2, 3)));

// The files of a run in its outDir.
struct RunFiles {
    explicit RunFiles(const std::string& outDir)
        : csv(outDir + "/train.csv"),
          checkpoint(outDir + "/checkpoint.pt"),
          net(outDir + "/net.m37") {}
    std::string csv, checkpoint, net;
};

// The shape the params ask for.
PolicyValueShape paramsShape(const TrainerParams& p);
// "--holdout must be in [0, 1)" or the outDir's creation error; empty when
// the run folder is there.
std::string prepareRunFolder(const TrainerParams& p);
// Sets LibTorch's threads and seed from the params.
void seedTorch(const TrainerParams& p);
// The held-out positions of periodic evaluations: a seeded shuffle of
// `held`, cut to evalPositions (0: all).
std::vector<uint32_t> periodicEvalPositions(const std::vector<uint32_t>& held,
                                            const TrainerParams& p);
// "a, b": the data folders of the provenance.
std::string joinFolders(const std::vector<std::string>& dirs);
// "net S; step A of T, batch B, SGD lr L momentum M weight decay W": the
// provenance notes both trainers write.
std::string optimiserNotes(const TrainerParams& p, const PolicyValueShape& shape, int64_t step);
// Writes the net with its provenance to files.net; a failure is a progress
// line "PREFIX: cannot export PATH: why".
void exportRunNet(PolicyValueNet& net, const RunFiles& files, const NetProvenance& prov,
                  const char* prefix, std::FILE* out);

// What a checkpoint must have been written with for a run to resume from
// it: the net's shape, batch, seed and `doubles` (train-sl's holdout).
// settingsWord names the settings in the refusal ("flags", "settings").
struct RunIdentity {
    PolicyValueShape shape;
    int batch = 0;
    uint64_t seed = 0;
    std::vector<std::pair<std::string, double>> doubles;
    std::string settingsWord = "settings";
};

// The identity of a run of these params: their shape, batch and seed.
RunIdentity runIdentity(const TrainerParams& p);

// The keys of a checkpoint at `step`: step, the shape, batch and seed (the
// ints), the identity's doubles and train_seconds (the doubles).
CheckpointKeys runCheckpointKeys(const RunIdentity& id, int64_t step, double trainSeconds);

// Where a run starts: step 0, or the checkpoint's step and training time.
struct RunStart {
    bool resumed = false;
    int64_t step = 0;
    double trainSeconds = 0;
};

// When files.checkpoint exists: opens it onto `device`, refuses one made
// with another identity ("PATH: made by a run with net ..., batch B, seed S;
// these settings ask for ... (use the same settings to resume, or another
// --out)"), calls `opened` (further checks and warnings), loads net and
// optimiser, drops CSV rows after its step and prints "PREFIX: resumed from
// PATH at step S". Without a checkpoint *start is step 0 and nothing is
// touched. False and *error when the checkpoint cannot be used.
bool resumeRun(const RunFiles& files, const RunIdentity& id, const std::string& csvHeader,
               const torch::Device& device, PolicyValueNet& net, torch::optim::SGD& opt,
               const char* prefix, std::FILE* out,
               const std::function<void(CheckpointReader&)>& opened, RunStart* start,
               std::string* error);
// A fresh train.csv holding the header.
void startCsv(const RunFiles& files, const std::string& csvHeader);

// The input planes of `features` for position idx of `set` under symmetry
// s into dst (inputPlaneCount(features) * N * N floats); scratch holds 18 *
// N * N.
void symmetricPositionPlanes(const PositionSet& set, uint32_t idx, int s,
                             nn::InputFeatures features, float* dst, float* scratch);
// Calls fn on `positions` in slices of max(batchSize, 256), the net in
// evaluation mode without gradients; the net is in training mode after.
void forEachEvalSlice(PolicyValueNet& net, const std::vector<uint32_t>& positions, int batchSize,
                      const std::function<void(const std::vector<uint32_t>&)>& fn);

// One step's losses: the loss to minimise, its policy and value parts
// (means over the batch) and how many of the net's first choices were the
// target move.
struct StepLosses {
    torch::Tensor total, policy, value, correct;
};

// What a trainer gives runTrainingLoop.
struct TrainingLoopHooks {
    // The position of sample g (step * batch + j): a function of the seed
    // and g only, so a resumed run continues as the killed one would have.
    // Called for g in increasing order.
    std::function<uint32_t(uint64_t g)> drawPosition;
    // The losses of a batch of positions under the given symmetries.
    std::function<StepLosses(const std::vector<uint32_t>& positions, const std::vector<int>& syms)>
        losses;
    // Evaluates the held-out positions after `step` (every one when
    // `final`, else the periodic ones), prints what it measured and
    // returns the CSV's evaluation columns. Called only when heldOut.
    std::function<std::string(int64_t step, bool final)> evaluate;
    bool heldOut = false;       // there are held-out positions
    std::string noEvalColumns;  // the evaluation columns of a row without one (",,,")
    std::string extraColumns;   // the columns between positions_per_s and the evaluation
    // Writes checkpoint.pt and net.m37 at `step` after `seconds` of training.
    std::function<void(int64_t step, double seconds)> checkpoint;
};

// What runTrainingLoop leaves besides the result's ok, error, step and
// interrupted.
struct TrainingLoopResult {
    double totalSeconds = 0;        // training time of the run, earlier sessions included
    double positionsPerSecond = 0;  // this session's
};

// Trains from start.step to p.steps: the learning-rate schedule, a batch
// (a random symmetry per sample when p.augment), the SGD step, a stop on a
// policy loss that is not finite, a CSV row and progress line every
// logEvery steps, a held-out evaluation every evalEvery steps (with a row),
// a checkpoint every checkpointEvery steps or checkpointMinutes ("PREFIX:
// checkpoint at step ..."). When `stop` is set: a checkpoint (unless one
// was just written) and "PREFIX: stopped at step ...". At p.steps: the
// final evaluation, row and checkpoint. Sets r->step and r->interrupted,
// and r->ok, or r->error when the training diverged.
TrainingLoopResult runTrainingLoop(const TrainerParams& p, const RunFiles& files,
                                   const RunStart& start, torch::optim::SGD& opt,
                                   const TrainingLoopHooks& hooks, const char* prefix,
                                   std::FILE* out, const std::atomic<bool>* stop, TrainerResult* r);

}  // namespace m37::train
