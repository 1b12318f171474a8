#include "engine/nn/evaluator.h"

#include <algorithm>

#include "engine/go/coord.h"

namespace m37::nn {

bool Capabilities::supports(int boardSize) const {
    return boardSizes.empty() ||
           std::find(boardSizes.begin(), boardSizes.end(), boardSize) != boardSizes.end();
}

int policyIndex(Loc loc, int n) {
    if (loc == kPassLoc) return n * n;
    return locY(loc, n) * n + locX(loc, n);
}

Loc policyLoc(int index, int n) {
    if (index == n * n) return kPassLoc;
    return makeLoc(index % n, index / n, n);
}

std::vector<uint8_t> legalMask(const GameState& state) {
    const int n = state.size();
    std::vector<uint8_t> legal(size_t(n * n + 1), 0);
    for (int i = 0; i < n * n; ++i)
        legal[size_t(i)] = state.isLegal(policyLoc(i, n), state.toMove()) ? 1 : 0;
    legal[size_t(n * n)] = 1;
    return legal;
}

uint64_t positionKey(const GameState& state, int history) {
    uint64_t key = 0x9E3779B97F4A7C15ULL * uint64_t(state.size()) +
                   (state.toMove() == kWhite ? 0x5bd1e9955bd1e995ULL : 0);
    for (int h = 0; h < history; ++h) {
        const Board* b = state.boardBack(h);
        if (!b) break;
        uint64_t x = b->hash() + uint64_t(h + 1) * 0xD6E8FEB86659FD93ULL;
        x = (x ^ (x >> 32)) * 0xD6E8FEB86659FD93ULL;
        key ^= x ^ (x >> 32);
        key = (key << 7) | (key >> 57);
    }
    return key;
}

std::vector<float> maskPolicy(std::span<const float> raw, std::span<const uint8_t> legal) {
    std::vector<float> p(raw.size(), 0.0f);
    double sum = 0;
    int count = 0;
    for (size_t i = 0; i < raw.size(); ++i)
        if (i < legal.size() && legal[i]) {
            sum += raw[i];
            ++count;
        }
    for (size_t i = 0; i < raw.size(); ++i) {
        if (i >= legal.size() || !legal[i]) continue;
        p[i] = sum > 0 ? float(raw[i] / sum) : 1.0f / float(count);
    }
    return p;
}

EvalInput Evaluator::prepare(const GameState& state) const {
    EvalInput in;
    in.boardSize = state.size();
    in.toMove = state.toMove();
    in.key = positionKey(state, 8);
    in.legal = legalMask(state);
    return in;
}

int Evaluator::add(EvalInput input) {
    if (computed_) clear();
    inputs_.push_back(std::move(input));
    return int(inputs_.size()) - 1;
}

void Evaluator::compute() {
    outputs_.assign(inputs_.size(), EvalOutput{});
    if (!inputs_.empty()) evaluateBatch(inputs_, outputs_);
    computed_ = true;
}

void Evaluator::clear() {
    inputs_.clear();
    outputs_.clear();
    computed_ = false;
}

EvalOutput Evaluator::evaluate(const GameState& state) {
    clear();
    add(state);
    compute();
    EvalOutput out = outputs_.front();
    clear();
    return out;
}

}  // namespace m37::nn
