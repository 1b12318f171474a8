// move37-engine bench search: times one search of N visits from the empty
// board with T threads over a network (a .m37 net or Leela Zero weights;
// light rollouts without one, or mixed into the net's value with
// --rollouts on) and prints visits/s, the figure `leelaz --benchmark`
// prints.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <boost/program_options.hpp>

#include "app/bench_search.h"
#include "app/command_options.h"
#include "engine/nn/net_loader.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/search/search_engine.h"

namespace po = boost::program_options;

namespace m37::app {

int benchSearch(int argc, char** argv) {
    std::string weights, rollouts = "auto";
    int visits = 1600, threads = 1, batch = 8, size = 19, repeat = 1;
    float lambda = SearchParams{}.lambda;
    uint64_t seed = 1;
    po::options_description opts("bench search options");
    opts.add_options()("help,h", "this help")("weights,w", po::value(&weights),
                                              "network: a move37 .m37 file or Leela Zero weights")(
        "visits,v", po::value(&visits)->default_value(1600), "visits per search")(
        "threads,t", po::value(&threads)->default_value(1), "search threads")(
        "batch", po::value(&batch)->default_value(8), "leaves per network batch")(
        "size", po::value(&size)->default_value(19), "board size")(
        "repeat", po::value(&repeat)->default_value(1), "searches (fresh tree each)")(
        "rollouts", po::value(&rollouts)->default_value("auto"),
        "on|off: mix light rollouts into the value (auto: on only without a network)")(
        "lambda", po::value(&lambda)->default_value(lambda), "rollout weight with a network")(
        "seed", po::value(&seed)->default_value(1), "random seed");
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "bench search", opts, vm)) return *code;
    if (visits < 1 || threads < 1 || batch < 1 || repeat < 1 || size < 2 || size > 25 ||
        !(lambda >= 0 && lambda <= 1) ||
        (rollouts != "on" && rollouts != "off" && rollouts != "auto")) {
        std::fprintf(stderr,
                     "bench search: bad option value (--visits, --threads, --batch, --repeat "
                     "at least 1; --size 2..25; --lambda 0..1; --rollouts on|off|auto)\n");
        return 2;
    }
    SearchParams p;
    p.threads = threads;
    p.batchSize = batch;
    p.seed = seed;
    p.rollouts = rollouts == "on" || (rollouts == "auto" && weights.empty());
    p.lambda = lambda;
    std::shared_ptr<nn::TorchEvaluator> netBase;
    nn::NNParams np;
    np.batchSize = batch;
    np.seed = seed;
    if (!weights.empty()) {
        std::string err;
        std::shared_ptr<nn::TorchEvaluator> base =
            nn::isNetFile(weights) ? nn::TorchEvaluator::fromNetFile(weights, np, &err)
                                   : nn::TorchEvaluator::fromLzFile(weights, np, &err);
        if (!base) {
            std::fprintf(stderr, "bench search: cannot load %s: %s\n", weights.c_str(),
                         err.c_str());
            return 2;
        }
        if (!base->capabilities().supports(size)) {
            std::fprintf(stderr, "bench search: the network does not take %dx%d\n", size, size);
            return 2;
        }
        base->evaluate(GameState(size));  // warm-up (first forward pass)
        netBase = base;
    }
    double totalS = 0;
    int64_t totalVisits = 0, totalPlayouts = 0;
    for (int r = 0; r < repeat; ++r) {
        // A fresh tree and NN cache per run (shared by its threads).
        Mcts::EvaluatorFactory net;
        if (netBase) {
            auto cache = std::make_shared<nn::NNCache>(np.cacheEntries);
            net = [netBase, np, cache]() mutable -> std::unique_ptr<nn::Evaluator> {
                np.seed = np.seed * 6364136223846793005ULL + 1442695040888963407ULL;
                return std::make_unique<nn::TorchEvaluator>(netBase->network(), np, cache);
            };
        }
        SearchEngine engine(p, net);
        SearchLimits lim;
        lim.visits = visits;
        auto t0 = std::chrono::steady_clock::now();
        engine.start(GameState(size), lim);
        engine.wait();
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        AnalysisSnapshot snap = engine.lastSnapshot();
        totalS += s;
        totalVisits += snap.rootVisits;
        totalPlayouts += snap.playouts;
        std::printf("search %d: %lld visits, %lld playouts, %lld nodes in %.3f s: %.1f visits/s\n",
                    r + 1, (long long)snap.rootVisits, (long long)snap.playouts,
                    (long long)snap.nodes, s, double(snap.rootVisits) / s);
    }
    std::printf("bench search: %s, %dx%d, %d threads, batch %d: %.1f visits/s (%.1f playouts/s)\n",
                weights.empty() ? "rollouts" : weights.c_str(), size, size, threads, batch,
                double(totalVisits) / totalS, double(totalPlayouts) / totalS);
    return 0;
}

}  // namespace m37::app
