#include "app/train_options.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>

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

void addTrainDataOptions(po::options_description& opts, std::vector<std::string>& data,
                         const char* dataHelp, train::TrainerParams& p, const char* outHelp) {
    auto add = opts.add_options();
    add("help,h", "this help");
    add("data", po::value(&data)->composing(), dataHelp);
    add("out", po::value(&p.outDir)->required(), outHelp);
}

void addTrainNetOptions(po::options_description& opts, train::TrainerParams& p,
                        TrainOptionValues& v) {
    auto add = opts.add_options();
    add("size", po::value(&p.boardSize)->default_value(p.boardSize),
        "board size (other games skipped)");
    add("blocks", po::value(&p.blocks)->default_value(p.blocks), "residual blocks");
    add("channels", po::value(&p.channels)->default_value(p.channels),
        "channels of the residual tower");
    add("value-hidden", po::value(&p.valueHidden)->default_value(p.valueHidden),
        "hidden units of the value head");
    add("features", po::value(&v.features),
        "input planes: lz18 (Leela Zero's 18) or lz18-lib6 (and 6 planes of the chains of 1, "
        "2 and 3+ liberties of each side); default lz18, or the --init-net's (an lz18 net "
        "starts an lz18-lib6 run with the new planes' weights at zero)");
    add("batch", po::value(&p.batch)->default_value(p.batch), "positions per step");
    add("steps", po::value(&p.steps)->default_value(p.steps), "training steps in all");
    add("lr", po::value(&p.lr)->default_value(p.lr), "initial learning rate");
    add("lr-steps", po::value(&v.lrSteps),
        "steps at which the rate is multiplied by --lr-decay, comma-separated (e.g. "
        "20000,30000)");
    add("lr-decay", po::value(&p.lrDecay)->default_value(p.lrDecay),
        "factor at each --lr-steps entry");
    add("momentum", po::value(&p.momentum)->default_value(p.momentum), "SGD momentum (Nesterov)");
    add("weight-decay", po::value(&p.weightDecay)->default_value(p.weightDecay), "L2 weight decay");
    add("value-weight", po::value(&p.valueWeight)->default_value(p.valueWeight),
        "weight of the value loss (MSE of the game result)");
}

void addTrainRunOptions(po::options_description& opts, train::TrainerParams& p,
                        TrainOptionValues& v, const char* seedHelp) {
    auto add = opts.add_options();
    add("no-augment", po::bool_switch(&v.noAugment), "no random board symmetries");
    add("threads", po::value(&p.threads)->default_value(p.threads), "LibTorch threads");
    add("holdout", po::value(&p.holdout)->default_value(p.holdout), "share of games held out");
    add("seed", po::value(&p.seed)->default_value(p.seed), seedHelp);
    add("log-every", po::value(&p.logEvery)->default_value(p.logEvery),
        "CSV row and progress every N steps");
    add("eval-every", po::value(&p.evalEvery)->default_value(p.evalEvery),
        "evaluate held-out games every N steps (0: only at the end)");
    add("eval-positions", po::value(&p.evalPositions)->default_value(p.evalPositions),
        "held-out positions in periodic evaluations (0: all; the end uses all)");
    add("checkpoint-every", po::value(&p.checkpointEvery)->default_value(p.checkpointEvery),
        "checkpoint (and export net.m37) every N steps");
    add("checkpoint-minutes", po::value(&p.checkpointMinutes)->default_value(p.checkpointMinutes),
        "also checkpoint when this many minutes passed since the last one");
    add("notes", po::value(&p.notes), "free text added to the net's notes");
}

std::optional<int> parseTrainCommandLine(int argc, char** argv, const char* name,
                                         const po::options_description& opts) {
    po::positional_options_description pos;
    pos.add("data", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).positional(pos).run(), vm);
        if (vm.count("help")) {
            std::cout << "usage: move37-engine " << name << " --data DIR --out DIR [options]\n"
                      << opts;
            return 0;
        }
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: %s\n", name, e.what());
        return 2;
    }
    return std::nullopt;
}

bool finishTrainParams(int argc, char** argv, const char* name, train::TrainerParams& p,
                       const TrainOptionValues& v, bool hasData, bool moreOk,
                       const char* moreName) {
    p.augment = !v.noAugment;
    if (!parseStepList(v.lrSteps, &p.lrSteps)) {
        std::fprintf(stderr, "%s: --lr-steps: expected step numbers like 20000,30000\n", name);
        return false;
    }
    if (!v.features.empty()) {
        p.inputFeatures = nn::parseInputFeatures(v.features);
        if (!p.inputFeatures) {
            std::fprintf(stderr, "%s: --features %s: expected lz18 or lz18-lib6\n", name,
                         v.features.c_str());
            return false;
        }
    }
    if (!hasData) {
        std::fprintf(stderr, "%s: no data (--data DIR)\n", name);
        return false;
    }
    if (p.boardSize < 2 || p.boardSize > 19 || p.batch < 1 || p.blocks < 0 || p.channels < 1 ||
        p.valueHidden < 1 || p.threads < 1 || p.steps < 0 || !moreOk || p.holdout < 0 ||
        p.holdout >= 1) {
        std::fprintf(stderr,
                     "%s: bad value: need size 2..19, batch/channels/value-hidden/threads%s >= 1, "
                     "blocks >= 0, steps >= 0, holdout in [0, 1)\n",
                     name, moreName);
        return false;
    }
    p.command = std::string("move37-engine ") + name;
    for (int i = 1; i < argc; ++i) p.command += std::string(" ") + argv[i];
    return true;
}

int trainExitCode(const char* name, const train::TrainerResult& r) {
    if (!r.ok) {
        std::fprintf(stderr, "%s: %s\n", name, r.error.c_str());
        return 1;
    }
    return r.interrupted ? 1 : 0;
}

}  // namespace m37::app
