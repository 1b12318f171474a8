#pragma once
// The command line `train-sl` (cmd_train_sl.cpp) and `train` (cmd_train.cpp)
// share: the options of the net's shape, the optimiser, the split, the
// reporting and checkpoints (their defaults are the params' own), the
// parse (the positional arguments are --data), the checks of the values,
// the command line written into the net's provenance, and running the
// trainer under a StopSignal with its exit code (0 done, 1 failed or
// stopped, 2 usage). Single-threaded, at start-up.
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "app/stop_signal.h"
#include "engine/train/trainer_params.h"

namespace m37::app {

// The shared options' values that are not params themselves.
struct TrainOptionValues {
    std::string lrSteps;  // "1000,2000"
    bool noAugment = false;
    std::string features;  // --features ("": the default)
};

// --help, --data (into `data`, repeatable; the positional arguments too)
// and --out (required).
void addTrainDataOptions(boost::program_options::options_description& opts,
                         std::vector<std::string>& data, const char* dataHelp,
                         train::TrainerParams& p, const char* outHelp);
// --size, --blocks, --channels, --value-hidden, --features, --batch,
// --steps, --lr, --lr-steps, --lr-decay, --momentum, --weight-decay,
// --value-weight.
void addTrainNetOptions(boost::program_options::options_description& opts, train::TrainerParams& p,
                        TrainOptionValues& v);
// --no-augment, --threads, --holdout, --seed (help: seedHelp), --log-every,
// --eval-every, --eval-positions, --checkpoint-every, --checkpoint-minutes,
// --notes.
void addTrainRunOptions(boost::program_options::options_description& opts, train::TrainerParams& p,
                        TrainOptionValues& v, const char* seedHelp);

// Parses the command line; nullopt when the command goes on, else its exit
// code (--help: the usage and options, 0; an error: "NAME: what", 2).
std::optional<int> parseTrainCommandLine(int argc, char** argv, const char* name,
                                         const boost::program_options::options_description& opts);

// Applies v to p and checks the shared values (and `moreOk`, a command's
// own, named `moreName` in the message, e.g. "/window"); false after
// printing "NAME: what" when one is bad. Also sets p.command from argv.
bool finishTrainParams(int argc, char** argv, const char* name, train::TrainerParams& p,
                       const TrainOptionValues& v, bool hasData, bool moreOk = true,
                       const char* moreName = "");

// The exit code of a finished run: "NAME: error" and 1 when it failed, 1
// when stopped, else 0.
int trainExitCode(const char* name, const train::TrainerResult& r);

// Runs run(&stopFlag) with Ctrl-C and SIGTERM stopping it after a step,
// and returns trainExitCode of its result.
template <typename Run>
int runTrainer(const char* name, Run run) {
    const std::string message =
        "\n" + std::string(name) + ": stopping after this step (checkpoint follows)\n";
    StopSignal stop(message.c_str());
    return trainExitCode(name, run(&StopSignal::flag()));
}

}  // namespace m37::app
