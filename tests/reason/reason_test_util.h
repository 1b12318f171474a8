#pragma once
// Helpers shared by the engine/reason tests: positions from setup stones.
#include <initializer_list>
#include <utility>

#include "engine/go/coord.h"
#include "engine/go/game_state.h"
#include "engine/reason/transformer_params.h"

namespace m37::reason::test {

inline GameState game(int size, std::initializer_list<std::pair<const char*, Color>> stones,
                      Color toMove = kBlack) {
    GameState g(size, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> setup;
    for (auto [v, c] : stones) setup.push_back({*parseGtpVertex(v, size), c});
    g.setup(setup);
    g.setToMove(toMove);
    return g;
}

inline Loc at(const char* v, int size = 9) {
    return *parseGtpVertex(v, size);
}

// Black to move on 9x9; White's D5-E5 is in atari (liberty E4): Black
// captures two stones at E4.
inline GameState captureTwo() {
    return game(9, {{"D5", kWhite},
                    {"E5", kWhite},
                    {"C5", kBlack},
                    {"D6", kBlack},
                    {"E6", kBlack},
                    {"F5", kBlack},
                    {"D4", kBlack},
                    {"G3", kWhite},
                    {"C3", kWhite},
                    {"F7", kWhite}});
}

// A one-layer transformer shape small enough to train in milliseconds.
inline TransformerParams tinyTransformer(int vocab, int context) {
    TransformerParams p;
    p.vocab = vocab;
    p.dModel = 16;
    p.layers = 1;
    p.heads = 2;
    p.context = context;
    return p;
}

}  // namespace m37::reason::test
