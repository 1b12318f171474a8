#include "engine/search/dead_stones.h"

#include "engine/go/playout.h"
#include "engine/go/rng.h"

namespace m37 {

namespace {

// Would c playing at l (empty) be illegal, or leave the played chain with one
// liberty without capturing anything?
bool selfAtariOrIllegal(const Board& b, Loc l, Color c) {
    if (!b.isLegal(l, c, false)) return true;
    if (b.wouldCapture(l, c)) return false;
    Board copy = b;
    copy.play(l, c);
    return copy.at(l) != c || copy.libs(l) <= 1;
}

}  // namespace

std::vector<Loc> DeadStoneEstimate::stonesWith(StoneStatus s) const {
    std::vector<Loc> out;
    for (size_t i = 0; i < status.size(); ++i)
        if (status[i] == s) out.push_back(Loc(i));
    return out;
}

DeadStoneEstimate estimateDeadStones(const GameState& g, int playouts, uint64_t seed) {
    const Board& b = g.board();
    DeadStoneEstimate est;
    est.status.assign(b.area(), StoneStatus::kNone);
    std::vector<bool> pa[3] = {{}, passAlive(b, kBlack), passAlive(b, kWhite)};

    // Ownership from playouts, only needed when some chain is undecided.
    std::vector<float> own;
    auto ownership = [&]() -> const std::vector<float>& {
        if (own.empty()) {
            Rng rng(seed ^ b.hash());
            PlayoutParams pp;
            pp.suicideAllowed = g.rules().suicideAllowed;
            own = playoutOwnership(b, g.toMove(), std::max(playouts, 1), rng, pp);
        }
        return own;
    };

    std::vector<char> seen(b.area(), 0);
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            Color c = b.at(l);
            if (c != kBlack && c != kWhite) continue;
            if (seen[b.chainHead(l)]) continue;
            seen[b.chainHead(l)] = 1;
            std::vector<Loc> stones = b.chainStones(l);
            StoneStatus st;
            if (pa[c][l]) {
                st = StoneStatus::kAlive;
            } else if (pa[opponent(c)][l]) {
                st = StoneStatus::kDead;
            } else {
                const auto& o = ownership();
                float sum = 0;
                for (Loc s : stones) sum += o[s];
                float mine = (c == kBlack ? sum : -sum) / float(stones.size());
                st = mine < -0.2f ? StoneStatus::kDead : StoneStatus::kAlive;
            }
            for (Loc s : stones) est.status[s] = st;
        }

    // Seki: an alive, not pass-alive chain sharing a liberty with an alive
    // opponent chain, where every such shared liberty is self-atari (or
    // illegal) for both sides.
    std::fill(seen.begin(), seen.end(), 0);
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            Color c = b.at(l);
            if (c != kBlack && c != kWhite) continue;
            if (seen[b.chainHead(l)] || est.status[l] != StoneStatus::kAlive || pa[c][l]) continue;
            seen[b.chainHead(l)] = 1;
            bool shared = false, allBlocked = true;
            for (Loc lib : b.chainLiberties(l)) {
                bool touchesOpp = false;
                for (int k : b.dirs()) {
                    Loc n = Loc(lib + k);
                    if (b.at(n) == opponent(c) && (est.status[n] == StoneStatus::kAlive ||
                                                   est.status[n] == StoneStatus::kSeki))
                        touchesOpp = true;
                }
                if (!touchesOpp) continue;
                shared = true;
                if (!selfAtariOrIllegal(b, lib, c) || !selfAtariOrIllegal(b, lib, opponent(c)))
                    allBlocked = false;
            }
            if (shared && allBlocked)
                for (Loc s : b.chainStones(l)) est.status[s] = StoneStatus::kSeki;
        }

    est.dead = est.stonesWith(StoneStatus::kDead);
    return est;
}

Score estimatedScore(const GameState& g, int playouts, uint64_t seed) {
    return score(g, estimateDeadStones(g, playouts, seed).dead);
}

std::optional<Score> scoreIfPassWins(const GameState& g, Color toPlay, int playouts,
                                     uint64_t seed) {
    const auto& moves = g.moves();
    if (moves.empty() || moves.back().loc != kPassLoc || moves.back().color == toPlay)
        return std::nullopt;
    Score s = estimatedScore(g, playouts, seed);
    if (s.marginFor(toPlay) <= 0) return std::nullopt;
    return s;
}

}  // namespace m37
