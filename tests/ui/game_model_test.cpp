// GameModel: play, refusals with reasons, pass, undo, new game, move numbers.
#include <gtest/gtest.h>
#include <QSignalSpy>

#include "tests/ui/ui_test_util.h"

namespace m37::ui {
namespace {

using test::playAll;
using test::vertex;

TEST(GameModelTest, PlayPassUndo) {
    GameModel m(NewGameParams{9, Rules()});
    QSignalSpy changed(&m, &GameModel::changed);
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

TEST(GameModelTest, RefusalLeavesPositionAndSaysWhy) {
    GameModel m(NewGameParams{9, Rules()});
    ASSERT_TRUE(playAll(m, {"E5"}));
    QSignalSpy changed(&m, &GameModel::changed);
    QSignalSpy message(&m, &GameModel::message);
    EXPECT_EQ(m.play(vertex(m, "E5")), MoveError::kOccupied);
    EXPECT_EQ(changed.count(), 0);
    ASSERT_EQ(message.count(), 1);
    EXPECT_TRUE(message.at(0).at(0).toString().contains("occupied"));
    EXPECT_EQ(m.state().moveNumber(), 1);
}

TEST(GameModelTest, TwoPassesEndTheGameWithAScore) {
    GameModel m(NewGameParams{9, Rules()});
    m.pass();
    m.pass();
    EXPECT_TRUE(m.state().gameOver());
    EXPECT_TRUE(m.lastMessage().contains("Game over: W+7.5")) << m.lastMessage().toStdString();
}

TEST(GameModelTest, CaptureMessageAndMoveNumbers) {
    GameModel m(NewGameParams{9, Rules()});
    // White's A1 stone is captured by Black B1 after A2.
    ASSERT_TRUE(playAll(m, {"A2", "A1", "B1"}));
    EXPECT_TRUE(m.lastMessage().contains("capturing 1 stone")) << m.lastMessage().toStdString();
    EXPECT_EQ(m.state().board().prisoners(kBlack), 1);
    const auto numbers = m.moveNumbers();
    EXPECT_EQ(numbers[vertex(m, "A2")], 1);
    EXPECT_EQ(numbers[vertex(m, "A1")], 0);  // captured
    EXPECT_EQ(numbers[vertex(m, "B1")], 3);
}

TEST(GameModelTest, NewGameResets) {
    GameModel m;
    ASSERT_TRUE(playAll(m, {"Q16", "D4"}));
    Rules japanese = *Rules::preset("japanese");
    QSignalSpy changed(&m, &GameModel::changed);
    m.newGame(NewGameParams{13, japanese});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m.state().size(), 13);
    EXPECT_EQ(m.state().moveNumber(), 0);
    EXPECT_EQ(m.state().rules(), japanese);
    EXPECT_EQ(m.params().size, 13);
    EXPECT_TRUE(m.lastMessage().contains("13×13")) << m.lastMessage().toStdString();
}

}  // namespace
}  // namespace m37::ui
