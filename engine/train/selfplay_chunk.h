#pragma once
// Self-play training chunks: the games `move37-engine selfplay` writes and
// `train` will read. Version 1 is line-oriented UTF-8 text that stores the
// moves (the input planes are rebuilt by replaying them), so a chunk is
// small, board-size independent and readable with `less`:
//
//   move37-selfplay 1            magic and format version
//   game                         one block per game, any number of games
//   size 9                       board size (2..19)
//   rules chinese                Rules::toString() (komi included)
//   net random 1x8               free text: the network (or "rollouts")
//   result B+3.5                 SGF RE form: B+X, W+X, B+R, W+R, 0 (draw), ? (unfinished)
//   score 3.5                    optional: Black's area-score lead at the end
//   resign-check 1               optional: 1 when a resignation was disabled for this game
//   would-resign 34              optional, with resign-check 1: the move at which the player
//                                to move would have resigned (a false resign if it then won)
//   moves 2                      the count of move lines that follow
//   B E5 full 0.512 12:40 30:60  COLOR VERTEX KIND WINRATE [INDEX:VISITS ...]
//   W pass fast 0.498
//   end                          ends the game block
//
// A move line gives the colour (B/W), the GTP vertex (or `pass`), `full`
// when the move had a full search and is a training target or `fast` when
// it did not (playout-cap randomisation), the root winrate of the player to
// move in [0,1], and the root visit counts by policy index (y*N+x, y from
// the top row; pass = N*N). The training target of a full move is its visit
// distribution normalised; the value target is the result from the mover's
// view. Moves must be legal in order under the rules (the reader replays
// them); colours need not alternate. A reader rejects a later version.
// Threading: plain values and pure functions.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/go/game_state.h"

namespace m37::train {

inline constexpr int kSelfPlayChunkVersion = 1;

struct SelfPlayMove {
    Color color = kBlack;
    Loc move = kPassLoc;
    bool full = true;                                   // a full search: a training target
    float winrate = 0.5f;                               // root winrate of the player to move
    std::vector<std::pair<uint16_t, uint32_t>> visits;  // policy index -> visits
    bool operator==(const SelfPlayMove&) const = default;
};

struct SelfPlayGame {
    int boardSize = 9;
    Rules rules;
    std::string net;
    std::string result = "?";  // SGF RE form
    std::optional<float> score;
    bool resignCheck = false;
    std::vector<SelfPlayMove> moves;
    // In a resign-check game, the number of the move (1-based) at which its
    // player would have resigned; 0 when no player would have.
    int wouldResignAt = 0;
    bool operator==(const SelfPlayGame&) const = default;
};

// The chunk's text for `games`.
std::string serializeSelfPlayChunk(const std::vector<SelfPlayGame>& games);
// Parses a chunk; nullopt and *error ("NAME:LINE: what") on any problem.
std::optional<std::vector<SelfPlayGame>> parseSelfPlayChunk(std::string_view text,
                                                            const std::string& name,
                                                            std::string* error);
// Writes atomically (engine/go/atomic_file.h); *error names the file.
bool writeSelfPlayChunk(const std::string& path, const std::vector<SelfPlayGame>& games,
                        std::string* error);
std::optional<std::vector<SelfPlayGame>> readSelfPlayChunk(const std::string& path,
                                                           std::string* error);

// Replays a game, calling fn(position before the move, the move) for every
// move; false and *error at the first illegal move.
bool forEachSelfPlayPosition(const SelfPlayGame& game,
                             const std::function<void(const GameState&, const SelfPlayMove&)>& fn,
                             std::string* error);

}  // namespace m37::train
