// The rollout MCTS behind genmove: legal, eye-respecting, deterministic,
// passes and resigns only when it should, and finds obvious captures.
#include <gtest/gtest.h>

#include "engine/go/coord.h"
#include "engine/search/rollout_mcts.h"

namespace m37 {
namespace {

GameState game(int size, std::initializer_list<std::pair<const char*, Color>> stones) {
    GameState g(size, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> setup;
    for (auto [v, c] : stones) setup.push_back({*parseGtpVertex(v, size), c});
    g.setup(setup);
    return g;
}

TEST(RolloutMcts, NeverFillsOwnEyeAndPassesWhenNothingUseful) {
    // Black's pass-alive group with two eyes (A1, C1) and the rest black.
    GameState g = game(3, {{"B1", kBlack},
                           {"A2", kBlack},
                           {"B2", kBlack},
                           {"C2", kBlack},
                           {"A3", kBlack},
                           {"B3", kBlack},
                           {"C3", kBlack}});
    EXPECT_TRUE(RolloutMcts::usefulMoves(g, kBlack).empty());
    SearchResult r = RolloutMcts().search(g, kBlack);
    EXPECT_EQ(r.move, kPassLoc);
    EXPECT_FALSE(r.resign);
}

TEST(RolloutMcts, CapturesAStoneInAtari) {
    GameState g = game(5, {{"C3", kWhite},
                           {"B3", kBlack},
                           {"D3", kBlack},
                           {"C4", kBlack},
                           {"D4", kWhite},
                           {"B4", kWhite}});
    SearchParams p;
    p.visits = 2000;
    SearchResult r = RolloutMcts(p).search(g, kBlack);
    EXPECT_EQ(gtpVertex(r.move, 5), "C2");
}

TEST(RolloutMcts, DeterministicForSeedAndRespectsSuperko) {
    GameState g(9, *Rules::preset("tromp-taylor"));
    SearchParams p;
    p.visits = 500;
    p.seed = 11;
    RolloutMcts a(p), b(p);
    for (int i = 0; i < 20; ++i) {
        SearchResult ra = a.search(g, g.toMove()), rb = b.search(g, g.toMove());
        ASSERT_EQ(ra.move, rb.move);
        ASSERT_EQ(g.check(ra.move, g.toMove()), MoveError::kNone);
        ASSERT_FALSE(ra.move != kPassLoc && g.board().isEye(ra.move, g.toMove()));
        g.play(ra.move);
    }
}

TEST(RolloutMcts, ResignsWhenHopeless) {
    // White has one living corner on 7x7; black owns the rest: white to play.
    GameState g(7, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> s;
    for (int x = 0; x < 7; ++x) s.push_back({makeLoc(x, 2, 7), kBlack});
    for (int x = 0; x < 7; ++x)
        if (x != 1 && x != 4) s.push_back({makeLoc(x, 1, 7), kWhite});
    for (int x = 0; x < 7; ++x)
        if (x != 2 && x != 5) s.push_back({makeLoc(x, 0, 7), kWhite});
    g.setup(s);
    for (int i = 0; i < 30; ++i) g.play(kPassLoc);  // moves on the clock
    SearchParams p;
    p.visits = 400;
    p.minMovesBeforeResign = 10;
    p.resignBelow = 0.45f;  // random playouts leave white much luck; a loss is < 0.45
    SearchResult r = RolloutMcts(p).search(g, kBlack);
    EXPECT_FALSE(r.resign);
    // with komi 7.5 white can't win with 14 points of 49
    SearchResult w = RolloutMcts(p).search(g, kWhite);
    EXPECT_TRUE(w.resign || w.move == kPassLoc) << w.winrate;
}

}  // namespace
}  // namespace m37
