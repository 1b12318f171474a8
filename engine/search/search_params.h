#pragma once
// SearchParams: the knobs of the searches in engine/search — the PUCT MCTS
// (Mcts, SearchEngine), the older rollout UCT (RolloutMcts) and the
// dead-stone estimate. A plain value passed by the caller (the GTP server,
// tests, tools); copy freely between threads.
#include <cstddef>
#include <cstdint>

namespace m37 {

struct SearchParams {
    int visits = 2500;          // playouts per genmove (scaled down on big boards, see below)
    uint64_t seed = 1;          // same seed + same position -> same move (single thread)
    float exploration = 0.7f;   // RolloutMcts: UCB1 constant c in  w/n + c * sqrt(ln N / n)
    int expandAfter = 2;        // RolloutMcts: visits of a leaf before its children are created
    float resignBelow = 0.06f;  // resign when the best winrate is below this (0: never)
    int minMovesBeforeResign = 20;
    // Board sizes above 9x9 cost more per playout: the budget is multiplied
    // by (81 / size^2)^budgetScaling (0: same number of playouts everywhere).
    float budgetScaling = 0.5f;
    // Pass after an opponent's pass when the estimated score wins (off for
    // kgs-genmove_cleanup, which must capture dead stones first).
    bool passWhenWinning = true;
    // After an opponent's pass, never pass back when that estimate says the
    // game would be lost: the tree scores two passes by Tromp-Taylor (every
    // stone on the board alive), so it would happily pass with its own dead
    // stones still standing, and lose by the dead stones final_status_list
    // then reports. Playing on instead risks only what that estimate
    // already counts as lost.
    bool refuseLosingPass = true;
    int deadStonePlayouts = 200;  // playouts for the dead-stone estimate

    // ---- PUCT search (Mcts / SearchEngine); values are winrates in [0,1] ----
    // cpuct(N) = cpuctInit + cpuctLog * ln((N + cpuctBase) / cpuctBase), N = parent visits;
    // U = cpuct(N) * prior * sqrt(N) / (1 + n).
    float cpuctInit = 0.9f;
    float cpuctLog = 0.4f;
    float cpuctBase = 500.0f;
    // First-play urgency of an unvisited child: parent's value minus
    // fpuReduction * sqrt(sum of the priors of the visited children).
    float fpuReduction = 0.25f;
    float fpuReductionRoot = 0.25f;
    // Without a network, rollout values are noisy and priors weak: cpuct is
    // multiplied by this and the FPU reduction is not applied.
    float rolloutCpuctScale = 4.0f;
    int virtualLoss = 3;          // visits of value 0 added along a path while it is pending
    int threads = 1;              // search threads (each owns an evaluator)
    int batchSize = 8;            // leaves a thread collects before one evaluator compute()
    size_t maxNodes = 4'000'000;  // tree nodes (never exceeded: expansion stops)
    // Rollouts: value = (1 - lambda) * v_net + lambda * z_rollout. Without a
    // network the search uses rollouts only (lambda forced to 1) with
    // heuristic priors.
    bool rollouts = false;
    float lambda = 0.5f;
    // The same weight where the human policy guides the tree (below): its
    // value head and the rollouts always mixed.
    float humanTreeLambda = 0.5f;
    // A user's single "rollout weight" knob for the network: w > 0 mixes
    // rollouts into its value with lambda = w; 0 turns them off. The
    // human-policy tree keeps humanTreeLambda either way.
    void setRolloutWeight(float w) {
        rollouts = w > 0;
        if (w > 0) lambda = w;
    }
    // Self-play: Dirichlet noise at the root and a visit-proportional choice
    // for the first temperatureMoves moves.
    bool dirichletNoise = false;
    float dirichletAlpha = 0.03f;  // scaled as alpha * 361 / legal moves (KataGo-style)
    float dirichletEpsilon = 0.25f;
    float temperature = 0.0f;  // 0: best move; > 0: visits^(1/T)
    int temperatureMoves = 0;
    // LCB choice (as Leela Zero): among moves with at least lcbMinVisitRatio
    // of the most visited move's visits, the one with the highest lower
    // confidence bound on its winrate.
    bool useLcb = true;
    float lcbMinVisitRatio = 0.10f;
    float lcbAlpha = 1e-5f;  // one-sided tail of the Student-t bound
    // Human policy: 0 reports it only; > 0 mixes it into the root priors.
    float humanPriorWeight = 0.0f;
    // On a board size the network does not take (or with no network), a
    // human policy that takes it guides the whole tree, AlphaGo Fan's way:
    // its priors at every node, the value (1 - lambda) * its value head +
    // lambda * a light rollout (rollouts on whatever `rollouts` says).
    // false: rollouts alone with heuristic priors there.
    bool humanPolicyTree = true;
    // Time management: seconds kept back per move for lag.
    float lagSeconds = 0.3f;
};

}  // namespace m37
