// move37-engine gtp: speaks GTP v2 on stdin/stdout with the PUCT search,
// over a Leela Zero network (--weights) or over light rollouts without one.
//   gtp [--rules chinese] [--komi 7.5] [--size 19] [--weights FILE]
//       [--human-policy FILE] [--visits N] [--playouts N] [--time S]
//       [--threads T] [--batch B] [--rollouts on|off] [--lambda X] [--seed S]
//       [--human-weight X] [--nn-cache N] [--ponder] [--no-resign]
#include <cstdio>
#include <iostream>
#include <optional>

#include <boost/program_options.hpp>

#include "app/command_options.h"
#include "app/commands.h"
#include "engine/gtp/gtp_server.h"
#include "engine/nn/net_loader.h"

namespace po = boost::program_options;

namespace m37::app {

int runGtp(int argc, char** argv) {
    GtpServerOptions o;
    std::string rules = "chinese";
    double komi = 0;
    int size = 19;
    int visits = o.search.visits;
    uint64_t seed = o.search.seed;
    std::string weights, human, rollouts = "auto", humanTree = "on";
    int64_t playouts = 0;
    double timeS = 0, lambda = o.search.lambda, humanWeight = 0;
    int threads = 1, batch = o.search.batchSize, randomMoves = 0;
    nn::NNParams np;
    int64_t cacheEntries = int64_t(np.cacheEntries);
    po::options_description opts("gtp options");
    opts.add_options()("help,h", "this help")(
        "rules", po::value(&rules)->default_value("chinese"),
        "rules: chinese, japanese, korean, aga, nz, tromp-taylor or key=value list")(
        "komi", po::value(&komi), "komi (default: the rules' komi)")(
        "size", po::value(&size)->default_value(19), "initial board size (2..25)")(
        "visits,v", po::value(&visits)->default_value(o.search.visits),
        "root visits per genmove (without a network: on 9x9, scaled down on larger boards)")(
        "weights,w", po::value(&weights),
        "network: a move37 .m37 file or Leela Zero weights (text or gzipped)")(
        "human-policy", po::value(&human),
        "human policy network, .m37 or Leela Zero (reported as humanPrior)")(
        "playouts,p", po::value(&playouts), "new playouts per genmove (limit)")(
        "time", po::value(&timeS), "seconds per genmove (limit)")(
        "threads,t", po::value(&threads)->default_value(1), "search threads")(
        "batch", po::value(&batch)->default_value(o.search.batchSize), "leaves per network batch")(
        "nn-cache", po::value(&cacheEntries)->default_value(cacheEntries),
        "network evaluations kept per network (0: no cache)")(
        "rollouts", po::value(&rollouts)->default_value("auto"),
        "on|off: mix light rollouts into the value (auto: on only without a network)")(
        "lambda", po::value(&lambda)->default_value(o.search.lambda),
        "rollout weight: value = (1-lambda) net + lambda rollout")(
        "human-weight", po::value(&humanWeight)->default_value(0),
        "mix the human policy into the root priors with this weight (0: report only)")(
        "human-tree", po::value(&humanTree)->default_value("on"),
        "on|off: on a board size the network does not take, the human policy guides the "
        "whole tree with rollouts mixed into its value (AlphaGo Fan); off: rollouts alone")(
        "random-moves", po::value(&randomMoves)->default_value(0),
        "draw the first N moves of a game in proportion to their visits (as leelaz -m; "
        "matches between deterministic engines need it)")(
        "ponder", "search on the opponent's time")("seed",
                                                   po::value(&seed)->default_value(o.search.seed),
                                                   "random seed")("no-resign", "never resign");
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "gtp", opts, vm)) return *code;
    auto r = Rules::parse(rules);
    if (!r) {
        std::fprintf(stderr, "gtp: unknown rules '%s'\n", rules.c_str());
        return 2;
    }
    if (vm.count("komi")) r->komi = float(komi);
    if (size < Board::kMinSize || size > Board::kMaxSize || visits < 1) {
        std::fprintf(stderr, "gtp: --size must be 2..25 and --visits positive\n");
        return 2;
    }
    o.rules = *r;
    o.boardSize = size;
    o.search.visits = visits;
    o.search.seed = seed;
    if (vm.count("no-resign")) o.search.resignBelow = 0;
    if (threads < 1 || threads > 256 || batch < 1 || batch > 1024 || lambda < 0 || lambda > 1 ||
        playouts < 0 || timeS < 0 || cacheEntries < 0 || cacheEntries > (int64_t(1) << 26) ||
        randomMoves < 0 || humanWeight < 0 || humanWeight > 1 ||
        (rollouts != "on" && rollouts != "off" && rollouts != "auto") ||
        (humanTree != "on" && humanTree != "off")) {
        std::fprintf(
            stderr,
            "gtp: bad --threads/--batch/--lambda/--playouts/--time/--rollouts/--human-tree/"
            "--nn-cache\n");
        return 2;
    }
    o.search.threads = threads;
    if (randomMoves > 0) {
        o.search.temperature = 1.0f;
        o.search.temperatureMoves = randomMoves;
    }
    o.search.batchSize = batch;
    o.search.lambda = float(lambda);
    o.search.humanTreeLambda = float(lambda);
    o.search.humanPriorWeight = float(humanWeight);
    o.search.humanPolicyTree = humanTree == "on";
    o.genmoveLimits.playouts = playouts;
    o.genmoveLimits.timeMs = int64_t(timeS * 1000);
    o.ponder = vm.count("ponder") > 0;
    np.batchSize = batch;
    np.cacheEntries = size_t(cacheEntries);
    np.seed = seed;
    auto load = [&](const std::string& path) {
        std::string err;
        auto net = nn::loadNetwork(path, np, &err);
        if (!net) std::fprintf(stderr, "gtp: cannot load %s\n", err.c_str());
        return net;
    };
    if (!weights.empty()) {
        auto net = load(weights);
        if (!net) return 2;
        o.network = net->factory();
        o.search.budgetScaling = 0;  // --visits is exact with a network
        o.genmoveLimits.visits = vm["visits"].defaulted() ? 0 : visits;
        o.heatmapNetwork = [net](int sym) { return net->heatmapEvaluator(sym); };
    }
    if (!human.empty()) {
        auto net = load(human);
        if (!net) return 2;
        o.humanPolicy = net->factory();
    }
    o.search.rollouts = rollouts == "on" || (rollouts == "auto" && weights.empty());
    o.version = MOVE37_VERSION;
    std::ios::sync_with_stdio(false);
    GtpServer server(o);
    server.run(std::cin, std::cout);
    return 0;
}

}  // namespace m37::app
