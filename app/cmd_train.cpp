// move37-engine train: a policy/value net from self-play chunks
// (engine/train/train_rl.h), the learning half of the zero loop.
//   train --data DIR [--data DIR...] --out DIR [--init-net F] [--size 9]
//         [--blocks 6] [--channels 64] [--batch 128] [--steps N] [--lr 0.02]
//         [--lr-steps S1,S2] [--window N] [--threads 1] [--seed 1] ...
// Run it again with the same --out to resume after a kill; raise --steps
// (and add chunks) to continue a finished run. Ctrl-C (or SIGTERM)
// checkpoints and stops.
#include <boost/program_options.hpp>

#include <cstdio>

#include "app/commands.h"
#include "app/train_options.h"
#include "engine/train/train_rl.h"

namespace po = boost::program_options;

namespace m37::app {

int runTrain(int argc, char** argv) {
    po::options_description opts("train options");
    train::TrainParams p;
    TrainOptionValues v;
    addTrainDataOptions(opts, p.chunkDirs,
                        "folder of self-play chunks (selfplay-*.txt, searched recursively) or a "
                        "chunk; repeatable",
                        p, "run folder: train.csv, checkpoint.pt, net.m37 (resumes if present)");
    opts.add_options()("init-net", po::value(&p.initNet),
                       "a .m37 net to start from when there is no checkpoint (its shape is used)");
    addTrainNetOptions(opts, p, v);
    opts.add_options()("window", po::value(&p.window)->default_value(p.window),
                       "replay window: the newest N training positions");
    opts.add_options()("q-ratio", po::value(&p.qRatio)->default_value(p.qRatio),
                       "value target: (1 - R) * game result + R * the root value of the search "
                       "that chose the move (lc0's q_ratio; 0: the result alone)");
    addTrainRunOptions(opts, p, v, "seed of the split, samples and symmetries");
    if (auto code = parseTrainCommandLine(argc, argv, "train", opts)) return *code;
    if (!finishTrainParams(argc, argv, "train", p, v, !p.chunkDirs.empty(), p.window >= 1,
                           "/window"))
        return 2;
    if (!(p.qRatio >= 0 && p.qRatio <= 1)) {
        std::fprintf(stderr, "train: --q-ratio %g: expected a share in [0, 1]\n", p.qRatio);
        return 2;
    }
    return runTrainer(
        "train", [&](const std::atomic<bool>* stop) { return train::runTrain(p, stdout, stop); });
}

}  // namespace m37::app
