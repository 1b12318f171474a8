// MainWindow: status bar texts, keyboard shortcuts, new game, settings,
// title with file name and modified marker, navigation keys, drag and drop,
// docks and their saved layout.
#include <gtest/gtest.h>
#include <QAction>
#include <QDockWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QUrl>

#include "tests/ui/ui_test_util.h"
#include "ui/comment_panel.h"
#include "ui/game_tree_widget.h"
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
        dialogs.install(*window->files());
        window->resize(1000, 700);
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
    GameTreeModel& model() { return *window->model(); }
    void key(Qt::Key k) { QTest::keyClick(window.get(), k); }

    std::unique_ptr<MainWindow> window;
    test::DialogRecorder dialogs;
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
    QTest::keyClick(window.get(), Qt::Key_Left);  // back
    EXPECT_EQ(model().state().moveNumber(), 1);
    QTest::keyClick(window.get(), Qt::Key_Right);  // forward again
    EXPECT_EQ(model().state().moveNumber(), 2);
    QTest::keyClick(window.get(), Qt::Key_Left);
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
    dialogs.answer = QMessageBox::Discard;
    window->close();
    EXPECT_EQ(dialogs.asked, 1);
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
    EXPECT_TRUE(shortcutOf("undo").contains(QKeySequence(QKeySequence::Undo)));
    EXPECT_TRUE(shortcutOf("back").contains(QKeySequence(Qt::Key_Left)));
    EXPECT_TRUE(shortcutOf("forward").contains(QKeySequence(Qt::Key_Right)));
    EXPECT_TRUE(shortcutOf("previousVariation").contains(QKeySequence(Qt::Key_Up)));
    EXPECT_TRUE(shortcutOf("nextVariation").contains(QKeySequence(Qt::Key_Down)));
    EXPECT_TRUE(shortcutOf("start").contains(QKeySequence(Qt::Key_Home)));
    EXPECT_TRUE(shortcutOf("end").contains(QKeySequence(Qt::Key_End)));
    EXPECT_TRUE(shortcutOf("back10").contains(QKeySequence(Qt::Key_PageUp)));
    EXPECT_TRUE(shortcutOf("forward10").contains(QKeySequence(Qt::Key_PageDown)));
    EXPECT_TRUE(shortcutOf("open").contains(QKeySequence(QKeySequence::Open)));
    EXPECT_TRUE(shortcutOf("save").contains(QKeySequence(QKeySequence::Save)));
    EXPECT_FALSE(shortcutOf("saveAs").isEmpty());
    EXPECT_FALSE(shortcutOf("deleteNode").isEmpty());
    EXPECT_FALSE(shortcutOf("promote").isEmpty());
    EXPECT_TRUE(shortcutOf("moveNumbers").contains(QKeySequence(Qt::Key_M)));
    EXPECT_FALSE(shortcutOf("quit").isEmpty());
}

TEST_F(MainWindowTest, TitleShowsTheFileAndUnsavedChanges) {
    EXPECT_TRUE(window->windowTitle().startsWith("Untitled"))
        << window->windowTitle().toStdString();
    EXPECT_FALSE(window->isWindowModified());
    ASSERT_TRUE(window->files()->openFile(test::dataFile("review.sgf")));
    EXPECT_TRUE(window->windowTitle().startsWith("review.sgf[*]"));
    EXPECT_TRUE(window->windowTitle().contains("Alice vs Bob"));
    EXPECT_FALSE(window->isWindowModified());
    key(Qt::Key_End);
    click("A1");
    EXPECT_TRUE(window->isWindowModified());
    // Quitting asks; Cancel keeps the window open.
    dialogs.answer = QMessageBox::Cancel;
    EXPECT_FALSE(window->close());
    EXPECT_EQ(dialogs.asked, 1);
    EXPECT_TRUE(window->isVisible());
    // A new game asks too.
    EXPECT_FALSE(window->startGame(NewGameParams{9, Rules()}));
    EXPECT_EQ(dialogs.asked, 2);
    EXPECT_EQ(window->files()->displayName(), "review.sgf");
    dialogs.answer = QMessageBox::Discard;
    EXPECT_TRUE(window->startGame(NewGameParams{9, Rules()}));
    EXPECT_TRUE(window->windowTitle().startsWith("Untitled"));
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(MainWindowTest, NavigationKeysWalkTheTree) {
    ASSERT_TRUE(window->files()->openFile(test::dataFile("review.sgf")));
    key(Qt::Key_End);
    EXPECT_EQ(model().moveNumber(), 5);
    EXPECT_TRUE(window->moveText().contains("Move 5")) << window->moveText().toStdString();
    key(Qt::Key_Home);
    EXPECT_EQ(model().current(), &model().root());
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    EXPECT_EQ(model().current()->value("B"), "gc");
    EXPECT_TRUE(window->moveText().contains("variation 1/3")) << window->moveText().toStdString();
    key(Qt::Key_Down);
    EXPECT_EQ(model().current()->value("B"), "cg");
    key(Qt::Key_Down);
    EXPECT_EQ(model().current()->value("B"), "gg");
    key(Qt::Key_Down);  // no more
    EXPECT_EQ(model().current()->value("B"), "gg");
    key(Qt::Key_Up);
    EXPECT_EQ(model().current()->value("B"), "cg");
    EXPECT_EQ(window->comments()->editor()->toPlainText(), "Variation two");
    key(Qt::Key_PageUp);
    EXPECT_EQ(model().current(), &model().root());
    key(Qt::Key_PageDown);
    EXPECT_EQ(model().moveNumber(), 4);  // the variation last visited
    EXPECT_EQ(model().current()->value("W"), "gc");
    // The mouse wheel over the board: up goes back, down forward.
    const QPoint centre = window->board()->rect().center();
    QWheelEvent up(centre, window->board()->mapToGlobal(centre), {}, {0, 120}, Qt::NoButton,
                   Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(window->board(), &up);
    EXPECT_EQ(model().moveNumber(), 3);
    QWheelEvent down(centre, window->board()->mapToGlobal(centre), {}, {0, -240}, Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(window->board(), &down);
    EXPECT_EQ(model().moveNumber(), 4);  // one step back to gc, then at the end
    EXPECT_FALSE(model().isModified());
}

TEST_F(MainWindowTest, CommentDockEditsTheCurrentNode) {
    ASSERT_TRUE(window->files()->openFile(test::dataFile("review.sgf")));
    key(Qt::Key_Right);
    QPlainTextEdit* editor = window->comments()->editor();
    EXPECT_EQ(editor->toPlainText(), "Tengen.");
    EXPECT_TRUE(window->comments()->summary().contains("Alice (B) vs Bob (W)"));
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, " Strong.");
    EXPECT_EQ(model().comment(), "Tengen. Strong.");
    EXPECT_TRUE(window->isWindowModified());
    // Arrow keys in the editor move the cursor, not the game.
    QTest::keyClick(editor, Qt::Key_Left);
    EXPECT_EQ(model().moveNumber(), 1);
    key(Qt::Key_Right);
    EXPECT_EQ(editor->toPlainText(), "");
}

TEST_F(MainWindowTest, DroppingAFileOpensIt) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::dataFile("review.sgf"))});
    const QPoint at = window->board()->geometry().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    EXPECT_EQ(window->files()->displayName(), "review.sgf");
    EXPECT_EQ(model().gameInfo().playerWhite, "Bob");
}

TEST_F(MainWindowTest, DocksExistAndTheirLayoutIsRemembered) {
    auto* tree = window->findChild<QDockWidget*>("gameTreeDock");
    auto* comment = window->findChild<QDockWidget*>("commentDock");
    ASSERT_TRUE(tree && comment);
    EXPECT_TRUE(tree->isVisible());
    comment->hide();
    dialogs.answer = QMessageBox::Discard;
    window->close();
    MainWindow again;
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_FALSE(again.findChild<QDockWidget*>("commentDock")->isVisible());
    EXPECT_TRUE(again.findChild<QDockWidget*>("gameTreeDock")->isVisible());
}

}  // namespace
}  // namespace m37::ui
