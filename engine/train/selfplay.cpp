#include "engine/train/selfplay.h"

#include <atomic>

#include "engine/go/scoring.h"
#include "engine/search/mcts.h"

namespace m37::train {

bool isFalseResign(const SelfPlayGame& g) {
    if (g.wouldResignAt <= 0 || size_t(g.wouldResignAt) > g.moves.size()) return false;
    const char resigner = g.moves[size_t(g.wouldResignAt) - 1].color == kBlack ? 'B' : 'W';
    return !g.result.empty() && g.result[0] == resigner;
}

SelfPlayGame playSelfPlayGame(const SelfPlayParams& p, const EvaluatorFactory& net, Rng& rng,
                              uint64_t searchSeed) {
    const int n = p.boardSize;
    SelfPlayGame g;
    g.boardSize = n;
    g.rules = p.rules;
    g.net = p.netName;
    g.resignCheck = p.resignBelow > 0 && rng.uniform() < p.resignCheckShare;

    SearchParams sp;
    sp.seed = searchSeed;
    sp.threads = 1;
    sp.batchSize = p.searchBatch;
    sp.budgetScaling = 0;
    sp.useLcb = false;
    sp.dirichletAlpha = p.dirichletAlpha;
    sp.dirichletEpsilon = p.dirichletEpsilon;
    sp.rollouts = !net;
    Mcts mcts(sp, net ? Mcts::EvaluatorFactory(net) : Mcts::EvaluatorFactory());

    GameState s(n, p.rules);
    const int maxMoves = p.maxMoves > 0 ? p.maxMoves : 2 * n * n;
    while (!s.gameOver() && int(g.moves.size()) < maxMoves) {
        const bool full = p.fastVisits <= 0 || rng.uniform() < p.fullShare;
        SearchParams q = sp;
        q.dirichletNoise = full;
        mcts.setParams(q);
        SearchLimits limits;
        limits.visits = full ? p.visits : p.fastVisits;
        mcts.prepare(s, limits);
        std::atomic<bool> stop{false};
        mcts.work(0, stop);
        const AnalysisSnapshot snap = mcts.snapshot();

        SelfPlayMove m;
        m.color = s.toMove();
        m.full = full;
        m.winrate = snap.rootWinrate;
        int64_t total = 0;
        const CandidateMove* best = nullptr;
        for (const auto& c : snap.candidates) {
            if (c.visits <= 0) continue;
            m.visits.push_back({uint16_t(nn::policyIndex(c.move, n)), uint32_t(c.visits)});
            total += c.visits;
            if (!best || c.visits > best->visits) best = &c;
        }
        if (!best) {  // no candidate: nothing legal but pass
            m.move = kPassLoc;
        } else if (int(g.moves.size()) < p.temperatureMoves && total > 0) {
            int64_t r = int64_t(rng.uniform() * double(total));
            m.move = best->move;
            for (const auto& c : snap.candidates) {
                if (c.visits <= 0) continue;
                if (r < c.visits) {
                    m.move = c.move;
                    break;
                }
                r -= c.visits;
            }
        } else {
            m.move = best->move;
        }
        if (!full) m.visits.clear();  // not a training target
        if (p.resignBelow > 0 && best && int(g.moves.size()) >= p.minMovesBeforeResign &&
            best->winrate < p.resignBelow) {
            if (!g.resignCheck) {
                g.result = std::string(s.toMove() == kBlack ? "W" : "B") + "+R";
                return g;
            }
            if (g.wouldResignAt == 0) g.wouldResignAt = int(g.moves.size()) + 1;
        }
        if (!s.isLegal(m.move, m.color)) m.move = kPassLoc;
        s.play(m.move, m.color);
        g.moves.push_back(std::move(m));
    }
    const Score sc = score(s);
    g.result = sc.toString();
    g.score = sc.margin();
    return g;
}

}  // namespace m37::train
