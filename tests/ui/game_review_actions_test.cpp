// Whole-game review in the main window: a review of a game with a known
// blunder lists it in the mistakes dock, clicking it (or the graph) goes
// there, N / Shift+N step through the mistakes, the status-bar progress
// shows while it runs, and a new game drops the results. Also the docks,
// the Theme menu and Help → Keyboard Shortcuts.
#include "ui/game_review_actions.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "tests/ui/review_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/main_window.h"
#include "ui/mistakes_panel.h"
#include "ui/shortcuts_dialog.h"
#include "ui/theme.h"
#include "ui/winrate_graph.h"

namespace m37::ui {
namespace {

class GameReviewActionsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        QSettings().setValue("engine/threads", 1);
        window = std::make_unique<MainWindow>(MainWindowParams{9});
        dialogs.install(*window->files());
        window->resize(1100, 800);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override {
        window.reset();
        applyTheme(Theme::kSystem, false);
        QSettings().clear();
    }
    GameTreeModel& model() { return *window->model(); }
    GameReviewActions& review() { return *window->review(); }
    // Reviews the blunder game and waits for the end.
    void reviewBlunderGame() {
        ASSERT_TRUE(test::loadGame(model(), test::kBlunderGame));
        QSignalSpy finished(review().runner(), &GameReviewRunner::finished);
        ASSERT_TRUE(review().analyseWholeGame(800));
        EXPECT_TRUE(review().progressBar()->isVisible());
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(finished.at(0).at(0).toBool());
        EXPECT_FALSE(review().progressBar()->isVisible());
        EXPECT_EQ(review().progressBar()->value(), review().progressBar()->maximum());
    }

    std::unique_ptr<MainWindow> window;
    test::DialogRecorder dialogs;
};

TEST_F(GameReviewActionsTest, TheBlunderIsListedAndClickingItGoesThere) {
    reviewBlunderGame();
    MistakesPanel* panel = review().mistakes();
    const std::vector<int> listed = panel->listedMoves();
    ASSERT_FALSE(listed.empty());
    EXPECT_EQ(listed.front(), 1);
    QTreeWidgetItem* row = panel->list()->topLevelItem(0);
    EXPECT_EQ(row->text(2), "E2");
    EXPECT_EQ(row->text(3), "H5");
    EXPECT_EQ(row->text(6), "Blunder");
    EXPECT_EQ(review().graph()->pointCount(), 7);

    model().toEnd();
    ASSERT_EQ(model().moveNumber(), 6);
    QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {},
                      panel->list()->visualItemRect(row).center());
    EXPECT_EQ(model().moveNumber(), 1);
    EXPECT_EQ(model().lastMove(), test::vertex(model(), "E2"));
    EXPECT_EQ(review().graph()->currentMove(), 1);

    // The graph jumps too.
    WinrateGraph* graph = review().graph();
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, graph->positionOf(4, 0.5f));
    EXPECT_EQ(model().moveNumber(), 4);
    EXPECT_EQ(model().lastMove(), test::vertex(model(), "D8"));
}

TEST_F(GameReviewActionsTest, NextAndPreviousMistakeKeys) {
    reviewBlunderGame();
    MistakesPanel* panel = review().mistakes();
    panel->setThreshold(MoveCategory::kBlunder);
    ASSERT_EQ(panel->listedMoves(), std::vector<int>{1});
    model().toStart();
    QTest::keyClick(window.get(), Qt::Key_N);
    EXPECT_EQ(model().moveNumber(), 1);
    QTest::keyClick(window.get(), Qt::Key_N);  // no further mistake: stays
    EXPECT_EQ(model().moveNumber(), 1);
    EXPECT_TRUE(window->messageText().contains("No listed mistake after"));
    model().toEnd();
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ShiftModifier);
    EXPECT_EQ(model().moveNumber(), 1);
    EXPECT_EQ(model().lastMove(), test::vertex(model(), "E2"));
}

TEST_F(GameReviewActionsTest, StopAndNewGameDropTheReview) {
    ASSERT_TRUE(test::playAll(model(), {"E5", "C3", "G7", "C7", "G3", "D5"}));
    QSignalSpy finished(review().runner(), &GameReviewRunner::finished);
    ASSERT_TRUE(review().analyseWholeGame(1 << 30));
    auto* stop = window->findChild<QAction*>("stopWholeGame");
    ASSERT_NE(stop, nullptr);
    EXPECT_TRUE(stop->isEnabled());
    stop->trigger();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(stop->isEnabled());
    EXPECT_TRUE(window->messageText().contains("stopped"));

    ASSERT_TRUE(review().analyseWholeGame(20));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(review().graph()->pointCount(), 7);
    dialogs.answer = QMessageBox::Discard;
    ASSERT_TRUE(window->startGame(NewGameParams{9}));
    QTest::qWait(0);
    QCoreApplication::processEvents();
    EXPECT_EQ(review().graph()->pointCount(), 0);
    EXPECT_TRUE(review().mistakes()->listedMoves().empty());
    // Playing on keeps a review: only a new tree drops it.
    ASSERT_TRUE(test::playAll(model(), {"E5", "C3"}));
    ASSERT_TRUE(review().analyseWholeGame(20));
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(test::playAll(model(), {"G7"}));
    QCoreApplication::processEvents();
    EXPECT_EQ(review().graph()->pointCount(), 3);
}

TEST_F(GameReviewActionsTest, DocksMenusAndShortcutsAreThere) {
    for (const char* name : {"winrateGraphDock", "mistakesDock"}) {
        auto* dock = window->findChild<QDockWidget*>(name);
        ASSERT_NE(dock, nullptr) << name;
        bool inViewMenu = false;
        for (QMenu* m : window->findChildren<QMenu*>())
            if (m->actions().contains(dock->toggleViewAction())) inViewMenu = true;
        EXPECT_TRUE(inViewMenu) << name;
    }
    auto shortcutOf = [&](const char* name) {
        auto* a = window->findChild<QAction*>(name);
        return a ? a->shortcuts() : QList<QKeySequence>{};
    };
    EXPECT_TRUE(shortcutOf("nextMistake").contains(QKeySequence(Qt::Key_N)));
    EXPECT_TRUE(shortcutOf("previousMistake").contains(QKeySequence(Qt::SHIFT | Qt::Key_N)));
    EXPECT_FALSE(shortcutOf("analyseWholeGame").isEmpty());
    EXPECT_TRUE(shortcutOf("keyboardShortcuts").contains(QKeySequence(Qt::Key_F1)));
    // No two actions of the window share a shortcut.
    QMap<QString, QString> owner;
    for (QAction* a : window->findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts()) {
            const QString key = k.toString();
            EXPECT_FALSE(owner.contains(key))
                << key.toStdString() << ": " << owner.value(key).toStdString() << " and "
                << a->objectName().toStdString();
            owner[key] = a->objectName();
        }
}

TEST_F(GameReviewActionsTest, ThemeMenuSwitchesAndRemembers) {
    auto* dark = window->findChild<QAction*>("themeDark");
    auto* light = window->findChild<QAction*>("themeLight");
    auto* system = window->findChild<QAction*>("themeSystem");
    ASSERT_TRUE(dark && light && system);
    EXPECT_TRUE(system->isChecked());
    dark->trigger();
    QCoreApplication::processEvents();
    EXPECT_LT(window->palette().color(QPalette::Window).lightness(), 80);
    EXPECT_EQ(QSettings().value("view/theme").toString(), "dark");
    EXPECT_FALSE(system->isChecked());
    light->trigger();
    QCoreApplication::processEvents();
    EXPECT_GT(window->palette().color(QPalette::Window).lightness(), 200);
    // The next window starts with the saved theme.
    window.reset();
    applyTheme(Theme::kSystem, false);
    MainWindow again(MainWindowParams{9});
    QCoreApplication::processEvents();
    EXPECT_TRUE(again.findChild<QAction*>("themeLight")->isChecked());
    EXPECT_GT(again.palette().color(QPalette::Window).lightness(), 200);
}

TEST_F(GameReviewActionsTest, ShortcutsDialogListsTheActions) {
    ShortcutsDialog dialog(window.get());
    int withShortcut = 0;
    QSet<QAction*> seen;
    for (QAction* a : window->findChildren<QAction*>())
        if (!a->shortcuts().isEmpty() && !a->text().isEmpty() && !seen.contains(a)) {
            seen.insert(a);
            ++withShortcut;
        }
    EXPECT_EQ(dialog.rowCount(), withShortcut);
    EXPECT_GT(withShortcut, 20);
    EXPECT_EQ(dialog.shortcutOf("Pass"),
              QKeySequence(Qt::Key_P).toString(QKeySequence::NativeText));
    EXPECT_EQ(dialog.shortcutOf("Next Mistake"),
              QKeySequence(Qt::Key_N).toString(QKeySequence::NativeText));
    EXPECT_EQ(dialog.shortcutOf("Analyse Whole Game"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText));
    EXPECT_TRUE(dialog.shortcutOf("No such action").isEmpty());
    // F1 opens it, once.
    QTest::keyClick(window.get(), Qt::Key_F1);
    EXPECT_EQ(window->findChildren<ShortcutsDialog*>().size(), 1);
    QTest::keyClick(window.get(), Qt::Key_F1);
    EXPECT_EQ(window->findChildren<ShortcutsDialog*>().size(), 1);
}

}  // namespace
}  // namespace m37::ui
