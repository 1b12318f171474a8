// Google Benchmark of the Go core: random playouts per second by board
// size (the same work as `move37-engine bench playouts --size N`), and the
// cost of single operations. Run: build/release/tests/bench/go_bench
#include <benchmark/benchmark.h>

#include "engine/go/game_state.h"
#include "engine/go/playout.h"

namespace m37 {
namespace {

void BM_Playout(benchmark::State& state) {
    const int size = int(state.range(0));
    Rng rng(1);
    const Board empty(size);
    long moves = 0;
    for (auto _ : state) {
        Board b = empty;
        moves += playout(b, kBlack, rng);
        benchmark::DoNotOptimize(areaCount(b));
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["playouts/s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["moves/s"] = benchmark::Counter(double(moves), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Playout)->Arg(9)->Arg(13)->Arg(19);

void BM_BoardCopy(benchmark::State& state) {
    Board b(int(state.range(0)));
    for (auto _ : state) {
        Board c = b;
        benchmark::DoNotOptimize(c);
    }
}
BENCHMARK(BM_BoardCopy)->Arg(9)->Arg(19);

void BM_GameStatePlayWithSuperko(benchmark::State& state) {
    // A full random game through GameState (superko checks, history).
    Rules rules = *Rules::preset("tromp-taylor");
    Rng rng(2);
    for (auto _ : state) {
        GameState g(9, rules);
        Board scratch = g.board();
        for (int i = 0; i < 120 && !g.gameOver(); ++i) {
            scratch = g.board();
            Loc l = randomMove(scratch, g.toMove(), rng);
            if (g.play(l) != MoveError::kNone) g.play(kPassLoc);
        }
        benchmark::DoNotOptimize(g.board().hash());
    }
}
BENCHMARK(BM_GameStatePlayWithSuperko);

}  // namespace
}  // namespace m37
