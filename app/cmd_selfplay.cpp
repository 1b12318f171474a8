// move37-engine selfplay: games of the search against itself, written as
// self-play chunks (engine/train/selfplay_chunk.h) for training, many games
// at once (engine/train/selfplay_pool.h).
//   selfplay --out DIR [--size 9] [--games N] [--visits V] [--fast-visits F]
//            [--full-share P] [--weights NET] [--games-per-chunk K] [--seed S]
//            [--parallel-games G] [--max-batch B] [--search-batch L] [--nn-threads T]
// --games is the total wanted in DIR: the games already in its chunks count,
// so running the same command again resumes, and a larger --games adds
// more. --parallel-games defaults to 8 with a network (the games share one
// batched evaluator) and 1 with rollouts (each game is a thread of CPU
// work; give more to use more cores). Prints a line per game with games/s,
// positions/s, the mean network batch and the ETA. Ctrl-C stops after the
// games in progress, which are written.
#include <unistd.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "app/stop_signal.h"
#include "engine/nn/net_loader.h"
#include "engine/train/progress_text.h"
#include "engine/train/selfplay_pool.h"

namespace po = boost::program_options;

namespace m37::app {

int runSelfPlay(int argc, char** argv) {
    po::options_description opts("selfplay options");
    train::SelfPlayParams p;
    std::string outDir, weights, rulesText = "chinese";
    int games = 1, perChunk = 16, parallel = 0, maxBatch = 0, nnThreads = 1;
    double komi = 7;
    uint64_t seed = 1;
    opts.add_options()("help,h", "this help")("out", po::value(&outDir)->required(),
                                              "folder of the chunks")(
        "size", po::value(&p.boardSize)->default_value(9), "board size (2..19)")(
        "games", po::value(&games)->default_value(1),
        "games wanted in --out in all (those already there count: resumes)")(
        "visits", po::value(&p.visits)->default_value(200), "root visits of a full search")(
        "fast-visits", po::value(&p.fastVisits)->default_value(0),
        "root visits of a fast search (playout-cap randomisation; 0: all full)")(
        "full-share", po::value(&p.fullShare)->default_value(0.25),
        "share of moves with a full search when --fast-visits > 0")(
        "temperature-moves", po::value(&p.temperatureMoves)->default_value(8),
        "opening moves drawn in proportion to the visits")(
        "resign-below", po::value(&p.resignBelow)->default_value(0.05f),
        "resign when the winrate is below this (0: never)")(
        "resign-check-share", po::value(&p.resignCheckShare)->default_value(0.1),
        "share of games played out without resigning")(
        "max-moves", po::value(&p.maxMoves)->default_value(0), "move cap (0: 2 x size x size)")(
        "komi", po::value(&komi)->default_value(7.0), "komi")(
        "rules", po::value(&rulesText)->default_value("chinese"), "rules (preset or key=value)")(
        "weights,w", po::value(&weights), "network (.m37 or Leela Zero); none: rollouts")(
        "games-per-chunk", po::value(&perChunk)->default_value(16), "games in each chunk file")(
        "seed", po::value(&seed)->default_value(1), "seed of the games")(
        "parallel-games", po::value(&parallel)->default_value(0),
        "games played at once (0: 8 with a network, 1 with rollouts)")(
        "max-batch", po::value(&maxBatch)->default_value(0),
        "positions in one network batch (0: parallel games x search batch)")(
        "search-batch", po::value(&p.searchBatch)->default_value(8),
        "leaves each search gathers before asking the network")(
        "nn-threads", po::value(&nnThreads)->default_value(1), "intra-op threads of the network");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).run(), vm);
        if (vm.count("help")) {
            std::cout << "usage: move37-engine selfplay --out DIR [options]\n" << opts;
            return 0;
        }
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "selfplay: %s\n", e.what());
        return 2;
    }
    auto rules = Rules::parse(rulesText);
    if (!rules || p.boardSize < 2 || p.boardSize > 19 || games < 1 || perChunk < 1 ||
        p.visits < 1 || p.fastVisits < 0 || parallel < 0 || maxBatch < 0 || p.searchBatch < 1 ||
        nnThreads < 1) {
        std::fprintf(stderr,
                     "selfplay: bad value (rules, size 2..19, games, visits, parallel games, "
                     "batch sizes, threads)\n");
        return 2;
    }
    p.rules = *rules;
    p.rules.komi = float(komi);

    train::EvaluatorFactory factory;
    if (!weights.empty()) {
        nn::NNParams np;
        np.seed = seed;
        np.threads = nnThreads;
        np.batchSize = p.searchBatch;
        std::string err;
        auto net = nn::loadNetwork(weights, np, &err);
        if (!net) {
            std::fprintf(stderr, "selfplay: cannot load %s\n", err.c_str());
            return 1;
        }
        if (!net->capabilities().supports(p.boardSize)) {
            std::fprintf(stderr, "selfplay: %s does not play %dx%d\n", weights.c_str(), p.boardSize,
                         p.boardSize);
            return 1;
        }
        factory = net->factory();
        p.netName = weights;
    }
    train::SelfPlayPoolParams pp;
    pp.game = p;
    pp.games = games;
    pp.gamesPerChunk = perChunk;
    pp.seed = seed;
    pp.outDir = outDir;
    pp.parallelGames = parallel > 0 ? parallel : factory ? 8 : 1;
    pp.maxBatch = maxBatch;
    StopSignal stop("\nselfplay: stopping after the games in progress\n");
    const train::SelfPlayPoolResult r = train::runSelfPlayPool(pp, factory, stdout, &stop.flag());
    if (!r.ok) {
        std::fprintf(stderr, "selfplay: %s\n", r.error.c_str());
        return 1;
    }
    char batch[48] = "";
    if (r.meanBatch > 0) std::snprintf(batch, sizeof batch, ", mean batch %.1f", r.meanBatch);
    std::printf(
        "selfplay: %d games, %lld positions (%lld full) in %s: %.2f games/s, %.1f "
        "positions/s%s\n",
        r.games, (long long)r.positions, (long long)r.fullPositions,
        train::formatDuration(r.seconds).c_str(), r.seconds > 0 ? r.games / r.seconds : 0.0,
        r.seconds > 0 ? double(r.positions) / r.seconds : 0.0, batch);
    return stop.requested() ? 1 : 0;
}

}  // namespace m37::app
