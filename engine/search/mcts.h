#pragma once
// Mcts: the PUCT Monte-Carlo tree search over the batched Evaluator
// interface (AlphaGo Zero / Leela Zero / KataGo style). Selection maximises
// Q + cpuct(N) * P * sqrt(N) / (1 + n) with a log-growing cpuct and FPU
// reduction; pending paths carry virtual loss. Each search thread owns one
// Evaluator made by the factory and gathers up to batchSize leaves before
// one compute(), so a network sees batches of batchSize while the other
// threads keep descending. Leaves are valued by the network, by light
// rollouts, or by (1 - lambda) * net + lambda * rollout. Without a network
// factory (or when the network does not take the board size) the human
// policy, when there is one that takes the size and humanPolicyTree is on,
// takes the network's place with rollouts always mixed in (AlphaGo Fan);
// else the search runs on rollouts alone with heuristic priors. The tree
// is kept between searches: prepare() advances the root to the position
// played since (tree reuse). The node count never exceeds maxNodes:
// expansion stops instead.
// Threading: prepare(), chooseMove() and setParams() run while no work() is
// active (SearchEngine's controller thread sequences them); work() runs on
// any number of threads at once, each with a distinct index; snapshot() and
// the counters may be read from any thread at any time.
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/go/rng.h"
#include "engine/nn/evaluator.h"
#include "engine/search/analysis_snapshot.h"
#include "engine/search/search_limits.h"
#include "engine/search/search_node.h"
#include "engine/search/search_params.h"

namespace m37 {

// Which root moves a search may consider (analysis avoid/allow, genmove's
// "useful moves only"). Empty allow = every legal move.
struct RootFilter {
    std::vector<Loc> allow;  // when non-empty, only these
    std::vector<Loc> avoid;  // never these
};

class Mcts {
  public:
    using EvaluatorFactory = std::function<std::unique_ptr<nn::Evaluator>()>;

    explicit Mcts(const SearchParams& params, EvaluatorFactory net = {},
                  EvaluatorFactory human = {});
    ~Mcts();

    const SearchParams& params() const { return params_; }
    void setParams(const SearchParams& p);
    bool hasNetwork() const { return bool(netFactory_); }
    bool hasHumanPolicy() const { return bool(humanFactory_); }

    // Sets up a search of `state` (the side to move plays next): reuses the
    // subtree of the last root when `state` continues it, expands the root,
    // applies noise / the human mix and the root filter, resets counters.
    void prepare(const GameState& state, const SearchLimits& limits, const RootFilter& filter = {});
    // Search thread `index` (0 <= index < params().threads): runs until
    // `stop` is set or a visit/playout limit is reached.
    void work(int index, const std::atomic<bool>& stop);
    bool limitReached() const;

    AnalysisSnapshot snapshot() const;
    // The move to play: temperature (self-play, early moves) or the best
    // candidate (LCB when enabled); kNullLoc when the root has no candidate.
    Loc chooseMove(Rng& rng) const;
    // Forgets the tree (next prepare() starts afresh).
    void clearTree();
    // Each search draws from a stream of params().seed, the root position and
    // the count of searches so far; this sets that count back to 0.
    void restartRandomStreams() { searchCount_ = 0; }

    const GameState& rootState() const { return rootState_; }
    int64_t rootVisits() const;
    int64_t playouts() const { return playouts_.load(std::memory_order_relaxed); }
    size_t nodes() const { return nodes_.load(std::memory_order_relaxed); }
    // Root children (valid after prepare(); stable while searching).
    const SearchNode& root() const { return *root_; }
    bool rootAllows(Loc move) const;

  private:
    struct Pending;
    class Worker;

    // What guides the tree on the current board size.
    enum class TreeSource { kRollouts, kNetwork, kHumanPolicy };
    // Thread `index`'s evaluator of the tree (nullptr: rollouts alone).
    nn::Evaluator* treeEvaluator(int index) const;
    TreeSource chooseTreeSource(int boardSize, int threads);

    bool expand(SearchNode& node, const std::vector<float>& policy, int boardSize);
    void applyRootPriors(int boardSize);
    void advanceRoot(const GameState& state);
    std::vector<CandidateMove> candidates() const;

    SearchParams params_;
    EvaluatorFactory netFactory_, humanFactory_;
    std::vector<std::unique_ptr<nn::Evaluator>> evaluators_;           // one per thread
    // [0] gives the root's human policy; one per thread when it guides the tree.
    std::vector<std::unique_ptr<nn::Evaluator>> humanEvaluators_;
    std::unique_ptr<SearchNode> root_;
    GameState rootState_;
    bool haveRootState_ = false;
    TreeSource source_ = TreeSource::kRollouts;  // this search's
    std::vector<uint8_t> rootAllowed_;  // by policy index
    std::vector<float> humanPolicy_;    // N*N+1, empty when none
    std::vector<float> rootPolicy_;     // N*N+1 net (or heuristic) priors of the root
    std::vector<float> rootOwnership_;  // N*N, Black's view; empty when the net has none
    SearchLimits limits_;
    int64_t visitLimit_ = 0, playoutLimit_ = 0;
    uint64_t searchCount_ = 0;
    std::atomic<int64_t> playouts_{0};
    std::atomic<size_t> nodes_{1};
};

// Student-t quantile (1 - alpha, dof degrees of freedom), for the LCB.
double studentTQuantile(double alpha, int dof);
// Lower confidence bound of a node's winrate (-1e6 with fewer than 2 visits).
double nodeLcb(const SearchNode& n, double alpha);

}  // namespace m37
