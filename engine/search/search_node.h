#pragma once
// SearchNode: one node of the PUCT tree — the move that leads to it, its
// prior, and running statistics (visits, virtual loss, sums of values and
// squared values, score sum) kept from the view of the player who played
// `move`. Children are created once, by the thread that claimed the node
// (state kLeaf -> kExpanding by compare-exchange), and published with a
// release store of kExpanded; readers load `state` (acquire) before touching
// `children`. Statistics are atomics updated without locks, so any number of
// search threads may select and back up concurrently; children are freed
// only when no search runs (tree reuse, destruction).
#include <atomic>
#include <cstdint>
#include <memory>

#include "engine/go/types.h"

namespace m37 {

struct SearchNode {
    enum State : uint8_t {
        kLeaf = 0,       // not evaluated yet
        kExpanding = 1,  // claimed by a thread that is evaluating it
        kExpanded = 2,   // children published
        kTerminal = 3,   // game over here (two passes): value is exact
        kFull = 4,       // evaluated, but the node budget forbade children
    };

    Loc move = kPassLoc;
    float prior = 0;     // used by selection (root: may include noise / human mix)
    float netPrior = 0;  // as the evaluator (or heuristic) gave it
    std::atomic<int32_t> visits{0};
    std::atomic<int32_t> virtualLoss{0};
    std::atomic<double> valueSum{0};    // winrate sum, player who played `move`
    std::atomic<double> valueSqSum{0};  // for the LCB's variance
    std::atomic<double> scoreSum{0};    // lead sum, same view (when known)
    std::atomic<int32_t> scoreCount{0};
    std::atomic<float> leafValue{0.5f};  // own evaluation, same view (reused when kFull)
    std::atomic<uint8_t> state{kLeaf};
    int numChildren = 0;  // valid once state is kExpanded
    std::unique_ptr<SearchNode[]> children;

    double meanValue() const {
        int n = visits.load(std::memory_order_relaxed);
        return n > 0 ? valueSum.load(std::memory_order_relaxed) / n : 0.5;
    }
    bool expanded() const { return state.load(std::memory_order_acquire) == kExpanded; }
    // Adds one visit of value v (and score s when hasScore), player-who-moved view.
    void update(double v, bool hasScore, double s) {
        valueSum.fetch_add(v, std::memory_order_relaxed);
        valueSqSum.fetch_add(v * v, std::memory_order_relaxed);
        if (hasScore) {
            scoreSum.fetch_add(s, std::memory_order_relaxed);
            scoreCount.fetch_add(1, std::memory_order_relaxed);
        }
        visits.fetch_add(1, std::memory_order_release);
    }
};

// Nodes in the subtree under (and including) n.
size_t countNodes(const SearchNode& n);

}  // namespace m37
