#pragma once
// Scoring: area (Tromp-Taylor) and territory counts of a final position,
// given the stones agreed dead, and Benson's pass-alive analysis.
// Pure functions over a Board; safe from any thread.
#include <string>
#include <vector>

#include "engine/go/game_state.h"

namespace m37 {

// Who owns each point at the end: kBlack, kWhite or kEmpty (neutral/dame),
// indexed by Loc. Dead stones count as empty points of their owner's
// opponent.
std::vector<Color> finalOwnership(const Board& b, const std::vector<Loc>& dead);

struct Score {
    float black = 0;  // black's points (stones/territory + prisoners)
    float white = 0;  // white's points including komi and bonus
    float margin() const { return black - white; }  // > 0: Black wins
    // The margin from c's side: > 0 when c wins.
    float marginFor(Color c) const { return c == kBlack ? margin() : -margin(); }
    // "B+3.5", "W+0.5" or "0" (GTP final_score and SGF RE).
    std::string toString() const;
};

// Area scoring (stones + surrounded empty points); dead stones removed.
Score areaScore(const GameState& g, const std::vector<Loc>& dead = {});
// Territory scoring: surrounded empty points + prisoners + dead stones.
Score territoryScore(const GameState& g, const std::vector<Loc>& dead = {});
// Under the game's rules.
Score score(const GameState& g, const std::vector<Loc>& dead = {});

// Benson's algorithm: for colour c, which points are pass-alive (chains that
// can never be captured, and the regions they enclose, which are c's area
// however the opponent plays). Indexed by Loc.
std::vector<bool> passAlive(const Board& b, Color c);

}  // namespace m37
