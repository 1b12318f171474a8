#include "engine/nn/input_features.h"

#include <algorithm>
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
    // 0 empty, 1 mover, 2 opponent.
    std::vector<uint8_t> colour(size_t(area), 0);
    for (int i = 0; i < area; ++i) colour[size_t(i)] = own[i] != 0 ? 1 : (opp[i] != 0 ? 2 : 0);
    std::vector<int> chainOf(size_t(area), -1), stack, members;
    std::vector<int> libertyMark(size_t(area), -1);
    int chain = 0;
    for (int start = 0; start < area; ++start) {
        if (colour[size_t(start)] == 0 || chainOf[size_t(start)] >= 0) continue;
        const uint8_t c = colour[size_t(start)];
        members.clear();
        stack.assign(1, start);
        chainOf[size_t(start)] = chain;
        int liberties = 0;
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            members.push_back(p);
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
                    stack.push_back(q);
                }
            }
        }
        const int plane = (c == 1 ? 0 : 3) + std::min(liberties, 3) - 1;
        if (plane >= (c == 1 ? 0 : 3))  // a chain without liberties (not on a legal board): none
            for (int p : members) out[plane * area + p] = 1.0f;
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
