#include "engine/search/search_engine.h"

#include <chrono>
#include <cmath>
#include <vector>

#include "engine/search/dead_stones.h"
#include "engine/search/rollout_mcts.h"

namespace m37 {

using Clock = std::chrono::steady_clock;

SearchEngine::SearchEngine(const SearchParams& params, Mcts::EvaluatorFactory net,
                           Mcts::EvaluatorFactory human)
    : params_(params), mcts_(params, std::move(net), std::move(human)), rng_(params.seed) {}

SearchEngine::~SearchEngine() {
    stop();
    wait();
}

void SearchEngine::setParams(const SearchParams& p) {
    stop();
    wait();
    params_ = p;
    mcts_.setParams(p);
    rng_.reseed(p.seed);
}

void SearchEngine::reseed(uint64_t seed) {
    SearchParams p = params_;
    p.seed = seed;
    setParams(p);
    mcts_.restartRandomStreams();
}

void SearchEngine::start(const GameState& state, const SearchLimits& limits, Callback callback,
                         int intervalMs, const RootFilter& filter) {
    stop();
    wait();
    stop_ = false;
    running_ = true;
    // The root is prepared on the controller thread so start() never waits
    // for an evaluation; the state is copied first.
    thread_ = std::thread(
        [this, state, limits, callback = std::move(callback), intervalMs, filter]() mutable {
            mcts_.prepare(state, limits, filter);
            controller(std::move(callback), intervalMs, limits.timeMs);
        });
}

void SearchEngine::controller(Callback callback, int intervalMs, int64_t timeMs) {
    const auto t0 = Clock::now();
    const int threads = std::max(1, params_.threads);
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(mutex_);
        activeWorkers_ = threads;
    }
    for (int i = 0; i < threads; ++i)
        workers.emplace_back([this, i] {
            mcts_.work(i, stop_);
            std::lock_guard lock(mutex_);
            --activeWorkers_;
            cv_.notify_all();
        });
    auto elapsedMs = [&] {
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    };
    auto nextReport = t0 + std::chrono::milliseconds(intervalMs > 0 ? intervalMs : 1 << 30);
    const auto deadline =
        timeMs > 0 ? t0 + std::chrono::milliseconds(timeMs) : Clock::time_point::max();
    for (;;) {
        std::unique_lock lock(mutex_);
        auto until = std::min(nextReport, deadline);
        cv_.wait_until(lock, until, [&] { return activeWorkers_ == 0 || stop_.load(); });
        if (activeWorkers_ == 0 || stop_.load()) break;
        lock.unlock();
        if (Clock::now() >= deadline) break;
        if (intervalMs > 0 && Clock::now() >= nextReport) {
            AnalysisSnapshot s = mcts_.snapshot();
            s.elapsedMs = elapsedMs();
            {
                std::lock_guard g(mutex_);
                last_ = s;
            }
            if (callback) callback(s);
            nextReport = Clock::now() + std::chrono::milliseconds(intervalMs);
        }
    }
    stop_ = true;
    for (auto& w : workers) w.join();
    AnalysisSnapshot s = mcts_.snapshot();
    s.elapsedMs = elapsedMs();
    s.final = true;
    {
        std::lock_guard g(mutex_);
        last_ = s;
    }
    if (callback) callback(s);
    running_ = false;
}

void SearchEngine::stop() {
    stop_ = true;
    std::lock_guard lock(mutex_);
    cv_.notify_all();
}

void SearchEngine::wait() {
    if (thread_.joinable()) thread_.join();
}

AnalysisSnapshot SearchEngine::lastSnapshot() const {
    std::lock_guard lock(mutex_);
    return last_;
}

MoveDecision SearchEngine::genmove(const GameState& state, Color toPlay,
                                   const SearchLimits& limitsIn, const TimeControl& clock,
                                   bool cleanup, Callback callback, int intervalMs) {
    stop();
    wait();
    MoveDecision d;
    GameState g = state;
    if (g.toMove() != toPlay) g.setToMove(toPlay);
    std::vector<Loc> useful = RolloutMcts::usefulMoves(g, toPlay);
    if (useful.empty()) {
        d.why = "no useful move left";
        return d;
    }
    const uint64_t seed = params_.seed * 0x9E3779B97F4A7C15ULL ^ g.board().hash() ^
                          uint64_t(g.moveNumber()) * 0xD1B54A32D192ED03ULL ^ uint64_t(toPlay);
    const bool opponentPassed =
        !g.moves().empty() && g.moves().back().loc == kPassLoc && g.moves().back().color != toPlay;
    // The score if we pass back now, by the dead-stone estimate (as final_status_list).
    std::optional<float> passMargin;
    if (opponentPassed && !cleanup && (params_.passWhenWinning || params_.refuseLosingPass)) {
        const Score s = estimatedScore(g, params_.deadStonePlayouts, seed);
        passMargin = s.marginFor(toPlay);
        if (params_.passWhenWinning && *passMargin > 0) {
            d.winrate = 1.0f;
            d.why = "opponent passed and the score is " + s.toString();
            return d;
        }
    }
    SearchLimits limits = limitsIn;
    if (limits.visits <= 0 && limits.playouts <= 0 && limits.timeMs <= 0 && !limits.infinite) {
        double t = moveTimeSeconds(clock, g.size(), g.moveNumber(), params_.lagSeconds);
        if (t > 0) {
            limits.timeMs = int64_t(t * 1000);
        } else {
            const int area = g.size() * g.size();
            double scale = std::pow(81.0 / double(area), double(params_.budgetScaling));
            limits.visits = std::max<int64_t>(
                1, int64_t(double(std::max(params_.visits, 1)) * std::min(scale, 1.0)));
        }
    }
    // Moves worth playing; pass only when the opponent passed (and we did not
    // win by passing back), not in the cleanup phase, and not into a loss.
    RootFilter filter;
    filter.allow = useful;
    const bool losingPass = params_.refuseLosingPass && passMargin && *passMargin < 0;
    if (opponentPassed && !cleanup && !losingPass) filter.allow.push_back(kPassLoc);
    if (useful.size() == 1 && !opponentPassed && limits.timeMs > 0)
        limits.timeMs = std::min<int64_t>(limits.timeMs, 50);
    start(g, limits, std::move(callback), intervalMs, filter);
    wait();
    d.snapshot = lastSnapshot();
    d.visits = d.snapshot.rootVisits;
    d.playouts = d.snapshot.playouts;
    Loc m = mcts_.chooseMove(rng_);
    if (m == kNullLoc) m = useful.front();
    d.move = m;
    for (const auto& c : d.snapshot.candidates)
        if (c.move == m) d.winrate = c.visits > 0 ? c.winrate : 0.5f;
    if (!cleanup && params_.resignBelow > 0 && d.winrate < params_.resignBelow &&
        g.moveNumber() >= params_.minMovesBeforeResign && d.visits >= 100) {
        d.resign = true;
        d.why = "best winrate " + std::to_string(d.winrate);
    }
    return d;
}

}  // namespace m37
