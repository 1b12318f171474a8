#pragma once
// RolloutMcts: a small, honest move generator — UCT (Monte-Carlo tree search
// with UCB1 selection) whose leaves are evaluated by uniformly random
// playouts (engine/go/playout.h) scored by area with the game's komi. Root
// moves are every legal move under the game's rules (superko included via
// GameState::check) except filling one's own eye and playing inside an area
// that Benson's analysis already gives to either side. It passes only when
// no such move remains, or when the opponent has just passed and the
// estimated score (dead stones removed) says the side to move wins; it
// resigns when the best move's winrate is hopeless. This is the stand-in
// until the network search arrives; keep it self-contained.
// Threading: an instance is used by one thread at a time; search() keeps no
// state between calls, so results depend only on (position, params).
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/search/search_params.h"

namespace m37 {

struct SearchResult {
    Loc move = kPassLoc;
    bool resign = false;
    float winrate = 0.5f;  // of the chosen move, for the side that plays it
    int playouts = 0;
    std::string why;  // short explanation of a pass or resignation ("" otherwise)
};

class RolloutMcts {
  public:
    explicit RolloutMcts(const SearchParams& params = {}) : params_(params) {}
    const SearchParams& params() const { return params_; }
    void setParams(const SearchParams& p) { params_ = p; }

    // Chooses a move for `toPlay` (who need not be g.toMove()).
    SearchResult search(const GameState& g, Color toPlay) const;

    // Legal moves for c that are worth considering (see the class comment).
    static std::vector<Loc> usefulMoves(const GameState& g, Color c);

  private:
    SearchParams params_;
};

}  // namespace m37
