// MainWindow: status bar texts, keyboard shortcuts, new game, settings.
#include <gtest/gtest.h>
#include <QAction>
#include <QSettings>
#include <QTest>

#include "tests/ui/ui_test_util.h"
#include "ui/main_window.h"

namespace m37::ui {
namespace {

using test::pixelOf;
using test::vertex;

class MainWindowTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(MainWindowParams{9});
        window->resize(800, 700);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override {
        window.reset();
        QSettings().clear();
    }
    void click(const char* v) {
        QTest::mouseClick(window->board(), Qt::LeftButton, {}, pixelOf(*window->board(), v));
    }
    GameModel& model() { return *window->model(); }

    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, StatusBarFollowsTheGame) {
    EXPECT_EQ(model().state().size(), 9);
    EXPECT_EQ(window->turnText(), "Black to move");
    EXPECT_TRUE(window->capturesText().contains("B 0 · W 0"));
    click("E5");
    EXPECT_EQ(window->turnText(), "White to move");
    EXPECT_TRUE(window->messageText().contains("Black played E5"));
    click("E5");
    EXPECT_TRUE(window->messageText().contains("occupied")) << window->messageText().toStdString();
    // White A1 is captured by Black: captures count it.
    click("A1");
    click("A2");
    click("J9");
    click("B1");
    EXPECT_TRUE(window->capturesText().contains("B 1 · W 0"))
        << window->capturesText().toStdString();
    EXPECT_TRUE(window->windowTitle().contains("9×9"));
}

TEST_F(MainWindowTest, KeyboardShortcuts) {
    click("C3");
    click("G7");
    QTest::keyClick(window.get(), Qt::Key_Left);  // undo
    EXPECT_EQ(model().state().moveNumber(), 1);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);  // undo
    EXPECT_EQ(model().state().moveNumber(), 0);
    QTest::keyClick(window.get(), Qt::Key_P);  // pass
    EXPECT_EQ(model().state().moveNumber(), 1);
    EXPECT_EQ(model().state().toMove(), kWhite);
    EXPECT_TRUE(window->messageText().contains("Black passed"));
    EXPECT_FALSE(window->board()->showMoveNumbers());
    QTest::keyClick(window.get(), Qt::Key_M);
    EXPECT_TRUE(window->board()->showMoveNumbers());
    QTest::keyClick(window.get(), Qt::Key_M);
    EXPECT_FALSE(window->board()->showMoveNumbers());
}

TEST_F(MainWindowTest, StartGameAndRememberChoices) {
    NewGameParams p{13, *Rules::preset("japanese")};
    window->startGame(p);
    EXPECT_EQ(model().state().size(), 13);
    EXPECT_TRUE(window->windowTitle().contains("13×13"));
    EXPECT_TRUE(window->windowTitle().contains("japanese"));
    click("K10");
    EXPECT_EQ(model().state().board().at(vertex(model(), "K10")), kBlack);
    window->close();
    // A new window without --size starts as the last game did.
    MainWindow again;
    EXPECT_EQ(again.model()->params(), p);
}

TEST_F(MainWindowTest, ActionsHaveTheAdvertisedShortcuts) {
    auto shortcutOf = [&](const char* name) {
        auto* a = window->findChild<QAction*>(name);
        return a ? a->shortcuts() : QList<QKeySequence>{};
    };
    EXPECT_TRUE(shortcutOf("newGame").contains(QKeySequence(QKeySequence::New)));
    EXPECT_TRUE(shortcutOf("pass").contains(QKeySequence(Qt::Key_P)));
    EXPECT_TRUE(shortcutOf("undo").contains(QKeySequence(Qt::Key_Left)));
    EXPECT_TRUE(shortcutOf("moveNumbers").contains(QKeySequence(Qt::Key_M)));
    EXPECT_FALSE(shortcutOf("quit").isEmpty());
}

}  // namespace
}  // namespace m37::ui
