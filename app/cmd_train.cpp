// move37-engine train: a policy/value net from self-play chunks
// (engine/train/train_rl.h), the learning half of the zero loop.
//   train --data DIR [--data DIR...] --out DIR [--init-net F] [--size 9]
//         [--blocks 6] [--channels 64] [--batch 128] [--steps N] [--lr 0.02]
//         [--lr-steps S1,S2] [--window N] [--threads 1] [--seed 1] ...
// Run it again with the same --out to resume after a kill; raise --steps
// (and add chunks) to continue a finished run. Ctrl-C (or SIGTERM)
// checkpoints and stops.
#include <cstdio>
#include <iostream>
#include <sstream>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "app/stop_signal.h"
#include "engine/train/train_rl.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

// "1000,2000" -> {1000, 2000}; false on anything else.
bool parseStepList(const std::string& text, std::vector<int64_t>* out) {
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (item.empty()) continue;
        char* end = nullptr;
        const long long v = std::strtoll(item.c_str(), &end, 10);
        if (*end != '\0' || v < 0) return false;
        out->push_back(v);
    }
    return true;
}

}  // namespace

int runTrain(int argc, char** argv) {
    po::options_description opts("train options");
    train::TrainParams p;
    std::string lrSteps;
    bool noAugment = false;
    opts.add_options()("help,h", "this help")(
        "data", po::value(&p.chunkDirs)->composing(),
        "folder of self-play chunks (selfplay-*.txt, searched recursively) or a chunk; "
        "repeatable")("out", po::value(&p.outDir)->required(),
                      "run folder: train.csv, checkpoint.pt, net.m37 (resumes if present)")(
        "init-net", po::value(&p.initNet),
        "a .m37 net to start from when there is no checkpoint (its shape is used)")(
        "size", po::value(&p.boardSize)->default_value(9), "board size (other games skipped)")(
        "blocks", po::value(&p.blocks)->default_value(6), "residual blocks")(
        "channels", po::value(&p.channels)->default_value(64), "channels of the residual tower")(
        "value-hidden", po::value(&p.valueHidden)->default_value(128),
        "hidden units of the value head")("batch", po::value(&p.batch)->default_value(128),
                                          "positions per step")(
        "steps", po::value(&p.steps)->default_value(1000), "training steps in all")(
        "lr", po::value(&p.lr)->default_value(0.02), "initial learning rate")(
        "lr-steps", po::value(&lrSteps),
        "steps at which the rate is multiplied by --lr-decay, comma-separated")(
        "lr-decay", po::value(&p.lrDecay)->default_value(0.1), "factor at each --lr-steps entry")(
        "momentum", po::value(&p.momentum)->default_value(0.9), "SGD momentum (Nesterov)")(
        "weight-decay", po::value(&p.weightDecay)->default_value(1e-4), "L2 weight decay")(
        "value-weight", po::value(&p.valueWeight)->default_value(1.0),
        "weight of the value loss (MSE of the game result)")(
        "window", po::value(&p.window)->default_value(200000),
        "replay window: the newest N training positions")("no-augment", po::bool_switch(&noAugment),
                                                          "no random board symmetries")(
        "threads", po::value(&p.threads)->default_value(1), "LibTorch threads")(
        "holdout", po::value(&p.holdout)->default_value(0.05), "share of games held out")(
        "seed", po::value(&p.seed)->default_value(1), "seed of the split, samples and symmetries")(
        "log-every", po::value(&p.logEvery)->default_value(50),
        "CSV row and progress every N steps")(
        "eval-every", po::value(&p.evalEvery)->default_value(1000),
        "evaluate held-out games every N steps (0: only at the end)")(
        "eval-positions", po::value(&p.evalPositions)->default_value(2000),
        "held-out positions in periodic evaluations (0: all; the end uses all)")(
        "checkpoint-every", po::value(&p.checkpointEvery)->default_value(500),
        "checkpoint (and export net.m37) every N steps")(
        "checkpoint-minutes", po::value(&p.checkpointMinutes)->default_value(10),
        "also checkpoint when this many minutes passed since the last one")(
        "notes", po::value(&p.notes), "free text added to the net's notes");
    po::positional_options_description pos;
    pos.add("data", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).positional(pos).run(), vm);
        if (vm.count("help")) {
            std::cout << "usage: move37-engine train --data DIR --out DIR [options]\n" << opts;
            return 0;
        }
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "train: %s\n", e.what());
        return 2;
    }
    p.augment = !noAugment;
    if (!parseStepList(lrSteps, &p.lrSteps)) {
        std::fprintf(stderr, "train: --lr-steps: expected step numbers like 20000,30000\n");
        return 2;
    }
    if (p.chunkDirs.empty()) {
        std::fprintf(stderr, "train: no data (--data DIR)\n");
        return 2;
    }
    if (p.boardSize < 2 || p.boardSize > 19 || p.batch < 1 || p.blocks < 0 || p.channels < 1 ||
        p.valueHidden < 1 || p.threads < 1 || p.steps < 0 || p.window < 1 || p.holdout < 0 ||
        p.holdout >= 1) {
        std::fprintf(stderr,
                     "train: bad value: need size 2..19, batch/channels/value-hidden/threads/"
                     "window >= 1, blocks >= 0, steps >= 0, holdout in [0, 1)\n");
        return 2;
    }
    p.command = "move37-engine train";
    for (int i = 1; i < argc; ++i) p.command += std::string(" ") + argv[i];

    StopSignal stop("\ntrain: stopping after this step (checkpoint follows)\n");
    train::TrainResult r = train::runTrain(p, stdout, &StopSignal::flag());
    if (!r.ok) {
        std::fprintf(stderr, "train: %s\n", r.error.c_str());
        return 1;
    }
    return r.interrupted ? 1 : 0;
}

}  // namespace m37::app
