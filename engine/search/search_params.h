#pragma once
// SearchParams: the knobs of the rollout MCTS (engine/search/rollout_mcts.h)
// and of the dead-stone estimate. A plain value passed by the caller (the
// GTP server, tests, tools); copy freely between threads.
#include <cstdint>

namespace m37 {

struct SearchParams {
    int visits = 8000;          // playouts per genmove (scaled down on big boards, see below)
    uint64_t seed = 1;          // same seed + same position -> same move
    float exploration = 0.7f;   // UCB1 constant c in  w/n + c * sqrt(ln N / n)
    int expandAfter = 2;        // visits of a leaf before its children are created
    float resignBelow = 0.06f;  // resign when the best winrate is below this (0: never)
    int minMovesBeforeResign = 20;
    // Board sizes above 9x9 cost more per playout: the budget is multiplied
    // by (81 / size^2)^budgetScaling (0: same number of playouts everywhere).
    float budgetScaling = 0.5f;
    // Pass after an opponent's pass when the estimated score wins (off for
    // kgs-genmove_cleanup, which must capture dead stones first).
    bool passWhenWinning = true;
    int deadStonePlayouts = 200;  // playouts for the dead-stone estimate
};

}  // namespace m37
