// make_random_lz_net OUT [BLOCKS FILTERS [SEED [VERSION]]]
// Writes a random Leela Zero weight file (gzipped when OUT ends in .gz), for
// tests and for speed comparisons with `leelaz --benchmark`.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/nn/lz_random_net.h"

int main(int argc, char** argv) {
    if (argc < 2 || argc > 6) {
        std::fprintf(stderr, "usage: %s OUT [BLOCKS FILTERS [SEED [VERSION]]]\n", argv[0]);
        return 2;
    }
    m37::nn::RandomLzSpec spec;
    if (argc >= 4) {
        spec.blocks = std::atoi(argv[2]);
        spec.filters = std::atoi(argv[3]);
    }
    if (argc >= 5) spec.seed = std::strtoull(argv[4], nullptr, 10);
    if (argc >= 6) spec.version = std::atoi(argv[5]);
    if (spec.blocks < 0 || spec.filters < 1 || (spec.version != 1 && spec.version != 2)) {
        std::fprintf(stderr, "bad blocks/filters/version\n");
        return 2;
    }
    std::string error;
    if (!m37::nn::writeRandomLzWeights(argv[1], spec, &error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::printf("%s: %d blocks x %d filters, seed %llu, version %d\n", argv[1], spec.blocks,
                spec.filters, (unsigned long long)spec.seed, spec.version);
    return 0;
}
