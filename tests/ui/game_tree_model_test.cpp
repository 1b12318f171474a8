// GameTreeModel: play, refusals with reasons, pass, undo, new game, move
// numbers; the tree: variations, navigation, delete, promote, comments, info.
#include <gtest/gtest.h>
#include <QSignalSpy>

#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"

namespace m37::ui {
namespace {

using test::playAll;
using test::vertex;

TEST(GameTreeModelTest, PlayPassUndo) {
    GameTreeModel m(NewGameParams{9, Rules()});
    QSignalSpy changed(&m, &GameTreeModel::changed);
    EXPECT_EQ(m.play(vertex(m, "D4")), MoveError::kNone);
    EXPECT_EQ(m.state().board().at(vertex(m, "D4")), kBlack);
    EXPECT_EQ(m.state().toMove(), kWhite);
    EXPECT_EQ(m.lastMove(), vertex(m, "D4"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(m.lastMessage().contains("Black played D4")) << m.lastMessage().toStdString();

    m.pass();
    EXPECT_EQ(m.state().toMove(), kBlack);
    EXPECT_EQ(m.lastMove(), kNullLoc);
    EXPECT_TRUE(m.lastMessage().contains("White passed"));
    EXPECT_EQ(changed.count(), 2);

    EXPECT_TRUE(m.undo());
    EXPECT_TRUE(m.undo());
    EXPECT_EQ(m.state().moveNumber(), 0);
    EXPECT_EQ(m.state().board().at(vertex(m, "D4")), kEmpty);
    EXPECT_FALSE(m.undo());
    EXPECT_EQ(m.lastMessage(), "Nothing to undo");
}

TEST(GameTreeModelTest, RefusalLeavesPositionAndSaysWhy) {
    GameTreeModel m(NewGameParams{9, Rules()});
    ASSERT_TRUE(playAll(m, {"E5"}));
    QSignalSpy changed(&m, &GameTreeModel::changed);
    QSignalSpy message(&m, &GameTreeModel::message);
    EXPECT_EQ(m.play(vertex(m, "E5")), MoveError::kOccupied);
    EXPECT_EQ(changed.count(), 0);
    ASSERT_EQ(message.count(), 1);
    EXPECT_TRUE(message.at(0).at(0).toString().contains("occupied"));
    EXPECT_EQ(m.state().moveNumber(), 1);
}

TEST(GameTreeModelTest, TwoPassesEndTheGameWithAScore) {
    GameTreeModel m(NewGameParams{9, Rules()});
    m.pass();
    m.pass();
    EXPECT_TRUE(m.state().gameOver());
    EXPECT_TRUE(m.lastMessage().contains("Game over: W+7.5")) << m.lastMessage().toStdString();
}

TEST(GameTreeModelTest, CaptureMessageAndMoveNumbers) {
    GameTreeModel m(NewGameParams{9, Rules()});
    // White's A1 stone is captured by Black B1 after A2.
    ASSERT_TRUE(playAll(m, {"A2", "A1", "B1"}));
    EXPECT_TRUE(m.lastMessage().contains("capturing 1 stone")) << m.lastMessage().toStdString();
    EXPECT_EQ(m.state().board().prisoners(kBlack), 1);
    const auto numbers = m.moveNumbers();
    EXPECT_EQ(numbers[vertex(m, "A2")], 1);
    EXPECT_EQ(numbers[vertex(m, "A1")], 0);  // captured
    EXPECT_EQ(numbers[vertex(m, "B1")], 3);
}

TEST(GameTreeModelTest, NewGameResets) {
    GameTreeModel m;
    ASSERT_TRUE(playAll(m, {"Q16", "D4"}));
    Rules japanese = *Rules::preset("japanese");
    QSignalSpy changed(&m, &GameTreeModel::changed);
    m.newGame(NewGameParams{13, japanese});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m.state().size(), 13);
    EXPECT_EQ(m.state().moveNumber(), 0);
    EXPECT_EQ(m.state().rules(), japanese);
    EXPECT_EQ(m.params().size, 13);
    EXPECT_TRUE(m.lastMessage().contains("13×13")) << m.lastMessage().toStdString();
}

std::unique_ptr<SgfNode> parse(const char* text) {
    SgfReadResult r = readSgf(text);
    EXPECT_TRUE(r.ok());
    return std::move(r.games.front());
}

TEST(GameTreeModelTest, PlayingAddsChildrenOrFollowsExistingOnes) {
    GameTreeModel m(NewGameParams{9, Rules()});
    QSignalSpy tree(&m, &GameTreeModel::treeChanged);
    ASSERT_TRUE(playAll(m, {"E5", "C3"}));
    EXPECT_TRUE(m.isModified());
    EXPECT_EQ(tree.count(), 2);
    m.setModified(false);
    ASSERT_TRUE(m.back(2));
    EXPECT_EQ(m.current(), &m.root());
    // The same move again goes to the existing child: nothing changes.
    ASSERT_TRUE(playAll(m, {"E5"}));
    EXPECT_FALSE(m.isModified());
    EXPECT_EQ(m.root().childCount(), 1u);
    EXPECT_EQ(tree.count(), 2);
    // Another move makes a variation.
    ASSERT_TRUE(playAll(m, {"G7"}));
    EXPECT_TRUE(m.isModified());
    EXPECT_EQ(m.current()->parent()->childCount(), 2u);
    EXPECT_EQ(m.current()->value("W"), "gc");
    EXPECT_TRUE(m.lastMessage().contains("new variation")) << m.lastMessage().toStdString();
    EXPECT_EQ(m.state().board().at(vertex(m, "C3")), kEmpty);
    EXPECT_EQ(m.state().board().at(vertex(m, "G7")), kWhite);
}

TEST(GameTreeModelTest, NavigationRemembersTheLineAndSwitchesVariations) {
    GameTreeModel m;
    // Main line: dd pp dp; variation at move 2: qd, cp.
    ASSERT_TRUE(m.loadTree(parse("(;SZ[19];B[dd](;W[pp];B[dp])(;W[qd];B[cp]))")));
    EXPECT_FALSE(m.isModified());
    EXPECT_TRUE(m.toEnd());
    EXPECT_EQ(m.moveNumber(), 3);
    EXPECT_EQ(m.current()->value("B"), "dp");
    EXPECT_TRUE(m.switchVariation(+1));  // same depth in the next variation
    EXPECT_EQ(m.current()->value("B"), "cp");
    EXPECT_FALSE(m.switchVariation(+1));
    EXPECT_TRUE(m.toStart());
    EXPECT_TRUE(m.forward(3));  // remembers the variation last visited
    EXPECT_EQ(m.current()->value("B"), "cp");
    EXPECT_TRUE(m.back());
    EXPECT_TRUE(m.switchVariation(-1));
    EXPECT_EQ(m.current()->value("W"), "pp");
    EXPECT_FALSE(m.back(0));
    EXPECT_TRUE(m.back(100));
    EXPECT_EQ(m.current(), &m.root());
    EXPECT_FALSE(m.back());
    EXPECT_FALSE(m.isModified());
}

TEST(GameTreeModelTest, PromoteAndDeleteVariations) {
    GameTreeModel m;
    ASSERT_TRUE(m.loadTree(parse("(;SZ[19];B[dd](;W[pp];B[dp])(;W[qd];B[cp](;W[aa])(;W[bb])))")));
    const SgfNode* bb = m.root().child(0)->child(1)->child(0)->child(1);
    ASSERT_TRUE(m.goTo(bb));
    EXPECT_TRUE(m.promoteToMainLine());
    EXPECT_TRUE(m.isModified());
    auto line = [&] {
        std::string s;
        for (const SgfNode* n = m.root().child(0); n; n = n->child(0))
            s += std::string(n->has("B") ? n->value("B") : n->value("W")) + " ";
        return s;
    };
    EXPECT_EQ(line(), "dd qd cp bb ");
    EXPECT_EQ(m.current(), bb);
    EXPECT_FALSE(m.promoteToMainLine());  // already

    // Delete qd's line: back to dd, which keeps only pp.
    ASSERT_TRUE(m.back(2));
    EXPECT_EQ(m.current()->value("W"), "qd");
    const size_t before = m.root().subtreeSize();
    EXPECT_TRUE(m.deleteCurrent());
    EXPECT_EQ(m.root().subtreeSize(), before - 4);
    EXPECT_EQ(m.current(), m.root().child(0));
    EXPECT_EQ(line(), "dd pp dp ");
    EXPECT_EQ(m.state().moveNumber(), 1);
    EXPECT_TRUE(m.toEnd());
    EXPECT_EQ(m.moveNumber(), 3);
    EXPECT_TRUE(m.toStart());
    EXPECT_FALSE(m.deleteCurrent());  // not the root
}

TEST(GameTreeModelTest, CommentsAndGameInfoAreEdits) {
    GameTreeModel m;
    ASSERT_TRUE(m.loadTree(parse("(;SZ[19]KM[6.5]PB[Lee Sedol];B[dd]C[hello])")));
    ASSERT_TRUE(m.forward());
    EXPECT_EQ(m.comment(), "hello");
    QSignalSpy modified(&m, &GameTreeModel::modifiedChanged);
    m.setComment("hello\nworld");
    EXPECT_TRUE(m.isModified());
    EXPECT_EQ(modified.count(), 1);
    EXPECT_EQ(m.current()->value("C"), "hello\nworld");
    m.setComment("");
    EXPECT_FALSE(m.current()->has("C"));

    GameInfo info = m.gameInfo();
    EXPECT_EQ(info.playerBlack, "Lee Sedol");
    EXPECT_EQ(info.komi, "6.5");
    EXPECT_FLOAT_EQ(m.state().rules().komi, 6.5f);
    info.playerWhite = "AlphaGo";
    info.komi = "7.5";
    info.result = "W+R";
    m.setGameInfo(info);
    EXPECT_EQ(m.root().value("PW"), "AlphaGo");
    EXPECT_EQ(m.root().value("RE"), "W+R");
    EXPECT_FLOAT_EQ(m.state().rules().komi, 7.5f);
    EXPECT_EQ(m.current()->value("B"), "dd");  // still here
    EXPECT_EQ(m.gameInfo(), info);
}

TEST(GameTreeModelTest, LoadRefusesWhatCannotBeSetUpAndKeepsTheGame) {
    GameTreeModel m(NewGameParams{9, Rules()});
    ASSERT_TRUE(playAll(m, {"E5"}));
    QString why;
    EXPECT_FALSE(m.loadTree(parse("(;SZ[52];B[aa])"), &why));
    EXPECT_TRUE(why.contains("52")) << why.toStdString();
    EXPECT_EQ(m.state().size(), 9);
    EXPECT_EQ(m.state().board().at(vertex(m, "E5")), kBlack);
}

}  // namespace
}  // namespace m37::ui
