#include "engine/search/rollout_mcts.h"

#include <algorithm>
#include <cmath>

#include "engine/go/playout.h"
#include "engine/go/rng.h"
#include "engine/go/scoring.h"
#include "engine/search/dead_stones.h"

namespace m37 {

namespace {

struct Node {
    Loc move = kPassLoc;
    Color color = kEmpty;  // who played `move`
    int visits = 0;
    float wins = 0;  // from the point of view of `color`
    int firstChild = -1;
    int numChildren = 0;
};

// Every legal non-eye-filling move for c on b (a pass when there is none).
void leafMoves(const Board& b, Color c, bool suicide, std::vector<Loc>& out) {
    out.clear();
    for (int i = 0; i < b.emptyCount(); ++i) {
        Loc l = b.emptyAt(i);
        if (!b.isEye(l, c) && b.isLegal(l, c, suicide)) out.push_back(l);
    }
    std::sort(out.begin(), out.end());  // the empty list's order depends on history
    if (out.empty()) out.push_back(kPassLoc);
}

class Tree {
  public:
    Tree(const GameState& g, Color toPlay, const SearchParams& p, uint64_t seed)
        : g_(g), toPlay_(toPlay), p_(p), rng_(seed) {
        pp_.suicideAllowed = g.rules().suicideAllowed;
        bonus_ = g.whiteBonus();
        nodes_.reserve(1 << 16);
        nodes_.push_back(Node{kPassLoc, opponent(toPlay), 0, 0, -1, 0});
    }

    void setRootMoves(std::vector<Loc> moves) {
        shuffle(moves);
        addChildren(0, moves, toPlay_);
    }

    void simulate() {
        Board b = g_.board();
        path_.assign(1, 0);
        int node = 0;
        Color c = toPlay_;
        int passes = g_.passesInRow() > 0 && g_.moves().back().color != toPlay_ ? 1 : 0;
        bool terminal = false;
        for (;;) {
            Node& n = nodes_[node];
            if (n.numChildren == 0) {
                if (node != 0 && n.visits >= p_.expandAfter) {
                    leafMoves(b, c, pp_.suicideAllowed, scratch_);
                    shuffle(scratch_);
                    addChildren(node, scratch_, c);
                } else {
                    break;
                }
            }
            node = select(node);
            path_.push_back(node);
            Loc m = nodes_[node].move;
            b.play(m, c);
            passes = m == kPassLoc ? passes + 1 : 0;
            c = opponent(c);
            if (passes >= 2) {
                terminal = true;
                break;
            }
        }
        if (!terminal) playout(b, c, rng_, pp_);
        float margin = float(areaCount(b)) - bonus_;
        float blackWin = margin > 0 ? 1.0f : margin < 0 ? 0.0f : 0.5f;
        for (int i : path_) {
            Node& n = nodes_[i];
            n.visits += 1;
            n.wins += n.color == kBlack ? blackWin : 1.0f - blackWin;
        }
    }

    const Node& root() const { return nodes_[0]; }
    const Node& child(int i) const { return nodes_[nodes_[0].firstChild + i]; }

  private:
    void shuffle(std::vector<Loc>& v) {
        for (int i = int(v.size()) - 1; i > 0; --i) std::swap(v[i], v[rng_.below(uint32_t(i + 1))]);
    }

    void addChildren(int parent, const std::vector<Loc>& moves, Color c) {
        int first = int(nodes_.size());
        for (Loc m : moves) nodes_.push_back(Node{m, c, 0, 0, -1, 0});
        nodes_[parent].firstChild = first;
        nodes_[parent].numChildren = int(moves.size());
    }

    int select(int parent) const {
        const Node& p = nodes_[parent];
        const float logN = std::log(float(std::max(p.visits, 1)));
        int best = p.firstChild;
        float bestValue = -1;
        for (int i = 0; i < p.numChildren; ++i) {
            const Node& ch = nodes_[p.firstChild + i];
            if (ch.visits == 0) return p.firstChild + i;  // children are shuffled
            float v =
                ch.wins / float(ch.visits) + p_.exploration * std::sqrt(logN / float(ch.visits));
            if (v > bestValue) {
                bestValue = v;
                best = p.firstChild + i;
            }
        }
        return best;
    }

    const GameState& g_;
    Color toPlay_;
    const SearchParams& p_;
    Rng rng_;
    PlayoutParams pp_;
    float bonus_ = 0;
    std::vector<Node> nodes_;
    std::vector<int> path_;
    std::vector<Loc> scratch_;
};

}  // namespace

std::vector<Loc> RolloutMcts::usefulMoves(const GameState& g, Color c) {
    const Board& b = g.board();
    std::vector<bool> own = passAlive(b, c), theirs = passAlive(b, opponent(c));
    std::vector<Loc> moves;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x) {
            Loc l = b.loc(x, y);
            if (b.at(l) != kEmpty || theirs[l] || b.isEye(l, c)) continue;
            // Inside one's own safe area a move is useful only to capture
            // the opponent's stones left there (Tromp-Taylor counts them).
            bool nearOpponent = false;
            for (int k : b.dirs()) nearOpponent |= b.at(Loc(l + k)) == opponent(c);
            if (own[l] && !nearOpponent) continue;
            if (g.check(l, c) == MoveError::kNone) moves.push_back(l);
        }
    return moves;
}

SearchResult RolloutMcts::search(const GameState& g, Color toPlay) const {
    SearchResult r;
    const Board& b = g.board();
    const uint64_t seed = params_.seed * 0x9E3779B97F4A7C15ULL ^ b.hash() ^
                          uint64_t(g.moveNumber()) * 0xD1B54A32D192ED03ULL ^ uint64_t(toPlay);
    std::vector<Loc> moves = usefulMoves(g, toPlay);
    if (moves.empty()) {
        r.why = "no useful move left";
        return r;
    }
    // The opponent passed: pass too when that wins.
    if (params_.passWhenWinning) {
        if (auto s = scoreIfPassWins(g, toPlay, params_.deadStonePlayouts, seed)) {
            r.winrate = 1.0f;
            r.why = "opponent passed and the score is " + s->toString();
            return r;
        }
    }
    const int area = b.size() * b.size();
    double scale = std::pow(81.0 / double(area), double(params_.budgetScaling));
    int budget = std::max(1, int(double(std::max(params_.visits, 1)) * std::min(scale, 1.0)));
    if (moves.size() == 1) budget = std::min(budget, 16);

    Tree tree(g, toPlay, params_, seed);
    tree.setRootMoves(moves);
    for (int i = 0; i < budget; ++i) tree.simulate();

    int best = 0;
    for (int i = 1; i < tree.root().numChildren; ++i) {
        const Node& a = tree.child(i);
        const Node& c = tree.child(best);
        if (a.visits > c.visits || (a.visits == c.visits && a.wins > c.wins)) best = i;
    }
    const Node& chosen = tree.child(best);
    r.move = chosen.move;
    r.playouts = budget;
    r.winrate = chosen.visits > 0 ? chosen.wins / float(chosen.visits) : 0.5f;
    if (params_.resignBelow > 0 && r.winrate < params_.resignBelow &&
        g.moveNumber() >= params_.minMovesBeforeResign && budget >= 100) {
        r.resign = true;
        r.why = "best winrate " + std::to_string(r.winrate);
    }
    return r;
}

}  // namespace m37
