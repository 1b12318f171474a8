#include "engine/reason/trace_search.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "engine/go/scoring.h"

namespace m37::reason {

namespace {

AnalysisSnapshot run(Mcts& m, const GameState& g, int64_t visits) {
    m.prepare(g, SearchLimits{visits, 0, 0, false});
    std::atomic<bool> stop{false};
    const int threads = std::max(1, m.params().threads);
    if (threads == 1) {
        m.work(0, stop);
    } else {
        std::vector<std::thread> ts;
        for (int i = 0; i < threads; ++i) ts.emplace_back([&, i] { m.work(i, stop); });
        for (auto& t : ts) t.join();
    }
    return m.snapshot();
}

}  // namespace

TraceSearch searchForTrace(Mcts& mcts, const GameState& position, int64_t visits,
                           int64_t shallowVisits) {
    TraceSearch r;
    mcts.clearTree();
    if (shallowVisits > 0 && shallowVisits < visits) r.shallow = run(mcts, position, shallowVisits);
    r.deep = run(mcts, position, visits);  // the same root: the tree is reused
    return r;
}

PositionEvaluator searchEvaluator(Mcts& mcts, int64_t visits) {
    return [&mcts, visits](const GameState& g) -> float {
        if (g.gameOver()) {
            float margin = score(g).margin();
            return margin > 0 ? 1.f : margin < 0 ? 0.f : 0.5f;
        }
        mcts.clearTree();
        AnalysisSnapshot s = run(mcts, g, visits);
        return g.toMove() == kBlack ? s.rootWinrate : 1 - s.rootWinrate;
    };
}

}  // namespace m37::reason
