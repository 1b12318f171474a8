#pragma once
// Match openings (`match --openings`): positions a match's games start
// from, as cutechess-cli's -openings with -repeat. Each opening is the move
// sequence of one SGF game (its main line; setup stones are refused); games
// 2k and 2k+1 start from opening k (cycling through the list), with the
// colours swapped, so each engine plays both sides of every position. The
// moves are checked when loaded: the board size must be the match's and
// every move legal under the match rules, and the opening must not end the
// game. Used for fair engine comparisons from varied positions, and to play
// on from chosen positions (for example the ones where an engine resigned).
// Threading: plain values and a loader that reads files; no shared state.
#include <optional>
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/go/rules.h"

namespace m37::train {

struct MatchOpening {
    std::string name;               // the SGF file's name, for the records
    std::vector<MoveRecord> moves;  // played in order from the empty board
};

// Loads the openings of `paths`: SGF files, or folders whose *.sgf files
// (not searched recursively) are taken in name order. nullopt and *error
// ("FILE: what") on the first file that cannot be used, or when there are
// none.
std::optional<std::vector<MatchOpening>> loadMatchOpenings(const std::vector<std::string>& paths,
                                                           int boardSize, const Rules& rules,
                                                           std::string* error);

// The opening of game `index` (0-based): openings[(index / 2) % size].
const MatchOpening* openingForGame(const std::vector<MatchOpening>& openings, int index);

}  // namespace m37::train
