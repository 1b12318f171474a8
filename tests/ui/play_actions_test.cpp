// The play side of the main window: Game and Engines menus, the engine
// console dock, no shortcut used twice; the new-game dialog's players and
// strength; the external engines list and its dialog.
#include <gtest/gtest.h>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSpinBox>

#include "tests/ui/play_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/engine_console.h"
#include "ui/external_engines.h"
#include "ui/main_window.h"
#include "ui/new_game_dialog.h"
#include "ui/play_actions.h"
#include "ui/scoring_view.h"

namespace m37::ui {
namespace {

TEST(PlayActionsTest, MenusDockAndShortcuts) {
    MainWindow window;
    QStringList menus;
    for (QAction* a : window.menuBar()->actions()) menus << a->text();
    EXPECT_TRUE(menus.contains("&Game")) << menus.join(',').toStdString();
    EXPECT_TRUE(menus.contains("Eng&ines"));
    for (const char* name : {"playAgainstEngine", "resign", "scoreGame", "stopEngines",
                             "configureEngines", "restartEngines", "pass", "undo"})
        EXPECT_NE(window.findChild<QAction*>(name), nullptr) << name;
    auto* dock = window.findChild<QDockWidget*>("engineConsoleDock");
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->widget(), window.play()->console());
    // The play shortcuts are bound to nothing else.
    const QStringList mine = {"playAgainstEngine", "scoreGame", "pass", "undo"};
    QKeySequence console = dock->toggleViewAction()->shortcut();
    EXPECT_FALSE(console.isEmpty());
    QList<QKeySequence> keys{console};
    for (const QString& name : mine) keys << window.findChild<QAction*>(name)->shortcuts();
    for (QAction* a : window.findChildren<QAction*>()) {
        if (mine.contains(a->objectName()) || a == dock->toggleViewAction()) continue;
        for (const QKeySequence& k : a->shortcuts())
            EXPECT_FALSE(keys.contains(k))
                << k.toString().toStdString() << " also on " << a->objectName().toStdString();
    }
}

TEST(PlayActionsTest, ScoreGameEntersScoringOnTheBoard) {
    MainWindow window;
    window.findChild<QAction*>("scoreGame")->trigger();
    EXPECT_TRUE(window.play()->scoring()->isVisible() || window.play()->scoring()->active());
    window.play()->scoring()->cancel();
}

TEST(PlayActionsTest, NewGameDialogReturnsPlayersAndStrength) {
    NewGameParams p{9, Rules()};
    p.black.kind = PlayerKind::kExternal;
    p.black.engine = "GNU Go";
    p.white.kind = PlayerKind::kEmbedded;
    p.strength = {1234, 0};
    p.networkPath = "/nets/a.m37";
    NewGameDialog dialog(p, nullptr, QStringList{"GNU Go", "Leela Zero"});
    EXPECT_EQ(dialog.params(), p);
    auto* white = dialog.findChild<QComboBox*>("whitePlayer");
    ASSERT_NE(white, nullptr);
    white->setCurrentIndex(white->findData("external:Leela Zero"));
    auto* kind = dialog.findChild<QComboBox*>("strengthKind");
    kind->setCurrentIndex(1);
    const NewGameParams q = dialog.params();
    EXPECT_EQ(q.white.kind, PlayerKind::kExternal);
    EXPECT_EQ(q.white.engine, "Leela Zero");
    EXPECT_GT(q.strength.secondsPerMove, 0);
    EXPECT_TRUE(q.hasEngine());
    // An engine no longer configured still reads back.
    NewGameDialog gone(p, nullptr, QStringList{});
    EXPECT_EQ(gone.params().black, p.black);
}

TEST(PlayActionsTest, ExternalEnginesAreStoredAndEdited) {
    ExternalEngines::save({});
    EXPECT_TRUE(ExternalEngines::load().isEmpty());
    ExternalEnginesDialog dialog({});
    // Each label's '&' is a shortcut to its field, the working directory's too.
    const QStringList bare = test::labelsWithoutBuddy(dialog);
    EXPECT_TRUE(bare.isEmpty()) << bare.join(", ").toStdString();
    dialog.addEngine(ExternalEngines::presets().first());
    dialog.addEngine(ExternalEngines::presets().first());
    ASSERT_EQ(dialog.engines().size(), 2);
    EXPECT_EQ(dialog.engines()[1].name, "GNU Go (2)") << "names are kept unique";
    dialog.removeCurrent();
    ASSERT_EQ(dialog.engines().size(), 1);
    ExternalEngines::save(dialog.engines());
    auto e = ExternalEngines::find("GNU Go");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->commandLine, "/usr/games/gnugo --mode gtp --level 10");
    EXPECT_FALSE(ExternalEngines::find("nothing"));
    ExternalEngines::save({});
}

TEST(PlayActionsTest, ConsoleShowsTheConversationAndSendsCommands) {
    EngineConsole console;
    GtpProcess p(test::fakeEngine("ok"));
    console.attach(&p);
    EXPECT_EQ(console.engineCount(), 1);
    p.start();
    console.sendCommand("name");
    ASSERT_TRUE(test::waitFor([&] { return console.text().contains("Misbehaving"); }, 20000));
    EXPECT_TRUE(console.text().contains("» 1 name"));
    console.detach(&p);
    EXPECT_EQ(console.engineCount(), 0);
}

}  // namespace
}  // namespace m37::ui
