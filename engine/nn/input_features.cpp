#include "engine/nn/input_features.h"

#include <algorithm>

namespace m37::nn {

void lzInputPlanes(const GameState& state, float* out) {
    const int n = state.size();
    const int area = n * n;
    std::fill(out, out + kLzInputPlanes * area, 0.0f);
    const Color us = state.toMove();
    const Color them = opponent(us);
    for (int h = 0; h < kLzHistory; ++h) {
        const Board* b = state.boardBack(h);
        if (!b) break;
        float* own = out + h * area;
        float* opp = out + (kLzHistory + h) * area;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                const Color c = b->at(b->loc(x, y));
                if (c == us)
                    own[y * n + x] = 1.0f;
                else if (c == them)
                    opp[y * n + x] = 1.0f;
            }
    }
    float* colour = out + (us == kBlack ? 2 * kLzHistory : 2 * kLzHistory + 1) * area;
    std::fill(colour, colour + area, 1.0f);
}

std::vector<float> lzInputPlanes(const GameState& state) {
    std::vector<float> planes(size_t(kLzInputPlanes * state.size() * state.size()));
    lzInputPlanes(state, planes.data());
    return planes;
}

}  // namespace m37::nn
