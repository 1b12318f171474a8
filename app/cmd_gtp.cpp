// move37-engine gtp: speaks GTP v2 on stdin/stdout with the rollout search.
//   gtp [--rules chinese] [--komi 7.5] [--size 19] [--visits N] [--seed S]
#include <cstdio>
#include <iostream>
#include <optional>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "engine/gtp/gtp_server.h"

namespace po = boost::program_options;

namespace m37::app {

int runGtp(int argc, char** argv) {
    GtpServerOptions o;
    std::string rules = "chinese";
    double komi = 0;
    int size = 19;
    int visits = o.search.visits;
    uint64_t seed = o.search.seed;
    po::options_description opts("gtp options");
    opts.add_options()("help,h", "this help")(
        "rules", po::value(&rules)->default_value("chinese"),
        "rules: chinese, japanese, korean, aga, nz, tromp-taylor or key=value list")(
        "komi", po::value(&komi), "komi (default: the rules' komi)")(
        "size", po::value(&size)->default_value(19), "initial board size (2..25)")(
        "visits", po::value(&visits)->default_value(o.search.visits),
        "playouts per genmove on 9x9 (scaled down on larger boards)")(
        "seed", po::value(&seed)->default_value(o.search.seed), "random seed")("no-resign",
                                                                               "never resign");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).run(), vm);
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gtp: %s\n", e.what());
        return 2;
    }
    if (vm.count("help")) {
        std::cout << "usage: move37-engine gtp [options]\n" << opts;
        return 0;
    }
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
    o.version = MOVE37_VERSION;
    std::ios::sync_with_stdio(false);
    GtpServer server(o);
    server.run(std::cin, std::cout);
    return 0;
}

}  // namespace m37::app
