// move37-engine bench nn: evaluations per second of the LibTorch network
// through the Evaluator interface (input planes, forward pass, policy
// masking; cache off, identity symmetry), at several batch sizes, board
// sizes, net shapes and thread counts. Nets are random (random_network.h),
// or a Leela Zero file with -w (19x19 only).
//   bench nn [--sizes 9,19] [--nets 6x64,10x128] [--batches 1,8,32]
//            [--threads 1,2] [--seconds 1] [--repeats 3] [-w FILE]
// Each figure is the best of --repeats windows of --seconds (robust to other
// load on the machine).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <sstream>

#include <boost/program_options.hpp>

#include "app/bench_nn.h"
#include "engine/go/coord.h"
#include "engine/go/rng.h"
#include "engine/nn/lz_weights.h"
#include "engine/nn/random_network.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/nn/torch_network.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

std::vector<int> parseInts(const std::string& text, char sep = ',') {
    std::vector<int> v;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, sep)) {
        if (item.empty()) continue;
        v.push_back(std::stoi(item));
    }
    return v;
}

// Distinct positions from random legal games (various move numbers).
std::vector<GameState> samplePositions(int size, int count, uint64_t seed) {
    Rng rng(seed);
    std::vector<GameState> out;
    const int area = size * size;
    while (int(out.size()) < count) {
        GameState g(size);
        const int moves = int(rng.below(uint32_t(area / 2 + 1)));
        for (int m = 0; m < moves; ++m) {
            Loc played = kPassLoc;
            for (int t = 0; t < 20; ++t) {
                const int i = int(rng.below(uint32_t(area)));
                const Loc l = makeLoc(i % size, i / size, size);
                if (g.isLegal(l, g.toMove())) {
                    played = l;
                    break;
                }
            }
            g.play(played);
        }
        out.push_back(g);
    }
    return out;
}

struct Row {
    double evalsPerSec = 0;
    double msPerBatch = 0;
};

// The best of `repeats` timed windows (each at least `seconds` and 3
// batches): other work on the machine only ever slows a window down.
Row measure(nn::Evaluator& ev, const std::vector<GameState>& positions, int batch, double seconds,
            int repeats) {
    size_t next = 0;
    auto runBatch = [&] {
        for (int i = 0; i < batch; ++i) ev.add(positions[next++ % positions.size()]);
        ev.compute();
    };
    // Warm-up: LibTorch sets up its kernels for each new shape on first use.
    const auto warm = std::chrono::steady_clock::now();
    for (int i = 0;
         i < 3 || std::chrono::steady_clock::now() - warm < std::chrono::milliseconds(300); ++i)
        runBatch();
    Row best;
    for (int r = 0; r < repeats; ++r) {
        long batches = 0;
        const auto start = std::chrono::steady_clock::now();
        double elapsed = 0;
        do {
            runBatch();
            ++batches;
            elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        } while (elapsed < seconds || batches < 3);
        const double rate = double(batches) * batch / elapsed;
        if (rate > best.evalsPerSec) best = {rate, 1000.0 * elapsed / double(batches)};
    }
    return best;
}

}  // namespace

int benchNn(int argc, char** argv) {
    po::options_description opts("bench nn options");
    std::string sizes = "9,19", nets = "6x64,10x128", batches = "1,8,32", threads = "1,2", file;
    double seconds = 1;
    int repeats = 3;
    uint64_t seed = 37;
    opts.add_options()("help,h", "this help")("sizes", po::value(&sizes)->default_value(sizes),
                                              "board sizes (random nets)")(
        "nets", po::value(&nets)->default_value(nets), "random net shapes BLOCKSxFILTERS")(
        "batches", po::value(&batches)->default_value(batches), "batch sizes")(
        "threads", po::value(&threads)->default_value(threads), "LibTorch intra-op threads")(
        "seconds", po::value(&seconds)->default_value(1.0), "time of each timed window")(
        "repeats", po::value(&repeats)->default_value(3), "timed windows; the best is shown")(
        "weights,w", po::value(&file), "a Leela Zero weight file instead of random nets")(
        "seed", po::value(&seed)->default_value(37), "seed of the random nets and positions");
    po::variables_map vm;
    std::vector<int> sizeList, batchList, threadList;
    std::vector<std::pair<int, int>> netList;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).run(), vm);
        po::notify(vm);
        sizeList = parseInts(sizes);
        batchList = parseInts(batches);
        threadList = parseInts(threads);
        std::stringstream ss(nets);
        std::string item;
        while (std::getline(ss, item, ',')) {
            const size_t x = item.find('x');
            if (x == std::string::npos) throw std::invalid_argument("net shape '" + item + "'");
            netList.emplace_back(std::stoi(item.substr(0, x)), std::stoi(item.substr(x + 1)));
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench nn: %s\n", e.what());
        return 2;
    }
    if (vm.count("help")) {
        std::cout << "usage: move37-engine bench nn [options]\n" << opts;
        return 0;
    }
    std::optional<nn::LzWeights> lz;
    if (!file.empty()) {
        std::string error;
        lz = nn::loadLzWeights(file, &error);
        if (!lz) {
            std::fprintf(stderr, "bench nn: %s\n", error.c_str());
            return 1;
        }
        sizeList = {nn::LzWeights::kBoardSize};
        netList = {{lz->blocks, lz->filters}};
    }
    for (int s : sizeList)
        if (s < 2 || s > Board::kMaxSize) {
            std::fprintf(stderr, "bench nn: bad board size %d\n", s);
            return 2;
        }
    for (int b : batchList)
        if (b < 1) {
            std::fprintf(stderr, "bench nn: bad batch size %d\n", b);
            return 2;
        }

    std::printf("%-5s %-8s %-7s %-5s %12s %12s\n", "size", "net", "threads", "batch", "evals/s",
                "ms/batch");
    for (int size : sizeList) {
        const auto positions = samplePositions(size, 256, seed + uint64_t(size));
        for (auto [blocks, filters] : netList) {
            for (int t : threadList) {
                nn::NNParams params;
                params.threads = t;
                params.cacheEntries = 0;
                params.symmetryMode = nn::SymmetryMode::kFixed;
                params.symmetry = 0;
                params.allowCuda = false;
                std::string error;
                std::shared_ptr<const nn::TorchNetwork> net;
                if (lz) {
                    net = nn::TorchNetwork::fromLz(*lz, params, &error);
                } else {
                    nn::RandomLzSpec spec;
                    spec.blocks = blocks;
                    spec.filters = filters;
                    spec.seed = seed;
                    net = nn::randomTorchNetwork(spec, size, params, &error);
                }
                if (!net) {
                    std::fprintf(stderr, "bench nn: %s\n", error.c_str());
                    return 1;
                }
                for (int b : batchList) {
                    params.batchSize = b;
                    nn::TorchEvaluator ev(net, params);
                    const Row r = measure(ev, positions, b, seconds, std::max(1, repeats));
                    if (!ev.lastError().empty()) {
                        std::fprintf(stderr, "bench nn: %s\n", ev.lastError().c_str());
                        return 1;
                    }
                    char shape[32];
                    std::snprintf(shape, sizeof shape, "%dx%d", blocks, filters);
                    std::printf("%-5s %-8s %-7d %-5d %12.1f %12.2f\n",
                                (std::to_string(size) + "x" + std::to_string(size)).c_str(), shape,
                                t, b, r.evalsPerSec, r.msPerBatch);
                    std::fflush(stdout);
                }
            }
        }
    }
    return 0;
}

}  // namespace m37::app
