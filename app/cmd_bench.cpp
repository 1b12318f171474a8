// move37-engine bench: speed measurements whose figures go in notes.
//   bench playouts [--size N] [--seconds S] [--playouts P] [--seed X]
//   bench nn [options]       (cmd_bench_nn.cpp)
//   bench search [options]   (cmd_bench_search.cpp)
//   bench reason [options]   (cmd_bench_reason.cpp)
// Each benchmark parses its own options: it gets the arguments after
// "bench", its own name first.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <boost/program_options.hpp>

#include "app/bench_nn.h"
#include "app/bench_reason.h"
#include "app/bench_search.h"
#include "app/command_options.h"
#include "app/commands.h"
#include "engine/go/playout.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

int benchPlayouts(int argc, char** argv) {
    po::options_description opts("bench playouts options");
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
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "bench playouts", opts, vm)) return *code;
    if (size < Board::kMinSize || size > Board::kMaxSize) {
        std::fprintf(stderr, "bench: --size must be 2..25, got %d\n", size);
        return 2;
    }

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
    std::printf(
        "size %dx%d: %ld playouts in %.2f s, %.0f playouts/s, %.0f moves/s, "
        "%.1f moves/game, mean black-white %.2f\n",
        size, size, games, elapsed, games / elapsed, moves / elapsed, double(moves) / games,
        double(checksum) / games);
    return 0;
}

struct Benchmark {
    const char* name;
    int (*run)(int, char**);
    const char* help;
};

const Benchmark kBenchmarks[] = {
    {"playouts", benchPlayouts, "random playouts/s: --size N --seconds S"},
    {"nn", benchNn, "network evals/s at batch 1/8/32, 9x9 and 19x19 random nets"},
    {"search", benchSearch, "search visits/s: -w FILE -v N -t T (compare leelaz --benchmark)"},
    {"reason", benchReason, "reasoning model tok/s and time to first token: --threads 1"},
};

void usage(FILE* out) {
    std::fprintf(out, "usage: move37-engine bench BENCHMARK [options]\n\nbenchmarks:\n");
    for (const auto& b : kBenchmarks) std::fprintf(out, "  %-9s %s\n", b.name, b.help);
    std::fprintf(out, "\nRun 'move37-engine bench BENCHMARK --help' for its options.\n");
}

}  // namespace

int runBench(int argc, char** argv) {
    // argv[0] is "bench".
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char* what = argv[1];
    if (!std::strcmp(what, "--help") || !std::strcmp(what, "-h")) {
        usage(stdout);
        return 0;
    }
    for (const auto& b : kBenchmarks)
        if (!std::strcmp(what, b.name)) return b.run(argc - 1, argv + 1);
    std::fprintf(stderr, "bench: unknown benchmark '%s'\n", what);
    usage(stderr);
    return 2;
}

}  // namespace m37::app
