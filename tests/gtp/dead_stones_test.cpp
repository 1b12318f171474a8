// Dead-stone estimation: Benson-certain cases, playout judgement, seki.
#include <gtest/gtest.h>

#include "engine/go/coord.h"
#include "engine/search/dead_stones.h"

namespace m37 {
namespace {

GameState fromDiagram(const std::vector<std::string>& rows) {
    int n = int(rows.size());
    GameState g(n, *Rules::preset("chinese"));
    std::vector<std::pair<Loc, Color>> s;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (rows[y][x] != '.')
                s.push_back({makeLoc(x, y, n), rows[y][x] == 'X' ? kBlack : kWhite});
    g.setup(s);
    return g;
}

TEST(DeadStones, LoneStoneInsideSafeAreaIsDead) {
    GameState g = fromDiagram({".X..O", "XX..O", "..XXX", "XXX..", ".X..."});
    DeadStoneEstimate e = estimateDeadStones(g, 100, 1);
    ASSERT_EQ(e.dead.size(), 2u);
    EXPECT_EQ(gtpVertex(e.dead[0], 5), "E5");
    EXPECT_EQ(gtpVertex(e.dead[1], 5), "E4");
    EXPECT_EQ(estimatedScore(g, 100, 1).toString(), "B+17.5");
}

TEST(DeadStones, FinishedPositionHasNoDeadStones) {
    GameState g = fromDiagram({".XO.O", "XXOO.", ".XO..", "XXOOO", ".XO.O"});
    DeadStoneEstimate e = estimateDeadStones(g, 100, 1);
    EXPECT_TRUE(e.dead.empty());
    EXPECT_EQ(estimatedScore(g, 100, 1).toString(), "W+12.5");
}

TEST(DeadStones, NoSekiWithoutSharedLiberties) {
    GameState g = fromDiagram({"XXXXXX", "XOOOOX", "XO..OX", "XOOOOX", "XXXXXX", "......"});
    // That is not seki (white has an eye of two points, black surrounds):
    // white is dead only if black can reduce it; our estimate may say either,
    // but it must never call it seki since no liberty is shared.
    DeadStoneEstimate e = estimateDeadStones(g, 64, 3);
    EXPECT_TRUE(e.stonesWith(StoneStatus::kSeki).empty());
}

}  // namespace
}  // namespace m37
