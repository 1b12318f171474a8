#pragma once
// Training positions from SGF game records, for supervised learning
// (`move37-engine train-sl`): every position of a game's main line with the
// move the player chose and the game's result from the mover's view.
// Positions are kept packed (one bit per point for the 16 stone planes of
// Leela Zero's input, lz18 in engine/nn/input_features.h, plus the side to
// move), so the 596 professional games of /usr/share/goban fit in about
// 100 MB, and are unpacked into float planes when a batch is built.
//
// Loading is lenient as the SGF reader is: a file that cannot be read, holds
// no game of the wanted board size, or cannot be replayed is skipped with a
// message "FILE: reason"; games without a result (RE other than B+/W+)
// keep their moves but give no value target (weight 0).
// Threading: plain values and pure functions; a PositionSet is read-only
// after loading and may then be read from several threads.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/sgf/sgf_tree.h"

namespace m37::train {

// One position: where its packed planes are, the move played (policy index
// y*N+x, pass N*N), the result for the side to move (+1 won, -1 lost, 0
// unknown) and the game it comes from (index into PositionSet::games).
struct PositionInfo {
    uint16_t move = 0;
    int8_t outcome = 0;
    uint8_t toMove = 0;  // kBlack or kWhite
    uint32_t game = 0;
};

// A game the positions came from.
struct GameRecord {
    std::string source;  // "FILE" or "FILE#k" for the k-th game of a collection
    int positions = 0;
    int firstPosition = 0;  // index of its first position in the set
    int winner = 0;         // kBlack, kWhite or 0 (unknown)
};

class PositionSet {
  public:
    explicit PositionSet(int boardSize = 19);

    int boardSize() const { return size_; }
    size_t size() const { return info_.size(); }
    const PositionInfo& info(size_t i) const { return info_[i]; }
    const std::vector<GameRecord>& games() const { return games_; }

    // Adds a position: `state` with `move` to be played, outcome as above.
    void add(const GameState& state, int move, int outcome, uint32_t game);
    // The same from lz18 planes already computed (18 * N * N floats).
    void add(const float* planes, Color toMove, int move, int outcome, uint32_t game);
    void addGame(GameRecord g) { games_.push_back(std::move(g)); }
    // Writes the lz18 input planes (18 * N * N floats) of position i.
    void planes(size_t i, float* out) const;

  private:
    int size_;
    size_t stride_;  // bytes per position
    std::vector<uint8_t> bits_;
    std::vector<PositionInfo> info_;
    std::vector<GameRecord> games_;
};

// The winner RE names: kBlack for "B+...", kWhite for "W+...", else 0.
int sgfWinner(std::string_view result);

// Appends the positions of one game (root of its tree) to `set`; false and
// *why when it cannot be used (board size, replay error, no moves).
// Positions whose recorded move was illegal are left out.
bool addGamePositions(const SgfNode& root, const std::string& source, PositionSet* set,
                      std::string* why);

// The *.sgf and *.mgt files (any case) under each path, recursively; a path
// that is a file is taken as it is. Sorted, without duplicates. Paths that
// do not exist are reported in *problems.
std::vector<std::string> findSgfFiles(const std::vector<std::string>& paths,
                                      std::vector<std::string>* problems);

// What loadSgfPositions did.
struct SgfLoadReport {
    int files = 0;
    int filesSkipped = 0;
    int gamesUsed = 0;
    int gamesSkipped = 0;
    std::vector<std::string> problems;  // "FILE: reason", one per skip
};

// Reads every game of every file under `paths` into a set of the given
// board size.
PositionSet loadSgfPositions(const std::vector<std::string>& paths, int boardSize,
                             SgfLoadReport* report);

}  // namespace m37::train
