#include "engine/nn/input_features.h"

#include <algorithm>
#include <array>
#include <cstdint>

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

const char* inputFeaturesName(InputFeatures features) {
    return features == InputFeatures::kLz18Liberties ? "lz18-lib6" : "lz18";
}

std::optional<InputFeatures> parseInputFeatures(std::string_view name) {
    if (name == "lz18") return InputFeatures::kLz18;
    if (name == "lz18-lib6") return InputFeatures::kLz18Liberties;
    return std::nullopt;
}

int inputPlaneCount(InputFeatures features) {
    return features == InputFeatures::kLz18Liberties ? kLzInputPlanes + kLibertyPlanes
                                                     : kLzInputPlanes;
}

void addLibertyPlanes(float* planes, int n) {
    const int area = n * n;
    const float* own = planes;
    const float* opp = planes + kLzHistory * area;
    float* out = planes + kLzInputPlanes * area;
    std::fill(out, out + kLibertyPlanes * area, 0.0f);
    // Called for every evaluation of an lz18-lib6 net: fixed arrays on the
    // stack, no allocation. colour: 0 empty, 1 mover, 2 opponent.
    constexpr int kMaxPoints = Board::kMaxSize * Board::kMaxSize;
    std::array<uint8_t, kMaxPoints> colour;
    std::array<int, kMaxPoints> chainOf, libertyMark, stack, members;
    for (int i = 0; i < area; ++i) {
        colour[size_t(i)] = own[i] != 0 ? 1 : (opp[i] != 0 ? 2 : 0);
        chainOf[size_t(i)] = -1;
        libertyMark[size_t(i)] = -1;
    }
    int chain = 0;
    for (int start = 0; start < area; ++start) {
        if (colour[size_t(start)] == 0 || chainOf[size_t(start)] >= 0) continue;
        const uint8_t c = colour[size_t(start)];
        int stackSize = 0, memberCount = 0;
        stack[size_t(stackSize++)] = start;
        chainOf[size_t(start)] = chain;
        int liberties = 0;
        while (stackSize > 0) {
            const int p = stack[size_t(--stackSize)];
            members[size_t(memberCount++)] = p;
            const int x = p % n, y = p / n;
            const int nb[4] = {x > 0 ? p - 1 : -1, x + 1 < n ? p + 1 : -1, y > 0 ? p - n : -1,
                               y + 1 < n ? p + n : -1};
            for (int q : nb) {
                if (q < 0) continue;
                if (colour[size_t(q)] == 0) {
                    if (libertyMark[size_t(q)] != chain) {
                        libertyMark[size_t(q)] = chain;
                        ++liberties;
                    }
                } else if (colour[size_t(q)] == c && chainOf[size_t(q)] < 0) {
                    chainOf[size_t(q)] = chain;
                    stack[size_t(stackSize++)] = q;
                }
            }
        }
        const int plane = (c == 1 ? 0 : 3) + std::min(liberties, 3) - 1;
        if (plane >= (c == 1 ? 0 : 3))  // a chain without liberties (not on a legal board): none
            for (int k = 0; k < memberCount; ++k) out[plane * area + members[size_t(k)]] = 1.0f;
        ++chain;
    }
}

void inputPlanes(const GameState& state, InputFeatures features, float* out) {
    lzInputPlanes(state, out);
    if (features == InputFeatures::kLz18Liberties) addLibertyPlanes(out, state.size());
}

std::vector<float> inputPlanes(const GameState& state, InputFeatures features) {
    std::vector<float> planes(size_t(inputPlaneCount(features) * state.size() * state.size()));
    inputPlanes(state, features, planes.data());
    return planes;
}

}  // namespace m37::nn
