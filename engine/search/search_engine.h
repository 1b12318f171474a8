#pragma once
// SearchEngine: the facade over Mcts that the GTP server, the future Qt
// adapter and tools drive. start() returns at once: a controller thread
// prepares the tree (reusing it when the position continues the last one),
// runs params.threads search threads, calls the callback with an
// AnalysisSnapshot every intervalMs (0: only the final one) and once more
// with final = true when the search ends (limit, time, or stop()). stop()
// only asks; wait() blocks until the final callback has returned. genmove()
// is the blocking move choice with the game rules around it: useful moves
// only, passing when the opponent passed and the estimated score wins (and
// never back into a loss by that score), the cleanup phase, resignation,
// time management.
// Threading: call start/stop/wait/genmove from one owner thread (e.g. a Qt
// worker thread or the GTP loop); stop() may also be called from any
// thread. Callbacks run on the controller thread, never concurrently with
// each other; they must not call start() or wait() (post to the owner
// instead, as a queued Qt signal does). The destructor stops and joins.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "engine/go/rng.h"
#include "engine/search/mcts.h"
#include "engine/search/time_manager.h"

namespace m37 {

struct MoveDecision {
    Loc move = kPassLoc;
    bool resign = false;
    float winrate = 0.5f;  // of the chosen move, for the side that plays it
    int64_t visits = 0;    // root visits when it stopped
    int64_t playouts = 0;
    std::string why;  // short explanation of a pass or resignation ("" otherwise)
    AnalysisSnapshot snapshot;
};

class SearchEngine {
  public:
    using Callback = std::function<void(const AnalysisSnapshot&)>;

    explicit SearchEngine(const SearchParams& params, Mcts::EvaluatorFactory net = {},
                          Mcts::EvaluatorFactory human = {});
    ~SearchEngine();
    SearchEngine(const SearchEngine&) = delete;
    SearchEngine& operator=(const SearchEngine&) = delete;

    const SearchParams& params() const { return params_; }
    // Takes effect at the next start (stops a running search first).
    void setParams(const SearchParams& p);
    // Sets params().seed and starts every random stream again from it (the
    // move draws and each search's own stream), so the same positions after
    // the same reseed get the same searches (stops a running search first).
    void reseed(uint64_t seed);
    bool hasNetwork() const { return mcts_.hasNetwork(); }

    // Starts searching `state` (its side to move) in the background.
    void start(const GameState& state, const SearchLimits& limits, Callback callback = {},
               int intervalMs = 0, const RootFilter& filter = {});
    void stop();
    void wait();
    bool running() const { return running_.load(); }
    // The latest snapshot (the final one after wait()).
    AnalysisSnapshot lastSnapshot() const;

    // Searches and chooses a move for `toPlay` (blocking). limits all zero:
    // the time control when it is limited, else params.visits (scaled by
    // budgetScaling on boards above 9x9).
    MoveDecision genmove(const GameState& state, Color toPlay, const SearchLimits& limits,
                         const TimeControl& clock, bool cleanup, Callback callback = {},
                         int intervalMs = 0);

    // The tree (for tests and tools; do not use while running).
    const Mcts& tree() const { return mcts_; }

  private:
    void controller(Callback callback, int intervalMs, int64_t timeMs);

    SearchParams params_;
    Mcts mcts_;
    std::thread thread_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> running_{false};
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    int activeWorkers_ = 0;  // guarded by mutex_
    AnalysisSnapshot last_;  // guarded by mutex_
    Rng rng_;
};

}  // namespace m37
