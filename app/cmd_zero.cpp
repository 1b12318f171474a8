// move37-engine zero: the whole self-play training loop as one resumable
// command (engine/train/zero_loop.h).
//   zero --out DIR [--size 9] [--hours H] [--generations G] [--blocks 6]
//        [--channels 64] [--init-net NET] [--games-per-generation N] [--visits V] ...
// Run it again with the same --out to continue; Ctrl-C (or SIGTERM, or the
// end of --hours) stops after the current game or training step with
// everything saved.
#include <cstdio>
#include <iostream>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "app/stop_signal.h"
#include "engine/train/zero_loop.h"

namespace po = boost::program_options;

namespace m37::app {

int runZero(int argc, char** argv) {
    po::options_description opts("zero options");
    train::ZeroParams p;
    std::string rulesText = "chinese";
    double komi = 7;
    opts.add_options()("help,h", "this help")(
        "report", "only rebuild generations.csv and elo.svg from the records, then exit")(
        "out", po::value(&p.outDir)->required(),
        "run folder (self-play chunks, trainer, nets, gates, generations.csv, elo.svg)")(
        "size", po::value(&p.boardSize)->default_value(9), "board size")(
        "hours", po::value(&p.hours)->default_value(1), "stop after this many hours (0: no limit)")(
        "generations", po::value(&p.maxGenerations)->default_value(0),
        "stop after this generation (0: no limit)")("komi", po::value(&komi)->default_value(7.0),
                                                    "komi")(
        "rules", po::value(&rulesText)->default_value("chinese"), "rules (preset or key=value)")(
        "seed", po::value(&p.seed)->default_value(1), "seed of the run")(
        "threads", po::value(&p.threads)->default_value(1), "LibTorch intra-op threads")(
        "blocks", po::value(&p.blocks)->default_value(6), "residual blocks")(
        "channels", po::value(&p.channels)->default_value(64), "channels")(
        "value-hidden", po::value(&p.valueHidden)->default_value(128), "value head hidden units")(
        "init-net", po::value(&p.initNet),
        "start a new run from this .m37 net (generation 0 plays with it, training starts from "
        "its weights and shape) instead of the network-free search")(
        "bootstrap-games", po::value(&p.bootstrapGames)->default_value(1000),
        "generation 0: games of the network-free search")(
        "bootstrap-visits", po::value(&p.bootstrapVisits)->default_value(800),
        "generation 0: visits per move")("games-per-generation",
                                         po::value(&p.gamesPerGeneration)->default_value(300),
                                         "self-play games of each later generation")(
        "visits", po::value(&p.selfplay.visits)->default_value(200),
        "self-play: visits of a full search")(
        "fast-visits", po::value(&p.selfplay.fastVisits)->default_value(50),
        "self-play: visits of a fast search (playout-cap randomisation; 0: all full)")(
        "full-share", po::value(&p.selfplay.fullShare)->default_value(0.25),
        "self-play: share of full searches")("parallel-games",
                                             po::value(&p.parallelGames)->default_value(4),
                                             "self-play games sharing one batched evaluator")(
        "max-batch", po::value(&p.maxBatch)->default_value(16),
        "positions per network batch in self-play (a GPU wants more)")(
        "steps-per-generation", po::value(&p.stepsPerGeneration)->default_value(500),
        "training steps per generation")("batch", po::value(&p.batch)->default_value(128),
                                         "training batch")(
        "lr", po::value(&p.lr)->default_value(0.02), "learning rate")(
        "window", po::value(&p.window)->default_value(150000),
        "replay window: newest training positions")(
        "q-ratio", po::value(&p.qRatio)->default_value(0.0),
        "value target: (1 - R) * game result + R * the search's root value (as train)")(
        "replay", po::value(&p.replayDirs)->composing(),
        "self-play chunks of an earlier run (its selfplay folder) that join the replay window; "
        "repeatable")("gate-games", po::value(&p.gateGames)->default_value(20),
                      "games of each gate match")(
        "gate-visits", po::value(&p.gateVisits)->default_value(200), "visits in gate matches")(
        "random-moves", po::value(&p.randomMoves)->default_value(4),
        "opening moves drawn by visits in matches")("promote",
                                                    po::value(&p.promoteScore)->default_value(0.55),
                                                    "score a candidate needs against the best")(
        "match-concurrency", po::value(&p.matchConcurrency)->default_value(0),
        "games of a gate or GNU Go match played at once (0: --threads)")(
        "gnugo-every", po::value(&p.gnugoEvery)->default_value(2),
        "play GNU Go every N generations (0: never)")(
        "gnugo-games", po::value(&p.gnugoGames)->default_value(10), "games against GNU Go")(
        "gnugo-visits", po::value(&p.gnugoVisits)->default_value(800), "visits against GNU Go")(
        "gnugo", po::value(&p.gnugoCommand),
        "GNU Go command (default: gnugo --mode gtp --level 10)");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, opts), vm);
        if (vm.count("help")) {
            std::cout << "usage: move37-engine zero --out DIR [options]\n" << opts;
            return 0;
        }
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "zero: %s\n", e.what());
        return 2;
    }
    auto r = Rules::parse(rulesText);
    if (!r) {
        std::fprintf(stderr, "zero: unknown rules '%s'\n", rulesText.c_str());
        return 2;
    }
    r->komi = float(komi);
    p.rules = *r;
    if (p.boardSize < 2 || p.boardSize > 19 || p.blocks < 1 || p.channels < 1 || p.batch < 1 ||
        p.gamesPerGeneration < 1 || p.bootstrapGames < 1 || p.selfplay.visits < 1 ||
        p.gateGames < 1 || p.stepsPerGeneration < 1 || p.threads < 1 || p.hours < 0 ||
        p.parallelGames < 1 || p.matchConcurrency < 0 || !(p.qRatio >= 0 && p.qRatio <= 1)) {
        std::fprintf(stderr,
                     "zero: bad value: need size 2..19, positive blocks, channels, batch, "
                     "games, visits, steps, threads, --match-concurrency 0 or more, and "
                     "--q-ratio in [0, 1]\n");
        return 2;
    }
    p.command = "move37-engine zero";
    for (int i = 1; i < argc; ++i) p.command += std::string(" ") + argv[i];

    if (vm.count("report")) {
        train::writeZeroReport(p);
        std::printf("zero: wrote %s/generations.csv and %s/elo.svg\n", p.outDir.c_str(),
                    p.outDir.c_str());
        return 0;
    }

    StopSignal stop("\nzero: stopping after this game or step (everything is saved)\n");
    const auto res = train::runZero(p, stdout, &StopSignal::flag());
    if (!res.ok) {
        std::fprintf(stderr, "zero: %s\n", res.error.c_str());
        return 1;
    }
    std::printf("zero: %s after generation %d; best net: generation %d (%s/best.m37)\n",
                res.interrupted ? "stopped" : "finished", res.generation, res.best,
                p.outDir.c_str());
    return 0;
}

}  // namespace m37::app
