// move37-engine bench: speed measurements whose figures go in notes.
//   bench playouts --size N [--seconds S] [--seed X]
#include <chrono>
#include <cstdio>
#include <iostream>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "engine/go/playout.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

int benchPlayouts(int size, double seconds, long count, uint64_t seed) {
    Rng rng(seed);
    const Board empty(size);
    long games = 0, moves = 0;
    long long checksum = 0;
    auto start = std::chrono::steady_clock::now();
    double elapsed = 0;
    do {
        for (int i = 0; i < 256; ++i) {
            Board b = empty;
            moves += playout(b, kBlack, rng);
            checksum += areaCount(b);
            ++games;
        }
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (count > 0 ? games < count : elapsed < seconds);
    std::printf("size %dx%d: %ld playouts in %.2f s, %.0f playouts/s, %.0f moves/s, "
                "%.1f moves/game, mean black-white %.2f\n",
                size, size, games, elapsed, games / elapsed, moves / elapsed,
                double(moves) / games, double(checksum) / games);
    return 0;
}

}  // namespace

int runBench(int argc, char** argv) {
    po::options_description opts("bench options");
    int size = 9;
    double seconds = 5;
    uint64_t seed = 1;
    long count = 0;
    opts.add_options()("help,h", "this help")("size", po::value(&size)->default_value(9),
                                              "board size (2..25)")(
        "seconds", po::value(&seconds)->default_value(5.0), "how long to run")(
        "playouts", po::value(&count)->default_value(0),
        "run this many playouts (rounded up to 256) instead of --seconds")(
        "seed", po::value(&seed)->default_value(1), "random seed");
    po::options_description hidden;
    std::string what;
    hidden.add_options()("what", po::value(&what));
    po::positional_options_description pos;
    pos.add("what", 1);
    po::options_description all;
    all.add(opts).add(hidden);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench: %s\n", e.what());
        return 2;
    }
    if (vm.count("help") || what.empty()) {
        std::cout << "usage: move37-engine bench playouts [options]\n" << opts;
        return vm.count("help") ? 0 : 2;
    }
    if (what == "playouts") {
        if (size < Board::kMinSize || size > Board::kMaxSize) {
            std::fprintf(stderr, "bench: --size must be 2..25, got %d\n", size);
            return 2;
        }
        return benchPlayouts(size, seconds, count, seed);
    }
    std::fprintf(stderr, "bench: unknown benchmark '%s' (known: playouts)\n", what.c_str());
    return 2;
}

}  // namespace m37::app
