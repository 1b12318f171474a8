#pragma once
// GameState: a game in progress — the board with its history of positions
// and moves, the side to move, the rules, handicap, consecutive passes and
// superko. Supports undo and SGF-style setup.
// Threading: a plain value; not shared between threads (copy it).
#include <cstdint>
#include <deque>
#include <utility>
#include <vector>

#include "engine/go/board.h"
#include "engine/go/rules.h"

namespace m37 {

struct MoveRecord {
    Color color = kEmpty;
    Loc loc = kNullLoc;
};

class GameState {
public:
    explicit GameState(int size = 19, Rules rules = Rules());

    const Board& board() const { return board_; }
    int size() const { return board_.size(); }
    const Rules& rules() const { return rules_; }
    void setRules(const Rules& r) { rules_ = r; }
    void setKomi(float k) { rules_.komi = k; }
    Color toMove() const { return toMove_; }
    void setToMove(Color c);

    // Every check: board legality plus superko under the rules.
    MoveError check(Loc l, Color c) const;
    bool isLegal(Loc l, Color c) const { return check(l, c) == MoveError::kNone; }
    // Plays after check(); returns the refusal reason (kNone when played).
    MoveError play(Loc l, Color c);
    MoveError play(Loc l) { return play(l, toMove_); }
    // Plays even an illegal move as well as the board allows (recorded games):
    // an occupied point is replaced, a suicide removes the chain.
    void playForced(Loc l, Color c);
    // Takes back the last move or setup; false when at the start.
    bool undo();

    // Setup (SGF AB/AW/AE): changes stones without a move; undoable.
    void setup(const std::vector<std::pair<Loc, Color>>& stones);
    // Handicap: standard star points for n stones (empty when impossible).
    static std::vector<Loc> fixedHandicapPoints(int size, int n);
    // Places handicap stones for Black on an empty board; White to move.
    bool placeHandicap(const std::vector<Loc>& stones);
    int handicap() const { return handicap_; }
    // Komi plus White's handicap compensation under area scoring.
    float whiteBonus() const;

    int passesInRow() const { return passes_; }
    bool gameOver() const { return passes_ >= 2; }
    const std::vector<MoveRecord>& moves() const { return moves_; }
    int moveNumber() const { return int(moves_.size()); }
    // Where the last move was played (kPassLoc for a pass); kNullLoc before any.
    Loc lastMove() const { return moves_.empty() ? kNullLoc : moves_.back().loc; }
    // The board `back` moves (or setups) ago: 0 is the current board; nullptr
    // when the history is shorter (network input planes use the last 8).
    // Earlier boards are kept packed and unpacked here on demand into a
    // small cache: the pointer stays valid until the next undo, copy, or 8
    // further calls for other boards.
    const Board* boardBack(int back) const;
    // Number of earlier positions (for superko and tests).
    size_t historySize() const { return history_.size(); }

private:
    struct Snapshot {
        PackedBoard board;
        Color toMove;
        int passes;
        int handicap;
        size_t moves;
        size_t hashes;
    };
    uint64_t situationHash(uint64_t stonesHash, Color toMove) const;
    void pushSnapshot();
    void recordPosition();

    Rules rules_;
    Board board_;
    Color toMove_ = kBlack;
    int passes_ = 0;
    int handicap_ = 0;
    std::vector<MoveRecord> moves_;
    std::vector<Snapshot> history_;
    // Unpacked boards of recent history, by index into history_; a cache,
    // so copies of the GameState start without it.
    struct UnpackedCache {
        std::deque<std::pair<size_t, Board>> boards;
        UnpackedCache() = default;
        UnpackedCache(const UnpackedCache&) {}
        UnpackedCache& operator=(const UnpackedCache&) {
            boards.clear();
            return *this;
        }
    };
    mutable UnpackedCache unpacked_;
    // Positional hashes (stones) of every position so far, and the same
    // combined with the side to move (for situational superko).
    std::vector<uint64_t> positions_;
    std::vector<uint64_t> situations_;
};

}  // namespace m37
