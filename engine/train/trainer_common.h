#pragma once
// The parts `train-sl` (train_sl.h) and `train` (train_rl.h) share: seeded
// mixing and shuffles, the learning-rate schedule, the SGD optimiser,
// checkpoint.pt (model, optimizer, step and the run's keys, written to a
// temporary file and renamed), train.csv (rows after a checkpoint dropped on
// resume; one row and progress line per logged step with positions/s and
// ETA), net.m37 export with provenance, importing a .m37 file into a
// trainable net, the symmetry transform of planes and move targets, and the
// device (CUDA when LibTorch has it, else the CPU).
// Threading: free functions and small objects used by the one thread that
// runs a training loop.
#include <torch/torch.h>

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
#include "engine/train/torch_model.h"

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

// Writes via w(path + ".tmp"), then renames over path.
void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& w);

// Rewrites the CSV at `path` with `header` and only the rows of steps <= step.
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

// Writes model, optimizer and the keys to `path` atomically.
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

}  // namespace m37::train
