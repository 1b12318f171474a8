// move37-engine selfplay: games of the search against itself, written as
// self-play chunks (engine/train/selfplay_chunk.h) for training.
//   selfplay --out DIR [--size 9] [--games N] [--visits V] [--fast-visits F]
//            [--full-share P] [--weights NET] [--games-per-chunk K] [--seed S]
// Chunks are DIR/selfplay-NNNNNN.txt, numbered after those already there,
// so running it again adds games. Prints a line per game with games/s,
// positions/s and the ETA. Ctrl-C stops after the current game.
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
#include "engine/train/selfplay.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

// The first free chunk number in `dir`.
int nextChunkNumber(const std::string& dir) {
    int next = 0;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        int k = 0;
        if (std::sscanf(name.c_str(), "selfplay-%d.txt", &k) == 1 && k >= next) next = k + 1;
    }
    return next;
}

}  // namespace

int runSelfPlay(int argc, char** argv) {
    po::options_description opts("selfplay options");
    train::SelfPlayParams p;
    std::string outDir, weights, rulesText = "chinese";
    int games = 1, perChunk = 16;
    double komi = 7;
    uint64_t seed = 1;
    opts.add_options()("help,h", "this help")("out", po::value(&outDir)->required(),
                                              "folder of the chunks")(
        "size", po::value(&p.boardSize)->default_value(9), "board size (2..19)")(
        "games", po::value(&games)->default_value(1), "games to play")(
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
        "seed", po::value(&seed)->default_value(1), "seed of the games");
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
        p.visits < 1 || p.fastVisits < 0) {
        std::fprintf(stderr, "selfplay: bad value (rules, size 2..19, games, visits)\n");
        return 2;
    }
    p.rules = *rules;
    p.rules.komi = float(komi);

    train::EvaluatorFactory factory;
    if (!weights.empty()) {
        nn::NNParams np;
        np.seed = seed;
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
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        std::fprintf(stderr, "selfplay: %s: %s\n", outDir.c_str(), ec.message().c_str());
        return 1;
    }

    StopSignal stop("\nselfplay: stopping after this game\n");
    int chunkNo = nextChunkNumber(outDir);
    Rng rng(seed * 0x9E3779B97F4A7C15ULL + uint64_t(chunkNo));
    std::vector<train::SelfPlayGame> pending;
    const auto start = std::chrono::steady_clock::now();
    int64_t positions = 0;
    int played = 0;
    auto flush = [&]() {
        if (pending.empty()) return true;
        char name[64];
        std::snprintf(name, sizeof name, "/selfplay-%06d.txt", chunkNo++);
        std::string err;
        if (!train::writeSelfPlayChunk(outDir + name, pending, &err)) {
            std::fprintf(stderr, "selfplay: %s\n", err.c_str());
            return false;
        }
        std::printf("selfplay: wrote %s%s (%zu games)\n", outDir.c_str(), name, pending.size());
        pending.clear();
        return true;
    };
    for (int i = 0; i < games && !stop.requested(); ++i) {
        train::SelfPlayGame g = train::playSelfPlayGame(p, factory, rng, rng.next());
        ++played;
        int full = 0;
        for (const auto& m : g.moves) full += m.full ? 1 : 0;
        positions += int64_t(g.moves.size());
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double eta = s / played * (games - played);
        std::printf(
            "selfplay: game %d/%d: %s in %zu moves (%d full)%s  %.2f games/s  %.1f "
            "positions/s  ETA %s\n",
            played, games, g.result.c_str(), g.moves.size(), full,
            g.resignCheck ? " [resign check]" : "", played / s, double(positions) / s,
            train::formatDuration(eta).c_str());
        std::fflush(stdout);
        pending.push_back(std::move(g));
        if (int(pending.size()) >= perChunk && !flush()) return 1;
    }
    if (!flush()) return 1;
    return stop.requested() ? 1 : 0;
}

}  // namespace m37::app
