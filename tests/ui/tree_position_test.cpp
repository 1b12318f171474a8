// TreePosition: the position at any node equals a replay of the game up to
// it, whatever order the nodes are visited in (a professional game from
// /usr/share/goban, and a file with variations and setup).
#include <gtest/gtest.h>
#include <QFileInfo>
#include <chrono>
#include <random>

#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"
#include "ui/tree_position.h"

namespace m37::ui {
namespace {

using test::sameStones;

constexpr char kProGame[] = "/usr/share/goban/Hon-72-7.sgf";  // 305 moves

std::vector<const SgfNode*> mainLine(const SgfNode& root) {
    std::vector<const SgfNode*> line;
    for (const SgfNode* n = &root; n; n = n->child(0)) line.push_back(n);
    return line;
}

TEST(TreePositionTest, EveryMoveOfAProGameEqualsTheReplay) {
    if (!QFileInfo::exists(kProGame)) GTEST_SKIP() << kProGame << " missing (goban-original-games)";
    SgfReadResult read = readSgfFile(kProGame);
    ASSERT_TRUE(read.ok());
    const SgfNode& root = *read.games.front();
    const auto line = mainLine(root);
    ASSERT_GT(line.size(), 300u);

    TreePosition pos;
    ASSERT_TRUE(pos.reset(root));
    // Visit the moves in a random order: every jump undoes and replays.
    std::vector<int> order(line.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = int(i);
    std::shuffle(order.begin(), order.end(), std::mt19937(37));
    for (int i : order) {
        pos.moveTo(line[size_t(i)]);
        SgfReplayOptions until;
        until.untilMove = i + 1;  // stop before move i+1: i moves played
        const SgfReplay replay = replaySgfGame(root, until);
        ASSERT_TRUE(replay.ok) << replay.error;
        ASSERT_TRUE(sameStones(pos.state().board(), replay.state.board())) << "move " << i;
        ASSERT_EQ(pos.state().moveNumber(), i);
        ASSERT_EQ(pos.state().board().prisoners(kBlack), replay.state.board().prisoners(kBlack));
        ASSERT_EQ(pos.depth(), i);
    }
}

TEST(TreePositionTest, StepsThroughThreeHundredMovesQuickly) {
    if (!QFileInfo::exists(kProGame)) GTEST_SKIP() << kProGame << " missing";
    SgfReadResult read = readSgfFile(kProGame);
    const auto line = mainLine(*read.games.front());
    TreePosition pos;
    ASSERT_TRUE(pos.reset(*read.games.front()));
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < 10; ++round) {
        for (const SgfNode* n : line) pos.moveTo(n);
        for (auto it = line.rbegin(); it != line.rend(); ++it) pos.moveTo(*it);
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    // 6,000 single steps; each one is a move or an undo, not a replay.
    EXPECT_LT(ms, 2000.0);
    EXPECT_EQ(pos.state().moveNumber(), 0);
}

TEST(TreePositionTest, VariationsSetupAndPlayerToMove) {
    const char* sgf =
        "(;FF[4]SZ[9]HA[2]AB[cc][gg]"
        "(;W[ee];B[ce](;W[ec])(;AW[aa]AE[cc]PL[W]))"
        "(;W[cg]))";
    SgfReadResult read = readSgf(sgf);
    ASSERT_TRUE(read.ok());
    const SgfNode& root = *read.games.front();
    TreePosition pos;
    ASSERT_TRUE(pos.reset(root));
    EXPECT_EQ(pos.state().toMove(), kWhite);  // handicap: White first
    EXPECT_EQ(pos.state().handicap(), 2);
    const Board& b = pos.state().board();
    auto at = [&](const char* v) { return pos.state().board().at(*parseGtpVertex(v, 9)); };
    EXPECT_EQ(b.stoneCount(kBlack), 2);

    const SgfNode* setupNode = root.child(0)->child(0)->child(1);
    pos.moveTo(setupNode);
    EXPECT_EQ(at("A9"), kWhite);
    EXPECT_EQ(at("C7"), kEmpty);              // AE removed the handicap stone
    EXPECT_EQ(pos.state().toMove(), kWhite);  // PL[W]
    pos.moveTo(root.child(1));                // W[cg] in the other variation
    EXPECT_EQ(at("C7"), kBlack);
    EXPECT_EQ(at("A9"), kEmpty);
    EXPECT_EQ(at("C3"), kWhite);
    EXPECT_EQ(at("E5"), kEmpty);
    EXPECT_EQ(pos.state().toMove(), kBlack);
    pos.moveTo(&root);
    EXPECT_EQ(pos.state().toMove(), kWhite);
    EXPECT_EQ(pos.state().board().stoneCount(kWhite), 0);
}

TEST(TreePositionTest, UnsupportedSizeIsRefused) {
    SgfReadResult read = readSgf("(;FF[4]SZ[40])");
    ASSERT_FALSE(read.games.empty());
    TreePosition pos;
    std::string why;
    EXPECT_FALSE(pos.reset(*read.games.front(), &why));
    EXPECT_NE(why.find("40"), std::string::npos) << why;
}

}  // namespace
}  // namespace m37::ui
