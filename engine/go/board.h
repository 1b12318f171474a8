#pragma once
// Board: the position of stones on a square board from 2x2 to 25x25, as a
// padded 1-D array with chains that keep exact liberty counts, an
// incrementally updated Zobrist hash, simple-ko point, prisoner counts and a
// list of empty points (for fast random playouts). It knows nothing of
// history, superko or scoring rules (see GameState, scoring.h).
// Threading: a plain value; copy it to hand a position to another thread.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/go/types.h"

namespace m37 {

// A compact copy of a Board's position (one byte a point plus ko and
// prisoners), for keeping long histories: about 20 times smaller than a
// Board on 19x19. Plain value.
struct PackedBoard {
    int size = 0;
    std::vector<Color> points;  // row by row, size * size entries
    Loc ko = kNullLoc;
    Color koColor = kEmpty;
    int prisonersBlack = 0;
    int prisonersWhite = 0;
};

class Board {
public:
    static constexpr int kMinSize = 2;
    static constexpr int kMaxSize = 25;
    static constexpr int kMaxArea = (kMaxSize + 2) * (kMaxSize + 2);

    explicit Board(int size = 19);
    // Copies only the points in use (a 9x9 board is far smaller than the
    // arrays sized for 25x25): random playouts copy a board per game.
    Board(const Board& o) { copyFrom(o); }
    Board& operator=(const Board& o) {
        if (this != &o) copyFrom(o);
        return *this;
    }

    int size() const { return size_; }
    int stride() const { return size_ + 2; }
    int area() const { return (size_ + 2) * (size_ + 2); }
    Loc loc(int x, int y) const { return Loc((y + 1) * stride() + x + 1); }
    int x(Loc l) const { return l % stride() - 1; }
    int y(Loc l) const { return l / stride() - 1; }
    bool onBoard(Loc l) const { return l >= 0 && l < area() && color_[l] != kWall; }
    // The four orthogonal offsets, in the order up, left, right, down.
    std::array<int, 4> dirs() const { return {-stride(), -1, 1, stride()}; }

    Color at(Loc l) const { return color_[l]; }
    // Liberties / stones of the chain at a stone (undefined on empty points).
    int libs(Loc l) const { return chain_[head_[l]].libs; }
    int chainSize(Loc l) const { return chain_[head_[l]].stones; }
    Loc chainHead(Loc l) const { return head_[l]; }
    Loc nextInChain(Loc l) const { return next_[l]; }
    // Every stone of the chain containing l.
    std::vector<Loc> chainStones(Loc l) const;
    // Every liberty of the chain containing l (sorted).
    std::vector<Loc> chainLiberties(Loc l) const;

    // Hash of the stones alone (positional); ko and side to move excluded.
    uint64_t hash() const { return hash_; }
    // The point the given colour may not play now because of simple ko.
    Loc koLoc() const { return ko_; }
    Color koColor() const { return koColor_; }
    // Stones of the opponent that `c` has captured so far.
    int prisoners(Color c) const { return prisoners_[c]; }
    int stoneCount(Color c) const { return stones_[c]; }
    int emptyCount() const { return numEmpty_; }
    Loc emptyAt(int i) const { return empties_[i]; }
    // Reorders the list of empty points (for sampling); no other effect.
    void swapEmpties(int i, int j) {
        Loc a = empties_[i], b = empties_[j];
        empties_[i] = b;
        empties_[j] = a;
        emptyIndex_[b] = int16_t(i);
        emptyIndex_[a] = int16_t(j);
    }

    // Legality without history: occupied, simple ko, suicide.
    MoveError check(Loc l, Color c, bool suicideAllowed) const;
    bool isLegal(Loc l, Color c, bool suicideAllowed) const {
        return check(l, c, suicideAllowed) == MoveError::kNone;
    }
    // Plays a move already known to be legal (a pass clears the ko point).
    // Captures, and removes the played chain when it is a suicide.
    // Returns the number of stones captured.
    int play(Loc l, Color c);
    // The hash the board would have after play(l, c), without playing.
    uint64_t hashAfter(Loc l, Color c) const;

    // Setup (SGF AB/AW/AE): sets a point regardless of legality and
    // rebuilds chains. Chains left without liberties stay on the board.
    void setStone(Loc l, Color c);
    void clearKo() { ko_ = kNullLoc; koColor_ = kEmpty; }

    // A single-point eye of c: all orthogonal neighbours are c or wall and
    // at most one diagonal (none on the edge) is the opponent's.
    bool isEye(Loc l, Color c) const;
    // For random playouts: legal for c (occupancy, simple ko, suicide as
    // the flag says) and not one of c's own single-point eyes; one pass.
    bool isPlayoutCandidate(Loc l, Color c, bool suicideAllowed) const;
    // Would playing l capture something / leave the played chain in atari?
    bool wouldCapture(Loc l, Color c) const;

    PackedBoard pack() const;
    // The board a PackedBoard was made from (chains and hash rebuilt).
    static Board unpack(const PackedBoard& p);

    // Text diagram, one row a line, "X" black, "O" white, "." empty.
    std::string toString() const;

    // The same stones (ignores ko point and prisoners).
    bool sameStones(const Board& o) const;

    // Checks every invariant (chains, liberties, hash, empties); for tests.
    bool selfCheck(std::string* why = nullptr) const;

    // Zobrist key of a stone of colour c at l (shared by all boards).
    static uint64_t zobrist(Color c, Loc l);

private:
    struct Chain {
        int16_t libs = 0;
        int16_t stones = 0;
    };

    void copyFrom(const Board& o);
    void addEmpty(Loc l);
    void removeEmpty(Loc l);
    int removeChain(Loc head);
    int countLibs(Loc head) const;
    void rebuildChains();

    int size_;
    Loc ko_ = kNullLoc;
    Color koColor_ = kEmpty;
    uint64_t hash_ = 0;
    int numEmpty_ = 0;
    std::array<int, 4> prisoners_{};
    std::array<int, 4> stones_{};
    std::array<Color, kMaxArea> color_;
    std::array<Loc, kMaxArea> head_;
    std::array<Loc, kMaxArea> next_;
    std::array<Chain, kMaxArea> chain_;
    std::array<Loc, kMaxArea> empties_;
    std::array<int16_t, kMaxArea> emptyIndex_;
};

inline bool Board::isPlayoutCandidate(Loc l, Color c, bool suicideAllowed) const {
    if (l == ko_ && c == koColor_) return false;
    const int st = stride();
    const Color o = opponent(c);
    bool legal = false, allOwn = true;
    for (int k : {-st, -1, 1, st}) {
        Loc n = Loc(l + k);
        Color nc = color_[n];
        if (nc == kEmpty) {
            return true;  // a liberty: legal, and not an eye
        } else if (nc == c) {
            legal |= chain_[head_[n]].libs > 1;
        } else if (nc == o) {
            allOwn = false;
            legal |= chain_[head_[n]].libs == 1;
        }
    }
    if (allOwn) {
        // an eye tolerates one enemy diagonal in the centre, none on the edge
        int enemies = 0, wall = 0;
        for (int k : {-st - 1, -st + 1, st - 1, st + 1}) {
            Color dc = color_[Loc(l + k)];
            enemies += dc == o;
            wall |= dc == kWall;
        }
        if (enemies + wall < 2) return false;
    }
    return legal || suicideAllowed;
}

}  // namespace m37
