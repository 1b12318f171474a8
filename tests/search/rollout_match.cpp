// A quick side-by-side: the PUCT search on rollouts (no network) against
// the older RolloutMcts, 9x9, colours alternating, same playouts per move.
// Not a test; a tool: rollout_match GAMES PLAYOUTS [OLD_PLAYOUTS].
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "engine/go/scoring.h"
#include "engine/search/dead_stones.h"
#include "engine/search/rollout_mcts.h"
#include "engine/search/search_engine.h"

using namespace m37;

int main(int argc, char** argv) {
    int games = argc > 1 ? std::atoi(argv[1]) : 10;
    int playouts = argc > 2 ? std::atoi(argv[2]) : 2000;
    int oldPlayouts = argc > 3 ? std::atoi(argv[3]) : playouts;
    int newWins = 0;
    double tNew = 0, tOld = 0;
    for (int gi = 0; gi < games; ++gi) {
        SearchParams p;
        p.visits = playouts;
        p.seed = uint64_t(gi + 1);
        p.resignBelow = 0.02f;
        SearchEngine eng(p);
        SearchParams po = p;
        po.visits = oldPlayouts;
        RolloutMcts old(po);
        GameState g(9, *Rules::preset("chinese"));
        const Color newColor = gi % 2 ? kWhite : kBlack;
        Color resigned = kEmpty;
        while (!g.gameOver() && g.moveNumber() < 200) {
            Color c = g.toMove();
            auto t0 = std::chrono::steady_clock::now();
            Loc m;
            bool resign;
            if (c == newColor) {
                MoveDecision d = eng.genmove(g, c, {}, TimeControl{}, false);
                m = d.move;
                resign = d.resign;
            } else {
                SearchResult r = old.search(g, c);
                m = r.move;
                resign = r.resign;
            }
            double dt =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            (c == newColor ? tNew : tOld) += dt;
            if (resign) {
                resigned = c;
                break;
            }
            g.play(m, c);
        }
        Color winner;
        if (resigned != kEmpty)
            winner = opponent(resigned);
        else
            winner = estimatedScore(g, 200, 1).margin() > 0 ? kBlack : kWhite;
        newWins += winner == newColor;
        std::printf("game %d new=%s winner=%s moves=%d\n", gi, colorName(newColor),
                    colorName(winner), g.moveNumber());
        std::fflush(stdout);
    }
    std::printf("new wins %d/%d; time new %.1fs old %.1fs\n", newWins, games, tNew, tOld);
}
