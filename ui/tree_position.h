#pragma once
// TreePosition: the position at one node of an SGF game tree, kept as a
// GameState for the path root -> node. Moving to another node undoes back
// to the common ancestor and applies the nodes down to the target, so a
// step costs one move and a jump costs the distance in the tree, not a
// replay from the root; the GameState's own history is the position cache
// along the path. Nodes are applied like replaySgfGame (sgf_game.h): the
// root's SZ/RU/KM/HA set up the game, then AE/AB/AW, PL and B/W in each
// node; recorded illegal moves are played with playForced.
// Threading: a plain value without Qt; one thread at a time. It keeps
// pointers to the nodes of its path: call reset() or moveTo() an existing
// node before a node on the path is destroyed.
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/sgf/sgf_tree.h"

namespace m37::ui {

// What a root node says about the game: board size and rules (komi
// included). Returns false with `error` set when the size is unsupported.
struct TreeGameSetup {
    int size = 19;
    Rules rules;
    int handicap = 0;
};
bool readGameSetup(const SgfNode& root, TreeGameSetup* setup, std::string* error);

class TreePosition {
  public:
    // Starts at `root` (the root node applied). False (and nothing changed)
    // when the root's board size or handicap cannot be set up.
    bool reset(const SgfNode& root, std::string* error = nullptr);

    // Goes to `node`, which must belong to the tree reset() was given.
    void moveTo(const SgfNode* node);
    // Re-applies everything (after the root's rules or setup changed).
    void refresh();

    const GameState& state() const { return state_; }
    const SgfNode* node() const { return path_.empty() ? nullptr : path_.back().node; }
    const SgfNode* root() const { return path_.empty() ? nullptr : path_.front().node; }
    // The nodes from the root to the current one.
    std::vector<const SgfNode*> path() const;
    int depth() const { return int(path_.size()) - 1; }
    const TreeGameSetup& setup() const { return setup_; }

  private:
    struct Step {
        const SgfNode* node;
        int ops;             // GameState operations to undo
        Color toMoveBefore;  // PL changes the side to move without an op
    };
    void push(const SgfNode* node);
    void pop();

    TreeGameSetup setup_;
    GameState state_;
    std::vector<Step> path_;
};

}  // namespace m37::ui
