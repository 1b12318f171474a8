#pragma once
// Bridging SGF games and the rules core: replaying a game's main line onto
// a GameState (what GTP "loadsgf FILE [N]" needs) and turning a GameState
// back into an SGF tree ("printsgf").
//
// Replay follows GNU Go's loadsgf: the root's SZ (19 when absent), KM, HA
// and RU set up the game; then every node of the main line (first child
// each time, root included) is applied in order: AB/AW/AE set stones, PL
// sets the side to move, B/W play a move. With untilMove = N the replay
// stops before move N (1-based, counting B/W properties) and toMove is the
// colour of move N; with untilVertex ("D4") it stops before the first move
// at that point. Like GNU Go, HA >= 2 makes White the first to play, and
// when White is to play first on an empty board the fixed handicap stones
// are placed. Recorded illegal moves are played with
// GameState::playForced and reported as warnings with their move number
// (GNU Go instead stops loading at a move on an occupied point).
// Threading: pure functions; safe to call from several threads at once.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/sgf/sgf_diagnostic.h"
#include "engine/sgf/sgf_tree.h"

namespace m37 {

struct SgfReplayOptions {
    int untilMove = 0;              // > 0: stop before this move number
    std::string untilVertex;        // non-empty: stop before the first move here
    int maxSize = Board::kMaxSize;  // larger boards are refused (GNU Go: 19)
};

struct SgfReplay {
    bool ok = false;
    std::string error;  // why the game cannot be replayed (when !ok)
    GameState state;
    Color toMove = kBlack;                // the colour to play (GNU Go's loadsgf answer)
    int movesPlayed = 0;                  // B/W properties applied
    std::vector<SgfDiagnostic> warnings;  // illegal moves etc., with positions
};

// What a game's root says before any move: board size (SZ, 19 when
// absent), rules (RU, default rules when unknown) with komi (KM), and
// handicap (HA). Unknown RU and malformed KM are warnings; a handicap that
// cannot be right leaves handicapValid false (callers decide).
struct SgfGameSetup {
    int size = 19;
    Rules rules;
    int handicap = 0;
    bool handicapValid = true;
    std::vector<SgfDiagnostic> warnings;
};
// nullopt with `error` set when the board size is missing a meaning or is
// outside 2..maxSize.
std::optional<SgfGameSetup> readSgfGameSetup(const SgfNode& root, int maxSize,
                                             std::string* error);

// Replays a game (its root node).
SgfReplay replaySgfGame(const SgfNode& root, const SgfReplayOptions& options = {});
// Reads a file and replays its first game; fails (ok false, error set) when
// the file cannot be read, has read errors, or holds no game. Read warnings
// are included in the result's warnings.
SgfReplay loadSgfFile(const std::string& path, const SgfReplayOptions& options = {});

// Game information written into the root by sgfFromGameState.
struct SgfGameInfo {
    std::string playerBlack;             // PB
    std::string playerWhite;             // PW
    std::string result;                  // RE ("B+R", "W+3.5", ...)
    std::string date;                    // DT
    std::string application = "move37";  // AP (version appended by caller)
};

// The game so far as an SGF tree: root with FF[4] GM[1] CA[UTF-8] SZ KM RU
// (and HA), the initial setup as AB/AW (AE), one node per move (passes as
// B[] / W[]), later setups as their own nodes, and PL when the side to move
// is not the one that alternation implies.
std::unique_ptr<SgfNode> sgfFromGameState(const GameState& state, const SgfGameInfo& info = {});

}  // namespace m37
