#pragma once
// Dead-stone estimation for final_score / final_status_list: chains that
// Benson's algorithm proves pass-alive are alive, stones inside the
// opponent's pass-alive area are dead, and the rest are judged by who owns
// their points at the end of random playouts. Alive chains whose shared
// liberties neither side can fill without self-atari are reported as seki.
// Pure function of (position, params); safe from any thread.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/go/scoring.h"

namespace m37 {

enum class StoneStatus : uint8_t { kNone, kAlive, kDead, kSeki };

struct DeadStoneEstimate {
    std::vector<StoneStatus> status;  // indexed by Loc; kNone on empty points
    std::vector<Loc> dead;            // every dead stone, board order
    // Every stone with the given status, in board order (top-left first).
    std::vector<Loc> stonesWith(StoneStatus s) const;
};

DeadStoneEstimate estimateDeadStones(const GameState& g, int playouts, uint64_t seed);

// The score under the game's rules with the estimated dead stones removed.
Score estimatedScore(const GameState& g, int playouts, uint64_t seed);

// When the opponent's last move was a pass and `toPlay` wins on the
// estimated score, that score (so passing ends the game won); else nullopt.
std::optional<Score> scoreIfPassWins(const GameState& g, Color toPlay, int playouts,
                                     uint64_t seed);

}  // namespace m37
