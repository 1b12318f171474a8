#pragma once
// SGF text for the large-file tests (tests/sgf and tests/ui): legal random
// games (random non-eye-filling moves, playout.h) with a header and a
// comment every 40 moves, and files of a given size made of them: a
// collection of many games, or one game whose root holds them all as
// variations. Deterministic for a seed. Also the process's peak memory, to
// bound what reading them costs. Threading: pure functions.
#include <sys/resource.h>

#include <string>

#include "engine/go/board.h"
#include "engine/go/coord.h"
#include "engine/go/playout.h"
#include "engine/go/rng.h"

namespace m37::test {

// Peak resident memory of this process in MB (ctest runs each test in a
// process of its own, so a test sees its own peak).
inline long peakResidentMB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// The nodes of one random game, ";B[..];W[..]…", `moves` long at most
// (shorter when both sides run out of moves).
inline std::string randomGameNodes(int size, int moves, uint64_t seed) {
    Board board(size);
    Rng rng(seed);
    std::string out;
    Color c = kBlack;
    for (int m = 0; m < moves; ++m) {
        const Loc l = randomMove(board, c, rng);
        if (l == kPassLoc) break;
        board.play(l, c);
        out += c == kBlack ? ";B[" : ";W[";
        out += sgfPoint(l, size);
        out += ']';
        if (m % 40 == 39) out += "C[Move " + std::to_string(m + 1) + ": the fight goes on.]";
        c = opponent(c);
    }
    return out;
}

// A collection of 19x19 games of 250 moves, `bytes` long or a little more.
// *games gets how many.
inline std::string largeCollection(size_t bytes, int* games) {
    std::string out;
    int n = 0;
    while (out.size() < bytes) {
        out += "(;GM[1]FF[4]CA[UTF-8]SZ[19]KM[6.5]RU[Chinese]PB[Black " + std::to_string(n) +
               "]PW[White " + std::to_string(n) + "]RE[B+R]";
        out += randomGameNodes(19, 250, 1000 + n);
        out += ")\n";
        ++n;
    }
    if (games) *games = n;
    return out;
}

// One 19x19 game whose root has random games of 250 moves as variations
// until the text is `bytes` long. *nodes gets the tree's node count.
inline std::string largeTree(size_t bytes, size_t* nodes) {
    std::string out = "(;GM[1]FF[4]CA[UTF-8]SZ[19]KM[6.5]C[One game, many variations.]";
    size_t n = 1;
    for (int v = 0; out.size() < bytes; ++v) {
        const std::string line = randomGameNodes(19, 250, 5000 + v);
        for (char ch : line) n += ch == ';';
        out += "(" + line + ")";
    }
    out += ")\n";
    if (nodes) *nodes = n;
    return out;
}

}  // namespace m37::test
