#include "engine/go/playout.h"

#include "engine/go/scoring.h"

namespace m37 {

Loc randomMove(Board& b, Color c, Rng& rng, const PlayoutParams& p) {
    // Rejection sampling over the empty points: a rejected point is moved
    // out of the window, so the accepted one is uniform among the
    // acceptable ones. The board's empty list is reordered, never changed.
    int window = b.emptyCount();
    while (window > 0) {
        int i = int(rng.below(uint32_t(window)));
        Loc l = b.emptyAt(i);
        if (b.isPlayoutCandidate(l, c, p.suicideAllowed)) return l;
        --window;
        b.swapEmpties(i, window);
    }
    return kPassLoc;
}

int playout(Board& b, Color toMove, Rng& rng, const PlayoutParams& p) {
    const int maxMoves = p.maxMovesFactor * b.size() * b.size();
    int passes = 0, moves = 0;
    Color c = toMove;
    while (passes < 2 && moves < maxMoves) {
        Loc l = randomMove(b, c, rng, p);
        b.play(l, c);
        passes = l == kPassLoc ? passes + 1 : 0;
        ++moves;
        c = opponent(c);
    }
    return moves;
}

int areaCount(const Board& b) {
    int score = b.stoneCount(kBlack) - b.stoneCount(kWhite);
    const auto d = b.dirs();
    bool simple = true;
    for (int i = 0; i < b.emptyCount() && simple; ++i) {
        Loc l = b.emptyAt(i);
        bool touchB = false, touchW = false, touchE = false;
        for (int k : d) {
            Color n = b.at(Loc(l + k));
            touchB |= n == kBlack;
            touchW |= n == kWhite;
            touchE |= n == kEmpty;
        }
        if (touchE) simple = false;
        else if (touchB && !touchW) ++score;
        else if (touchW && !touchB) --score;
    }
    if (simple) return score;
    // Larger empty regions: full flood fill.
    std::vector<Color> owner = finalOwnership(b, {});
    score = 0;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Color o = owner[b.loc(x, y)];
            score += o == kBlack ? 1 : o == kWhite ? -1 : 0;
        }
    return score;
}

std::vector<float> playoutOwnership(const Board& b, Color toMove, int playouts, Rng& rng,
                                    const PlayoutParams& p) {
    std::vector<float> own(b.area(), 0.0f);
    if (playouts <= 0) return own;
    for (int n = 0; n < playouts; ++n) {
        Board copy = b;
        playout(copy, toMove, rng, p);
        std::vector<Color> owner = finalOwnership(copy, {});
        for (int i = 0; i < b.area(); ++i)
            own[i] += owner[i] == kBlack ? 1.0f : owner[i] == kWhite ? -1.0f : 0.0f;
    }
    for (float& v : own) v /= float(playouts);
    return own;
}

}  // namespace m37
