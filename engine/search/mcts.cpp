#include "engine/search/mcts.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

#include "engine/go/scoring.h"
#include "engine/search/dirichlet.h"
#include "engine/search/light_playout.h"

namespace m37 {

namespace {

double normalTail(double z) {
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

double normalQuantile(double alpha) {
    double lo = 0, hi = 40;
    for (int i = 0; i < 100; ++i) {
        double mid = 0.5 * (lo + hi);
        (normalTail(mid) > alpha ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

}  // namespace

double studentTQuantile(double alpha, int dof) {
    // Cornish-Fisher expansion of the t quantile around the normal one.
    const double z = normalQuantile(alpha);
    if (dof <= 0) return 1e6;
    const double v = dof, z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
    const double g1 = (z3 + z) / 4, g2 = (5 * z5 + 16 * z3 + 3 * z) / 96,
                 g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384,
                 g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
    return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}

double nodeLcb(const SearchNode& n, double alpha) {
    const int visits = n.visits.load(std::memory_order_relaxed);
    if (visits < 2) return -1e6;
    static std::once_flag once;
    static std::vector<double> table;
    static double tableAlpha = 0;
    std::call_once(once, [&] {
        tableAlpha = alpha;
        table.resize(1000);
        for (int d = 1; d < 1000; ++d) table[size_t(d)] = studentTQuantile(alpha, d);
    });
    const int dof = visits - 1;
    double t =
        (alpha == tableAlpha && dof < 1000) ? table[size_t(dof)] : studentTQuantile(alpha, dof);
    const double sum = n.valueSum.load(std::memory_order_relaxed);
    const double sq = n.valueSqSum.load(std::memory_order_relaxed);
    const double mean = sum / visits;
    // The sample variance, shrunk toward a prior variance by a few pseudo
    // samples: rollouts give 0/1 outcomes, and three wins in three visits
    // have no sample variance at all; without the prior such a move would
    // get an LCB of 100% and beat one searched 30 times.
    constexpr double kPriorVariance = 0.04;  // a spread of 0.2 winrate
    constexpr double kPriorWeight = 2.0;
    const double sqDev = std::max(0.0, sq - sum * sum / visits);
    const double var = (sqDev + kPriorWeight * kPriorVariance) / (visits - 1 + kPriorWeight);
    return mean - t * std::sqrt(var / visits);
}

size_t countNodes(const SearchNode& n) {
    size_t c = 1;
    if (n.state.load(std::memory_order_acquire) == SearchNode::kExpanded)
        for (int i = 0; i < n.numChildren; ++i) c += countNodes(n.children[size_t(i)]);
    return c;
}

// One simulation waiting for its network evaluation.
struct Mcts::Pending {
    std::vector<SearchNode*> path;
    int evalIndex = -1;
    bool hasRollout = false;
    float rolloutValue = 0.5f;  // leaf's side to move
    float rolloutScore = 0;     // leaf's side to move
    int boardSize = 19;
};

// The per-thread search loop: its own GameState, Rng and evaluator.
class Mcts::Worker {
  public:
    Worker(Mcts& m, int index)
        : m_(m),
          p_(m.params_),
          rng_(p_.seed * 0x9E3779B97F4A7C15ULL ^ m.rootState_.board().hash() ^
               (uint64_t(index) + 1) * 0xD1B54A32D192ED03ULL ^ m.searchCount_),
          eval_(m.treeEvaluator(index)),
          alwaysRollout_(m.source_ == TreeSource::kHumanPolicy),
          state_(m.rootState_) {}

    void run(const std::atomic<bool>& stop) {
        const int batch = std::max(1, p_.batchSize);
        std::vector<Pending> pending;
        while (!stop.load(std::memory_order_relaxed) && !m_.limitReached()) {
            pending.clear();
            if (eval_) eval_->clear();
            int collisions = 0;
            while (int(pending.size()) < batch && !stop.load(std::memory_order_relaxed)) {
                Pending pd;
                Outcome o = descend(pd);
                if (o == Outcome::kCollision) {
                    if (!pending.empty() || ++collisions > 4 * batch) break;
                    std::this_thread::yield();
                    continue;
                }
                if (o == Outcome::kQueued) pending.push_back(std::move(pd));
                if (!eval_ || m_.limitReached()) break;  // rollouts only: one at a time
            }
            if (pending.empty()) continue;
            eval_->compute();
            for (Pending& pd : pending) finishNet(pd);
        }
    }

  private:
    enum class Outcome { kDone, kQueued, kCollision };

    // Walks from the root to a leaf with virtual loss; evaluates it at once
    // (terminal, rollouts only, budget-full) or queues it for the network.
    Outcome descend(Pending& pd) {
        SearchNode* node = m_.root_.get();
        const int vl = p_.virtualLoss;
        pd.path.clear();
        pd.path.push_back(node);
        node->virtualLoss.fetch_add(vl, std::memory_order_relaxed);
        int depth = 0;
        Outcome out = Outcome::kDone;
        for (;;) {
            uint8_t st = node->state.load(std::memory_order_acquire);
            if (st == SearchNode::kExpanded) {
                SearchNode* next = select(*node, node == m_.root_.get());
                if (!next) {  // nothing selectable: re-use the node's own value
                    backup(pd.path, 1.0 - node->leafValue.load(), false, 0);
                    break;
                }
                state_.playForced(next->move, state_.toMove());
                ++depth;
                node = next;
                node->virtualLoss.fetch_add(vl, std::memory_order_relaxed);
                pd.path.push_back(node);
                continue;
            }
            if (st == SearchNode::kTerminal || (st == SearchNode::kLeaf && state_.gameOver())) {
                if (st == SearchNode::kLeaf) {
                    uint8_t expect = SearchNode::kLeaf;
                    node->state.compare_exchange_strong(expect, SearchNode::kTerminal);
                }
                Score s = areaScore(state_);
                float lead = s.marginFor(state_.toMove());
                backup(pd.path, lead > 0 ? 1.0 : lead < 0 ? 0.0 : 0.5, true, lead);
                break;
            }
            if (st == SearchNode::kFull) {
                backup(pd.path, 1.0 - node->leafValue.load(), false, 0);
                break;
            }
            uint8_t expect = SearchNode::kLeaf;
            if (st != SearchNode::kLeaf ||
                !node->state.compare_exchange_strong(expect, SearchNode::kExpanding)) {
                undoVirtualLoss(pd.path);
                out = Outcome::kCollision;
                break;
            }
            // A leaf this thread owns now.
            pd.boardSize = state_.size();
            if (p_.rollouts || alwaysRollout_ || !eval_) rollout(pd);
            if (eval_) {
                pd.evalIndex = eval_->add(state_);
                out = Outcome::kQueued;
            } else {
                std::vector<float> priors = heuristicPriors(state_);
                finish(pd, priors, pd.rolloutValue, true, pd.rolloutScore);
            }
            break;
        }
        for (int i = 0; i < depth; ++i) state_.undo();
        return out;
    }

    void rollout(Pending& pd) {
        Board b = state_.board();
        const auto& mv = state_.moves();
        Loc last = mv.empty() ? kNullLoc : mv.back().loc;
        LightPlayoutResult r = lightPlayout(b, state_.toMove(), last, state_.whiteBonus(), rng_,
                                            state_.rules().suicideAllowed);
        float lead = state_.toMove() == kBlack ? r.blackMargin : -r.blackMargin;
        pd.hasRollout = true;
        pd.rolloutScore = lead;
        pd.rolloutValue = lead > 0 ? 1.0f : lead < 0 ? 0.0f : 0.5f;
    }

    void finishNet(Pending& pd) {
        const nn::EvalOutput& o = eval_->output(pd.evalIndex);
        double v = o.value;
        bool hasScore = o.score.has_value();
        double score = hasScore ? *o.score : 0.0;
        if (pd.hasRollout) {
            const double lam =
                std::clamp(double(alwaysRollout_ ? p_.humanTreeLambda : p_.lambda), 0.0, 1.0);
            v = (1 - lam) * v + lam * pd.rolloutValue;
            score = hasScore ? (1 - lam) * score + lam * pd.rolloutScore : pd.rolloutScore;
            hasScore = true;
        }
        finish(pd, o.policy, v, hasScore, score);
    }

    // Expands the leaf at the end of pd.path with `policy` and backs up v
    // (the leaf's side to move).
    void finish(Pending& pd, const std::vector<float>& policy, double v, bool hasScore,
                double score) {
        SearchNode* leaf = pd.path.back();
        leaf->leafValue.store(float(1.0 - v));
        if (!m_.expand(*leaf, policy, pd.boardSize))
            leaf->state.store(SearchNode::kFull, std::memory_order_release);
        backup(pd.path, v, hasScore, score);
    }

    // v and score: for the side to move at the leaf.
    void backup(const std::vector<SearchNode*>& path, double v, bool hasScore, double score) {
        const int vl = p_.virtualLoss;
        double val = 1.0 - v, sc = -score;  // the leaf stores the view of who moved into it
        for (size_t i = path.size(); i-- > 0;) {
            path[i]->update(val, hasScore, sc);
            path[i]->virtualLoss.fetch_sub(vl, std::memory_order_relaxed);
            val = 1.0 - val;
            sc = -sc;
        }
        m_.playouts_.fetch_add(1, std::memory_order_relaxed);
    }

    void undoVirtualLoss(const std::vector<SearchNode*>& path) {
        for (SearchNode* n : path)
            n->virtualLoss.fetch_sub(p_.virtualLoss, std::memory_order_relaxed);
    }

    SearchNode* select(SearchNode& node, bool isRoot) {
        const int parentVisits = std::max(node.visits.load(std::memory_order_relaxed), 1);
        const double N = parentVisits;
        double cpuct = p_.cpuctInit + p_.cpuctLog * std::log((N + p_.cpuctBase) / p_.cpuctBase);
        if (!eval_) cpuct *= p_.rolloutCpuctScale;
        const double sqrtN = std::sqrt(N);
        const double parentQ =
            node.visits.load(std::memory_order_relaxed) > 0 ? 1.0 - node.meanValue() : 0.5;
        double visitedPolicy = 0;
        const int n = node.numChildren;
        SearchNode* ch = node.children.get();
        for (int i = 0; i < n; ++i)
            if (ch[i].visits.load(std::memory_order_relaxed) +
                    ch[i].virtualLoss.load(std::memory_order_relaxed) >
                0)
                visitedPolicy += ch[i].prior;
        const double reduction = !eval_ ? 0.0 : isRoot ? p_.fpuReductionRoot : p_.fpuReduction;
        const double fpu = parentQ - reduction * std::sqrt(visitedPolicy);
        SearchNode* best = nullptr;
        double bestScore = -1e300;
        for (int i = 0; i < n; ++i) {
            SearchNode& c = ch[i];
            if (isRoot && !m_.rootAllows(c.move)) continue;
            const int visits = c.visits.load(std::memory_order_relaxed);
            const int vlost = c.virtualLoss.load(std::memory_order_relaxed);
            const int eff = visits + vlost;
            double q = fpu;
            if (eff > 0) q = (visits > 0 ? c.valueSum.load(std::memory_order_relaxed) : 0.0) / eff;
            const double u = cpuct * c.prior * sqrtN / (1.0 + eff);
            if (q + u > bestScore) {
                bestScore = q + u;
                best = &c;
            }
        }
        return best;
    }

    Mcts& m_;
    const SearchParams& p_;
    Rng rng_;
    nn::Evaluator* eval_;
    bool alwaysRollout_;  // the human policy guides the tree: its value is mixed with rollouts
    GameState state_;
};

Mcts::Mcts(const SearchParams& params, EvaluatorFactory net, EvaluatorFactory human)
    : params_(params),
      netFactory_(std::move(net)),
      humanFactory_(std::move(human)),
      root_(std::make_unique<SearchNode>()) {}

Mcts::~Mcts() = default;

void Mcts::setParams(const SearchParams& p) {
    params_ = p;
}

void Mcts::clearTree() {
    root_ = std::make_unique<SearchNode>();
    haveRootState_ = false;
    nodes_ = 1;
}

int64_t Mcts::rootVisits() const {
    return root_->visits.load(std::memory_order_relaxed);
}

bool Mcts::rootAllows(Loc move) const {
    const int n = rootState_.size();
    size_t i = size_t(nn::policyIndex(move, n));
    return i < rootAllowed_.size() && rootAllowed_[i];
}

bool Mcts::limitReached() const {
    if (playoutLimit_ > 0 && playouts() >= playoutLimit_) return true;
    if (visitLimit_ > 0 && rootVisits() >= visitLimit_) return true;
    return false;
}

bool Mcts::expand(SearchNode& node, const std::vector<float>& policy, int boardSize) {
    const int np = boardSize * boardSize + 1;
    std::vector<std::pair<float, int>> moves;
    for (int i = 0; i < np && i < int(policy.size()); ++i)
        if (policy[size_t(i)] > 0 || i == np - 1) moves.push_back({policy[size_t(i)], i});
    std::stable_sort(moves.begin(), moves.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    const size_t k = moves.size();
    const size_t before = nodes_.fetch_add(k, std::memory_order_relaxed);
    if (before + k > params_.maxNodes) {
        nodes_.fetch_sub(k, std::memory_order_relaxed);
        return false;
    }
    auto children = std::make_unique<SearchNode[]>(k);
    for (size_t i = 0; i < k; ++i) {
        children[i].move = nn::policyLoc(moves[i].second, boardSize);
        children[i].prior = children[i].netPrior = moves[i].first;
    }
    node.children = std::move(children);
    node.numChildren = int(k);
    node.state.store(SearchNode::kExpanded, std::memory_order_release);
    return true;
}

void Mcts::advanceRoot(const GameState& state) {
    bool reuse = haveRootState_ && rootState_.size() == state.size() &&
                 rootState_.rules() == state.rules() &&
                 state.moveNumber() >= rootState_.moveNumber() &&
                 state.historySize() >= rootState_.historySize();
    if (reuse) {
        const auto& a = rootState_.moves();
        const auto& b = state.moves();
        reuse =
            std::equal(a.begin(), a.end(), b.begin(), [](const MoveRecord& x, const MoveRecord& y) {
                return x.color == y.color && x.loc == y.loc;
            });
    }
    if (reuse) {
        GameState g = rootState_;
        for (size_t i = rootState_.moves().size(); i < state.moves().size() && reuse; ++i) {
            const MoveRecord& mv = state.moves()[i];
            if (g.toMove() != mv.color || !root_->expanded()) {
                reuse = false;
                break;
            }
            SearchNode* child = nullptr;
            for (int c = 0; c < root_->numChildren; ++c)
                if (root_->children[size_t(c)].move == mv.loc) child = &root_->children[size_t(c)];
            if (!child) {
                reuse = false;
                break;
            }
            auto nr = std::make_unique<SearchNode>();
            nr->move = child->move;
            nr->prior = nr->netPrior = child->netPrior;
            nr->visits.store(child->visits.load());
            nr->valueSum.store(child->valueSum.load());
            nr->valueSqSum.store(child->valueSqSum.load());
            nr->scoreSum.store(child->scoreSum.load());
            nr->scoreCount.store(child->scoreCount.load());
            nr->leafValue.store(child->leafValue.load());
            uint8_t st = child->state.load();
            nr->state.store(st == SearchNode::kExpanding ? uint8_t(SearchNode::kLeaf) : st);
            nr->numChildren = child->numChildren;
            nr->children = std::move(child->children);
            root_ = std::move(nr);
            g.playForced(mv.loc, mv.color);
        }
        reuse = reuse && g.board().sameStones(state.board()) && g.toMove() == state.toMove();
    }
    if (!reuse) root_ = std::make_unique<SearchNode>();
    // Clear virtual loss left by nothing (defensive) and count the tree.
    root_->virtualLoss.store(0);
    nodes_.store(countNodes(*root_));
    rootState_ = state;
    haveRootState_ = true;
}

void Mcts::applyRootPriors(int boardSize) {
    if (!root_->expanded()) return;
    const int n = root_->numChildren;
    Rng rng(params_.seed * 0x2545F4914F6CDD1DULL ^ rootState_.board().hash() ^ searchCount_);
    std::vector<float> noise;
    if (params_.dirichletNoise && n > 0) {
        float alpha = params_.dirichletAlpha * 361.0f / float(n);
        noise = dirichletSample(n, alpha, rng);
    }
    const float w = std::clamp(params_.humanPriorWeight, 0.0f, 1.0f);
    for (int i = 0; i < n; ++i) {
        SearchNode& c = root_->children[size_t(i)];
        float p = c.netPrior;
        if (w > 0 && !humanPolicy_.empty())
            p = (1 - w) * p + w * humanPolicy_[size_t(nn::policyIndex(c.move, boardSize))];
        if (!noise.empty())
            p = (1 - params_.dirichletEpsilon) * p + params_.dirichletEpsilon * noise[size_t(i)];
        c.prior = p;
    }
}

nn::Evaluator* Mcts::treeEvaluator(int index) const {
    if (source_ == TreeSource::kRollouts) return nullptr;
    const auto& list = source_ == TreeSource::kNetwork ? evaluators_ : humanEvaluators_;
    return size_t(index) < list.size() ? list[size_t(index)].get() : nullptr;
}

Mcts::TreeSource Mcts::chooseTreeSource(int boardSize, int threads) {
    auto fill = [&](std::vector<std::unique_ptr<nn::Evaluator>>& list,
                    const EvaluatorFactory& factory) {
        while (int(list.size()) < threads) list.push_back(factory());
        return list[0]->capabilities().supports(boardSize);
    };
    if (netFactory_ && fill(evaluators_, netFactory_)) return TreeSource::kNetwork;
    // A network that does not take this board size: the human policy, or rollouts.
    if (humanFactory_ && params_.humanPolicyTree && fill(humanEvaluators_, humanFactory_))
        return TreeSource::kHumanPolicy;
    return TreeSource::kRollouts;
}

void Mcts::prepare(const GameState& state, const SearchLimits& limits, const RootFilter& filter) {
    ++searchCount_;
    const int threads = std::max(1, params_.threads);
    if (humanFactory_ && humanEvaluators_.empty()) humanEvaluators_.push_back(humanFactory_());
    const int n = state.size();
    const TreeSource source = chooseTreeSource(n, threads);
    if (source != source_) clearTree();
    source_ = source;
    // Root children need room: the budget is at least one full expansion.
    params_.maxNodes = std::max(params_.maxNodes, size_t(2 * (n * n + 2)));

    advanceRoot(state);
    limits_ = limits;
    playouts_ = 0;
    visitLimit_ = limits.visits;
    playoutLimit_ = limits.playouts;
    if (!limits.infinite && limits.visits <= 0 && limits.playouts <= 0 && limits.timeMs <= 0)
        visitLimit_ = std::max(1, params_.visits);

    rootAllowed_.assign(size_t(n * n + 1), 0);
    if (filter.allow.empty()) {
        std::fill(rootAllowed_.begin(), rootAllowed_.end(), 1);
    } else {
        for (Loc l : filter.allow) rootAllowed_[size_t(nn::policyIndex(l, n))] = 1;
    }
    for (Loc l : filter.avoid) rootAllowed_[size_t(nn::policyIndex(l, n))] = 0;

    humanPolicy_.clear();
    if (!humanEvaluators_.empty() && humanEvaluators_[0]->capabilities().supports(n))
        humanPolicy_ = humanEvaluators_[0]->evaluate(state).policy;

    // Expand the root (evaluate it) if the reused tree did not.
    rootOwnership_.clear();
    nn::Evaluator* const rootEval = treeEvaluator(0);
    const bool wantOwnership = rootEval && rootEval->capabilities().hasOwnership;
    auto keepOwnership = [&](const std::vector<float>& own) {
        if (own.size() != size_t(n * n)) return;
        const float sign = state.toMove() == kBlack ? 1.0f : -1.0f;  // to Black's view
        rootOwnership_.resize(own.size());
        for (size_t i = 0; i < own.size(); ++i) rootOwnership_[i] = sign * own[i];
    };
    if (!root_->expanded()) {
        root_->state.store(SearchNode::kLeaf);
        std::vector<float> policy;
        double v = 0.5;
        if (rootEval) {
            nn::EvalOutput o = rootEval->evaluate(state);
            policy = o.policy;
            v = o.value;
            if (wantOwnership) keepOwnership(o.ownership);
        } else {
            policy = heuristicPriors(state);
        }
        root_->leafValue.store(float(1.0 - v));
        if (!expand(*root_, policy, n)) root_->state.store(SearchNode::kFull);
        if (root_->visits.load() == 0 && !state.gameOver()) root_->update(1.0 - v, false, 0);
    } else if (wantOwnership) {
        keepOwnership(rootEval->evaluate(state).ownership);  // reused root: ask again
    }
    applyRootPriors(n);

    // The root's priors over the whole board, for the snapshots.
    rootPolicy_.clear();
    if (root_->expanded()) {
        rootPolicy_.assign(size_t(n * n + 1), 0.0f);
        for (int i = 0; i < root_->numChildren; ++i) {
            const SearchNode& c = root_->children[size_t(i)];
            rootPolicy_[size_t(nn::policyIndex(c.move, n))] = c.netPrior;
        }
    }
}

void Mcts::work(int index, const std::atomic<bool>& stop) {
    if (!root_->expanded()) return;
    Worker w(*this, index);
    w.run(stop);
}

std::vector<CandidateMove> Mcts::candidates() const {
    std::vector<CandidateMove> out;
    if (!root_->expanded()) return out;
    const int n = rootState_.size();
    int maxVisits = 0;
    for (int i = 0; i < root_->numChildren; ++i)
        maxVisits = std::max(maxVisits, root_->children[size_t(i)].visits.load());
    struct Keyed {
        CandidateMove c;
        bool eligible;
    };
    std::vector<Keyed> ks;
    for (int i = 0; i < root_->numChildren; ++i) {
        const SearchNode& c = root_->children[size_t(i)];
        if (!rootAllows(c.move)) continue;
        CandidateMove cm;
        cm.move = c.move;
        cm.visits = c.visits.load(std::memory_order_acquire);
        cm.winrate = float(cm.visits > 0 ? c.valueSum.load() / cm.visits : 0.0);
        int sc = c.scoreCount.load();
        if (sc > 0) cm.scoreLead = float(c.scoreSum.load() / sc);
        cm.prior = c.prior;
        if (!humanPolicy_.empty()) cm.humanPrior = humanPolicy_[size_t(nn::policyIndex(c.move, n))];
        cm.lcb = float(nodeLcb(c, params_.lcbAlpha));
        cm.pv.push_back(c.move);
        const SearchNode* p = &c;
        while (p->expanded() && cm.pv.size() < 64) {
            const SearchNode* best = nullptr;
            int bv = 0;
            for (int j = 0; j < p->numChildren; ++j) {
                int v = p->children[size_t(j)].visits.load(std::memory_order_acquire);
                if (v > bv) {
                    bv = v;
                    best = &p->children[size_t(j)];
                }
            }
            if (!best) break;
            cm.pv.push_back(best->move);
            p = best;
        }
        bool eligible = params_.useLcb && cm.visits >= 2 &&
                        float(cm.visits) >= params_.lcbMinVisitRatio * float(maxVisits);
        ks.push_back({std::move(cm), eligible});
    }
    std::stable_sort(ks.begin(), ks.end(), [](const Keyed& a, const Keyed& b) {
        if (a.eligible != b.eligible) return a.eligible;
        if (a.eligible && a.c.lcb != b.c.lcb) return a.c.lcb > b.c.lcb;
        if (a.c.visits != b.c.visits) return a.c.visits > b.c.visits;
        if (a.c.visits > 0 && a.c.winrate != b.c.winrate) return a.c.winrate > b.c.winrate;
        return a.c.prior > b.c.prior;
    });
    for (auto& k : ks) out.push_back(std::move(k.c));
    return out;
}

AnalysisSnapshot Mcts::snapshot() const {
    AnalysisSnapshot s;
    s.candidates = candidates();
    s.rootVisits = rootVisits();
    s.rootWinrate = float(root_->visits.load() > 0 ? 1.0 - root_->meanValue() : 0.5);
    int sc = root_->scoreCount.load();
    if (sc > 0) s.rootScoreLead = float(-root_->scoreSum.load() / sc);
    s.playouts = playouts();
    s.nodes = int64_t(nodes());
    s.toMove = rootState_.toMove();
    s.boardSize = rootState_.size();
    s.policy = rootPolicy_;
    s.policyFromNetwork = source_ != TreeSource::kRollouts;
    s.humanPolicy = humanPolicy_;
    s.ownership = rootOwnership_;
    return s;
}

Loc Mcts::chooseMove(Rng& rng) const {
    std::vector<CandidateMove> c = candidates();
    if (c.empty()) return kNullLoc;
    if (params_.temperature > 0 && rootState_.moveNumber() < params_.temperatureMoves) {
        std::vector<double> w;
        double sum = 0;
        for (const auto& m : c)
            sum += w.emplace_back(std::pow(double(m.visits), 1.0 / params_.temperature));
        if (sum > 0) {
            double r = rng.uniform() * sum;
            for (size_t i = 0; i < c.size(); ++i) {
                if (r < w[i]) return c[i].move;
                r -= w[i];
            }
        }
    }
    return c[0].move;
}

}  // namespace m37
