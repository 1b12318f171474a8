// move37-engine train-sl: supervised policy/value training from SGF game
// records (engine/train/train_sl.h).
//   train-sl --data DIR [--data DIR...] --out DIR [--size 19] [--blocks 6]
//            [--channels 64] [--batch 128] [--steps N] [--lr 0.05]
//            [--lr-steps S1,S2] [--threads 1] [--holdout 0.1] ...
// Run it again with the same --out to resume after a kill; raise --steps to
// continue a finished run. Ctrl-C (or SIGTERM) checkpoints and stops.
#include <boost/program_options.hpp>

#include "app/commands.h"
#include "app/train_options.h"
#include "engine/train/train_sl.h"

namespace po = boost::program_options;

namespace m37::app {

int runTrainSl(int argc, char** argv) {
    po::options_description opts("train-sl options");
    train::TrainSlParams p;
    TrainOptionValues v;
    addTrainDataOptions(
        opts, p.data, "folder of SGF/MGT files (searched recursively) or a file; repeatable", p,
        "run folder: train.csv, checkpoint.pt, net.m37, holdout.txt (resumes if present)");
    addTrainNetOptions(opts, p, v);
    addTrainRunOptions(opts, p, v, "seed of the split, order and symmetries");
    if (auto code = parseTrainCommandLine(argc, argv, "train-sl", opts)) return *code;
    if (!finishTrainParams(argc, argv, "train-sl", p, v, !p.data.empty())) return 2;
    return runTrainer("train-sl", [&](const std::atomic<bool>* stop) {
        return train::runTrainSl(p, stdout, stop);
    });
}

}  // namespace m37::app
