#pragma once
// Self-play (`move37-engine selfplay`): one game played by the PUCT search
// (Mcts) against itself, recorded as a self-play game (selfplay_chunk.h).
// Each move gets a full search (Dirichlet noise at the root, recorded as a
// training target) or, with playout-cap randomisation (fastVisits > 0), a
// fast search without noise that is played but not a target; the first
// temperatureMoves moves are drawn in proportion to the visits, later ones
// take the most visited move. A player resigns when the root winrate stays
// below resignBelow, except in a share of games (resignCheckShare) played
// out to check that resigning was right (the move where it would have
// resigned is recorded, so the false-resign rate can be counted).
// Games that end by two passes or the move cap are scored by area without
// dead-stone removal (self-play nets capture what is dead).
// This is the unit of work of runSelfPlayPool (selfplay_pool.h), which
// plays many games at once over one batched evaluator and writes them.
// Threading: playSelfPlayGame runs on the caller's thread; the evaluator
// factory's evaluators are used from that thread only.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "engine/go/rng.h"
#include "engine/nn/evaluator.h"
#include "engine/train/selfplay_chunk.h"

namespace m37::train {

struct SelfPlayParams {
    int boardSize = 9;
    Rules rules = *Rules::preset("chinese");
    int visits = 200;         // root visits of a full search
    int fastVisits = 0;       // root visits of a fast search (0: every move is full)
    double fullShare = 0.25;  // chance that a move gets the full search (when fastVisits > 0)
    int temperatureMoves = 8;
    float dirichletAlpha = 0.03f;  // scaled to the board as SearchParams does
    float dirichletEpsilon = 0.25f;
    float resignBelow = 0.05f;  // 0: never resign
    double resignCheckShare = 0.1;
    int minMovesBeforeResign = 10;
    int maxMoves = 0;  // 0: 2 * N * N
    int searchBatch = 8;
    std::string netName = "rollouts";
};

using EvaluatorFactory = std::function<std::unique_ptr<nn::Evaluator>()>;

// Whether a resign-check game was a false resign: its player would have
// resigned at move wouldResignAt and went on to win.
bool isFalseResign(const SelfPlayGame& game);

// Plays one game; `net` may be empty (rollout-only search). `rng` draws
// the moves under temperature, the full/fast choice and the resign check.
SelfPlayGame playSelfPlayGame(const SelfPlayParams& params, const EvaluatorFactory& net, Rng& rng,
                              uint64_t searchSeed);

}  // namespace m37::train
