#include "engine/search/light_playout.h"

#include <algorithm>

#include "engine/go/playout.h"

namespace m37 {

int libertiesAfter(const Board& b, Loc l, Color c, int cap) {
    // Distinct liberties, counted up to `cap`: empty neighbours of l,
    // liberties of joined chains (except l), and the stones of captured
    // neighbours adjacent to l.
    Loc seen[16];
    int n = 0;
    auto add = [&](Loc x) {
        if (x == l) return;
        for (int i = 0; i < n; ++i)
            if (seen[i] == x) return;
        seen[n++] = x;
    };
    const Color o = opponent(c);
    const auto d = b.dirs();
    for (int k : d) {
        Loc nb = Loc(l + k);
        Color nc = b.at(nb);
        if (nc == kEmpty || (nc == o && b.libs(nb) == 1)) add(nb);
        if (n >= cap) return cap;
    }
    for (int k : d) {
        Loc nb = Loc(l + k);
        if (b.at(nb) != c) continue;
        if (b.libs(nb) - 1 >= cap) return cap;
        // Walk the chain and collect its liberties.
        Loc s = nb;
        do {
            for (int k2 : d) {
                Loc x = Loc(s + k2);
                if (b.at(x) == kEmpty) add(x);
                if (n >= cap) return cap;
            }
            s = b.nextInChain(s);
        } while (s != nb);
    }
    return n;
}

namespace {

bool selfAtariOfMany(const Board& b, Loc l, Color c) {
    if (b.wouldCapture(l, c)) return false;
    if (libertiesAfter(b, l, c, 2) > 1) return false;
    int stones = 1;
    for (int k : b.dirs()) {
        Loc nb = Loc(l + k);
        if (b.at(nb) == c) stones += b.chainSize(nb);
    }
    return stones > 1;
}

}  // namespace

Loc tacticalMove(const Board& b, Color c, Loc lastMove, bool suicideAllowed) {
    if (lastMove == kPassLoc || lastMove == kNullLoc || !b.onBoard(lastMove)) return kNullLoc;
    const Color o = opponent(c);
    // 1. Capture: the last move's chain, or an opponent chain next to it.
    Loc cand[5] = {lastMove};
    int nc = 1;
    for (int k : b.dirs()) cand[nc++] = Loc(lastMove + k);
    for (int i = 0; i < nc; ++i) {
        Loc s = cand[i];
        if (b.at(s) != o || b.libs(s) != 1) continue;
        Loc lib = b.chainLiberties(s)[0];
        if (b.isLegal(lib, c, suicideAllowed)) return lib;
    }
    // 2. Save an own chain next to the last move that is in atari.
    for (int k : b.dirs()) {
        Loc s = Loc(lastMove + k);
        if (b.at(s) != c || b.libs(s) != 1) continue;
        Loc lib = b.chainLiberties(s)[0];
        if (b.isLegal(lib, c, suicideAllowed) && libertiesAfter(b, lib, c, 2) > 1) return lib;
    }
    return kNullLoc;
}

Loc lightMove(Board& b, Color c, Loc lastMove, Rng& rng, bool suicideAllowed) {
    Loc t = tacticalMove(b, c, lastMove, suicideAllowed);
    if (t != kNullLoc) return t;
    int window = b.emptyCount();
    while (window > 0) {
        int i = int(rng.below(uint32_t(window)));
        Loc l = b.emptyAt(i);
        if (b.isPlayoutCandidate(l, c, suicideAllowed) && !selfAtariOfMany(b, l, c)) return l;
        --window;
        b.swapEmpties(i, window);
    }
    return kPassLoc;
}

LightPlayoutResult lightPlayout(Board& b, Color toMove, Loc lastMove, float whiteBonus, Rng& rng,
                                bool suicideAllowed, int maxMovesFactor) {
    LightPlayoutResult r;
    const int maxMoves = maxMovesFactor * b.size() * b.size();
    int passes = 0;
    Color c = toMove;
    Loc last = lastMove;
    while (passes < 2 && r.moves < maxMoves) {
        Loc l = lightMove(b, c, last, rng, suicideAllowed);
        b.play(l, c);
        passes = l == kPassLoc ? passes + 1 : 0;
        last = l;
        ++r.moves;
        c = opponent(c);
    }
    r.blackMargin = float(areaCount(b)) - whiteBonus;
    return r;
}

std::vector<float> heuristicPriors(const GameState& g) {
    const Board& b = g.board();
    const int n = b.size();
    const Color c = g.toMove();
    std::vector<float> p(size_t(n * n + 1), 0.0f);
    const int stones = b.stoneCount(kBlack) + b.stoneCount(kWhite);
    double sum = 0;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            Loc l = b.loc(x, y);
            if (b.at(l) != kEmpty || b.isEye(l, c) || g.check(l, c) != MoveError::kNone) continue;
            float w = 1.0f;
            if (b.wouldCapture(l, c)) w = 8.0f;
            bool saves = false;
            for (int k : b.dirs()) {
                Loc nb = Loc(l + k);
                saves |= b.at(nb) == c && b.libs(nb) == 1;
            }
            int libs = libertiesAfter(b, l, c, 2);
            if (saves && libs > 1) w = std::max(w, 6.0f);
            if (w == 1.0f && selfAtariOfMany(b, l, c))
                w = 0.1f;
            else if (w == 1.0f && libs == 1)
                w = 0.5f;
            // Early on, the first two lines are rarely worth a move.
            const int line = std::min(std::min(x, y), std::min(n - 1 - x, n - 1 - y));
            if (w == 1.0f && n >= 7 && stones * 3 < n * n)
                w = line == 0 ? 0.2f : line == 1 ? 0.6f : 1.0f;
            p[size_t(y * n + x)] = w;
            sum += w;
        }
    float passW = sum > 0 ? float(sum) * 0.002f : 1.0f;
    p[size_t(n * n)] = passW;
    sum += passW;
    for (float& v : p) v = float(v / sum);
    return p;
}

}  // namespace m37
