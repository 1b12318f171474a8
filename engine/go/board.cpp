#include "engine/go/board.h"

#include <algorithm>
#include <bitset>
#include <cassert>
#include <string>

#include "engine/go/rng.h"

namespace m37 {

namespace {

struct ZobristTable {
    std::array<std::array<uint64_t, Board::kMaxArea>, 4> key{};
    constexpr ZobristTable() {
        uint64_t s = 0x6d6f76653337ULL;  // "move37"
        for (auto& row : key)
            for (auto& k : row) k = splitmix64(s);
    }
};
constexpr ZobristTable kZobrist;

using Marks = std::bitset<Board::kMaxArea>;

}  // namespace

const char* toString(MoveError e) {
    switch (e) {
        case MoveError::kNone: return "legal";
        case MoveError::kOffBoard: return "off the board";
        case MoveError::kOccupied: return "point occupied";
        case MoveError::kKo: return "ko: retaking is not allowed yet";
        case MoveError::kSuperko: return "superko: repeats an earlier position";
        case MoveError::kSuicide: return "suicide";
    }
    return "?";
}

const char* colorName(Color c) {
    switch (c) {
        case kBlack: return "black";
        case kWhite: return "white";
        case kEmpty: return "empty";
        default: return "wall";
    }
}

uint64_t Board::zobrist(Color c, Loc l) { return kZobrist.key[c][l]; }

Board::Board(int size) : size_(std::clamp(size, kMinSize, kMaxSize)) {
    color_.fill(kWall);
    head_.fill(0);
    next_.fill(0);
    emptyIndex_.fill(-1);
    for (int y = 0; y < size_; ++y)
        for (int x = 0; x < size_; ++x) {
            Loc l = loc(x, y);
            color_[l] = kEmpty;
            addEmpty(l);
        }
}

void Board::copyFrom(const Board& o) {
    size_ = o.size_;
    ko_ = o.ko_;
    koColor_ = o.koColor_;
    hash_ = o.hash_;
    numEmpty_ = o.numEmpty_;
    prisoners_ = o.prisoners_;
    stones_ = o.stones_;
    const size_t n = size_t(o.area());
    std::copy_n(o.color_.begin(), n, color_.begin());
    std::copy_n(o.head_.begin(), n, head_.begin());
    std::copy_n(o.next_.begin(), n, next_.begin());
    std::copy_n(o.chain_.begin(), n, chain_.begin());
    std::copy_n(o.empties_.begin(), size_t(numEmpty_), empties_.begin());
    std::copy_n(o.emptyIndex_.begin(), n, emptyIndex_.begin());
}

void Board::addEmpty(Loc l) {
    emptyIndex_[l] = int16_t(numEmpty_);
    empties_[numEmpty_++] = l;
}

void Board::removeEmpty(Loc l) {
    int i = emptyIndex_[l];
    Loc last = empties_[--numEmpty_];
    empties_[i] = last;
    emptyIndex_[last] = int16_t(i);
    emptyIndex_[l] = -1;
}

std::vector<Loc> Board::chainStones(Loc l) const {
    std::vector<Loc> out;
    if (!onBoard(l) || color_[l] == kEmpty) return out;
    Loc s = l;
    do {
        out.push_back(s);
        s = next_[s];
    } while (s != l);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Loc> Board::chainLiberties(Loc l) const {
    std::vector<Loc> out;
    if (!onBoard(l) || color_[l] == kEmpty) return out;
    Marks seen;
    const auto d = dirs();
    Loc s = l;
    do {
        for (int k : d) {
            Loc n = Loc(s + k);
            if (color_[n] == kEmpty && !seen[n]) {
                seen[n] = true;
                out.push_back(n);
            }
        }
        s = next_[s];
    } while (s != l);
    std::sort(out.begin(), out.end());
    return out;
}

int Board::countLibs(Loc head) const {
    Marks seen;
    int n = 0;
    const int st = stride();
    Loc s = head;
    do {
        for (int k : {-st, -1, 1, st}) {
            Loc q = Loc(s + k);
            if (color_[q] == kEmpty && !seen[q]) {
                seen[q] = true;
                ++n;
            }
        }
        s = next_[s];
    } while (s != head);
    return n;
}

MoveError Board::check(Loc l, Color c, bool suicideAllowed) const {
    if (l == kPassLoc) return MoveError::kNone;
    if (!onBoard(l)) return MoveError::kOffBoard;
    if (color_[l] != kEmpty) return MoveError::kOccupied;
    if (l == ko_ && c == koColor_) return MoveError::kKo;
    const int st = stride();
    for (int k : {-st, -1, 1, st}) {
        Loc n = Loc(l + k);
        Color nc = color_[n];
        if (nc == kEmpty) return MoveError::kNone;
        if (nc == c) {
            if (chain_[head_[n]].libs > 1) return MoveError::kNone;
        } else if (nc != kWall) {
            if (chain_[head_[n]].libs == 1) return MoveError::kNone;
        }
    }
    // A single stone suicide changes nothing; still "legal" only when
    // suicide is allowed (superko then refuses it as a repetition).
    return suicideAllowed ? MoveError::kNone : MoveError::kSuicide;
}

bool Board::wouldCapture(Loc l, Color c) const {
    const int st = stride();
    Color o = opponent(c);
    for (int k : {-st, -1, 1, st}) {
        Loc n = Loc(l + k);
        if (color_[n] == o && chain_[head_[n]].libs == 1) return true;
    }
    return false;
}

bool Board::isEye(Loc l, Color c) const {
    if (color_[l] != kEmpty) return false;
    const int st = stride();
    for (int k : {-st, -1, 1, st}) {
        Color nc = color_[Loc(l + k)];
        if (nc != c && nc != kWall) return false;
    }
    int bad = 0, walls = 0;
    Color o = opponent(c);
    for (int k : {-st - 1, -st + 1, st - 1, st + 1}) {
        Color dc = color_[Loc(l + k)];
        if (dc == o) ++bad;
        else if (dc == kWall) walls = 1;
    }
    return bad + walls < 2;
}

int Board::removeChain(Loc head) {
    Color c = color_[head];
    int removed = 0;
    Loc s = head;
    do {
        color_[s] = kEmpty;
        hash_ ^= kZobrist.key[c][s];
        addEmpty(s);
        ++removed;
        s = next_[s];
    } while (s != head);
    stones_[c] -= removed;
    // Every removed point is a new liberty of each distinct adjacent chain.
    const int st = stride();
    s = head;
    do {
        Loc seen[4];
        int ns = 0;
        for (int k : {-st, -1, 1, st}) {
            Loc n = Loc(s + k);
            Color nc = color_[n];
            if (nc == kBlack || nc == kWhite) {
                Loc h = head_[n];
                bool dup = false;
                for (int i = 0; i < ns; ++i) dup |= seen[i] == h;
                if (!dup) {
                    seen[ns++] = h;
                    ++chain_[h].libs;
                }
            }
        }
        Loc nx = next_[s];
        next_[s] = s;
        head_[s] = s;
        s = nx;
    } while (s != head);
    return removed;
}

int Board::play(Loc l, Color c) {
    if (l == kPassLoc || l == kNullLoc) {
        clearKo();
        return 0;
    }
    assert(color_[l] == kEmpty);
    const int st = stride();
    const Color o = opponent(c);

    color_[l] = c;
    hash_ ^= kZobrist.key[c][l];
    removeEmpty(l);
    ++stones_[c];
    head_[l] = l;
    next_[l] = l;

    // One pass over the neighbours: liberties of the lone stone, and the
    // distinct friendly and enemy chains, each of which loses this point.
    int libs = 0;
    Loc friends[4], enemies[4];
    int nf = 0, ne = 0;
    for (int k : {-st, -1, 1, st}) {
        Loc n = Loc(l + k);
        Color nc = color_[n];
        if (nc == kEmpty) {
            ++libs;
        } else if (nc == c) {
            Loc h = head_[n];
            bool dup = false;
            for (int i = 0; i < nf; ++i) dup |= friends[i] == h;
            if (!dup) {
                friends[nf++] = h;
                --chain_[h].libs;
            }
        } else if (nc == o) {
            Loc h = head_[n];
            bool dup = false;
            for (int i = 0; i < ne; ++i) dup |= enemies[i] == h;
            if (!dup) {
                enemies[ne++] = h;
                --chain_[h].libs;
            }
        }
    }
    chain_[l] = Chain{int16_t(libs), 1};

    // Merge with friendly chains: everything joins the largest one, whose
    // liberty count grows by the liberties of the others (and of the new
    // stone) that it did not already have.
    if (nf > 0) {
        Loc big = friends[0];
        for (int i = 1; i < nf; ++i)
            if (chain_[friends[i]].stones > chain_[big].stones) big = friends[i];
        auto isLibOfBig = [&](Loc q) {
            for (int k : {-st, -1, 1, st}) {
                Loc n = Loc(q + k);
                if (color_[n] == c && head_[n] == big) return true;
            }
            return false;
        };
        int added = 0;
        if (nf == 1) {
            // the common case: the new stone's own empty neighbours only
            for (int k : {-st, -1, 1, st}) {
                Loc q = Loc(l + k);
                if (color_[q] == kEmpty && !isLibOfBig(q)) ++added;
            }
        } else {
            Marks seen;
            auto absorb = [&](Loc h) {
                Loc s = h;
                do {
                    for (int k : {-st, -1, 1, st}) {
                        Loc q = Loc(s + k);
                        if (color_[q] != kEmpty || seen[q]) continue;
                        seen[q] = true;
                        if (!isLibOfBig(q)) ++added;
                    }
                    s = next_[s];
                } while (s != h);
            };
            absorb(l);
            for (int i = 0; i < nf; ++i)
                if (friends[i] != big) absorb(friends[i]);
        }
        chain_[big].libs = int16_t(chain_[big].libs + added);
        auto relabel = [&](Loc h) {
            Loc s = h;
            do {
                head_[s] = big;
                s = next_[s];
            } while (s != h);
            std::swap(next_[h], next_[big]);  // splice the two circular lists
            chain_[big].stones = int16_t(chain_[big].stones + chain_[h].stones);
        };
        relabel(l);
        for (int i = 0; i < nf; ++i)
            if (friends[i] != big) relabel(friends[i]);
    }
    Loc myHead = head_[l];

    // Captures.
    int captured = 0;
    Loc lastCaptured = kNullLoc;
    for (int i = 0; i < ne; ++i) {
        if (chain_[enemies[i]].libs == 0) {
            lastCaptured = enemies[i];
            captured += removeChain(enemies[i]);
        }
    }
    prisoners_[c] += captured;

    // Suicide (only reached when the rules allow it).
    if (chain_[myHead].libs == 0) {
        int lost = removeChain(myHead);
        prisoners_[o] += lost;
        clearKo();
        return captured;
    }

    if (captured == 1 && chain_[myHead].stones == 1 && chain_[myHead].libs == 1) {
        ko_ = lastCaptured;
        koColor_ = o;
    } else {
        clearKo();
    }
    return captured;
}

uint64_t Board::hashAfter(Loc l, Color c) const {
    if (l == kPassLoc || l == kNullLoc) return hash_;
    Board copy = *this;
    copy.play(l, c);
    return copy.hash_;
}

void Board::setStone(Loc l, Color c) {
    if (!onBoard(l) || color_[l] == c) return;
    if (color_[l] == kEmpty) removeEmpty(l);
    else hash_ ^= kZobrist.key[color_[l]][l];
    color_[l] = c;
    if (c == kEmpty) addEmpty(l);
    else hash_ ^= kZobrist.key[c][l];
    clearKo();
    rebuildChains();
}

void Board::rebuildChains() {
    stones_ = {};
    Marks done;
    const int st = stride();
    for (int y = 0; y < size_; ++y)
        for (int x = 0; x < size_; ++x) {
            Loc l = loc(x, y);
            Color c = color_[l];
            if (c == kEmpty) continue;
            ++stones_[c];
            if (done[l]) continue;
            // flood fill the chain, linking it as a circular list
            std::vector<Loc> stack{l}, members;
            done[l] = true;
            while (!stack.empty()) {
                Loc s = stack.back();
                stack.pop_back();
                members.push_back(s);
                for (int k : {-st, -1, 1, st}) {
                    Loc n = Loc(s + k);
                    if (color_[n] == c && !done[n]) {
                        done[n] = true;
                        stack.push_back(n);
                    }
                }
            }
            for (size_t i = 0; i < members.size(); ++i) {
                head_[members[i]] = l;
                next_[members[i]] = members[(i + 1) % members.size()];
            }
            chain_[l] = Chain{0, int16_t(members.size())};
            chain_[l].libs = int16_t(countLibs(l));
        }
}

PackedBoard Board::pack() const {
    PackedBoard p;
    p.size = size_;
    p.points.reserve(size_t(size_ * size_));
    for (int y = 0; y < size_; ++y)
        for (int x = 0; x < size_; ++x) p.points.push_back(color_[loc(x, y)]);
    p.ko = ko_;
    p.koColor = koColor_;
    p.prisonersBlack = prisoners_[kBlack];
    p.prisonersWhite = prisoners_[kWhite];
    return p;
}

Board Board::unpack(const PackedBoard& p) {
    Board b(p.size);
    size_t i = 0;
    for (int y = 0; y < b.size_; ++y)
        for (int x = 0; x < b.size_; ++x, ++i) {
            Color c = i < p.points.size() ? p.points[i] : kEmpty;
            if (c != kBlack && c != kWhite) continue;
            Loc l = b.loc(x, y);
            b.removeEmpty(l);
            b.color_[l] = c;
            b.hash_ ^= kZobrist.key[c][l];
        }
    b.rebuildChains();
    b.ko_ = p.ko;
    b.koColor_ = p.koColor;
    b.prisoners_[kBlack] = p.prisonersBlack;
    b.prisoners_[kWhite] = p.prisonersWhite;
    return b;
}

bool Board::sameStones(const Board& o) const {
    if (size_ != o.size_) return false;
    for (int i = 0; i < area(); ++i)
        if (color_[i] != o.color_[i]) return false;
    return true;
}

std::string Board::toString() const {
    std::string s;
    for (int y = 0; y < size_; ++y) {
        for (int x = 0; x < size_; ++x) {
            Color c = color_[loc(x, y)];
            s += c == kBlack ? 'X' : c == kWhite ? 'O' : '.';
        }
        s += '\n';
    }
    return s;
}

bool Board::selfCheck(std::string* why) const {
    auto fail = [&](const std::string& m) {
        if (why) *why = m;
        return false;
    };
    uint64_t h = 0;
    int empties = 0;
    std::array<int, 4> count{};
    for (int y = 0; y < size_; ++y)
        for (int x = 0; x < size_; ++x) {
            Loc l = loc(x, y);
            Color c = color_[l];
            if (c == kEmpty) {
                ++empties;
                if (emptyIndex_[l] < 0 || empties_[emptyIndex_[l]] != l)
                    return fail("empty list broken at " + std::to_string(l));
                continue;
            }
            ++count[c];
            h ^= kZobrist.key[c][l];
            Loc hd = head_[l];
            if (color_[hd] != c) return fail("head colour at " + std::to_string(l));
            // walk the chain from the head and compare with a flood fill
            std::vector<Loc> walk;
            Loc s = hd;
            do {
                walk.push_back(s);
                if (head_[s] != hd) return fail("head mismatch in chain");
                s = next_[s];
                if (walk.size() > size_t(area())) return fail("cycle broken");
            } while (s != hd);
            if (int(walk.size()) != chain_[hd].stones) return fail("stone count");
            if (countLibs(hd) != chain_[hd].libs)
                return fail("liberties at " + std::to_string(l) + ": have " +
                            std::to_string(chain_[hd].libs) + " real " +
                            std::to_string(countLibs(hd)));
            for (int k : dirs()) {
                Loc n = Loc(l + k);
                if (color_[n] == c && head_[n] != hd) return fail("split chain");
            }
        }
    if (h != hash_) return fail("hash");
    if (empties != numEmpty_) return fail("empty count");
    if (count[kBlack] != stones_[kBlack] || count[kWhite] != stones_[kWhite])
        return fail("stone counts");
    return true;
}

}  // namespace m37
