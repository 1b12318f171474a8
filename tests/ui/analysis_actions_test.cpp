// Live analysis in the main window: the actions and their keys (no key used
// twice in the window), the Analysis menu, the candidates dock and the board
// filling from a real analysis, overlays toggling on the board, the status
// text, and the responsiveness benchmark (printed, not asserted on speed).
#include <gtest/gtest.h>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <map>

#include "engine/go/coord.h"
#include "tests/ui/ui_test_util.h"
#include "ui/analysis_actions.h"
#include "ui/analysis_bench.h"
#include "ui/candidates_table.h"
#include "ui/main_window.h"
#include "ui/play_actions.h"

namespace m37::ui {
namespace {

constexpr int kWaitMs = 120000;

using test::playAll;

struct Window {
    Window() {
        QSettings().clear();
        EngineSettings e;  // rollouts, two threads
        e.threads = 2;
        e.analysisVisits = 0;
        e.save();
        w = std::make_unique<MainWindow>(MainWindowParams{9, {}, {}});
    }
    std::unique_ptr<MainWindow> w;
    AnalysisActions* a() const { return w->analysis(); }
};

TEST(AnalysisActionsTest, ActionsKeysAndMenu) {
    Window win;
    AnalysisActions* a = win.a();
    EXPECT_EQ(a->toggleAction()->shortcut(), QKeySequence(Qt::Key_Space));
    const std::map<QString, Qt::Key> keys = {{"policy", Qt::Key_E},    {"human", Qt::Key_H},
                                             {"split", Qt::Key_S},     {"candidates", Qt::Key_C},
                                             {"ownership", Qt::Key_O}, {"surprise", Qt::Key_X}};
    for (const auto& [name, key] : keys) {
        QAction* act = a->overlayAction(name);
        ASSERT_NE(act, nullptr) << name.toStdString();
        EXPECT_EQ(act->shortcut(), QKeySequence(key)) << name.toStdString();
        EXPECT_TRUE(act->isCheckable());
    }
    // No shortcut is taken twice anywhere in the window.
    std::map<QString, QString> owner;
    for (QAction* act : win.w->findChildren<QAction*>()) {
        for (const QKeySequence& k : act->shortcuts()) {
            const QString text = k.toString();
            auto [it, fresh] = owner.emplace(text, act->objectName());
            EXPECT_TRUE(fresh || it->second == act->objectName())
                << text.toStdString() << ": " << it->second.toStdString() << " and "
                << act->objectName().toStdString();
        }
    }
    // One Analysis menu, holding the toggle.
    const auto menus = win.w->menuBar()->findChildren<QMenu*>("analysisMenu");
    ASSERT_EQ(menus.size(), 1);
    EXPECT_TRUE(menus.front()->actions().contains(a->toggleAction()));
    EXPECT_NE(win.w->findChild<QDockWidget*>("candidatesDock"), nullptr);
}

TEST(AnalysisActionsTest, HeatmapsAreExclusiveAndOverlaysReachTheBoard) {
    Window win;
    AnalysisActions* a = win.a();
    a->setFlags({});
    a->overlayAction("policy")->trigger();
    EXPECT_TRUE(win.w->board()->overlayFlags().policy);
    a->overlayAction("human")->trigger();
    EXPECT_TRUE(win.w->board()->overlayFlags().human);
    EXPECT_FALSE(win.w->board()->overlayFlags().policy);  // one heatmap at a time
    a->overlayAction("human")->trigger();
    EXPECT_FALSE(win.w->board()->overlayFlags().human);  // and none
    a->overlayAction("ownership")->trigger();
    EXPECT_TRUE(win.w->board()->overlayFlags().ownership);
    // Turning an overlay on starts the analysis it needs.
    EXPECT_TRUE(a->controller()->isActive());
    // The choice is remembered.
    EXPECT_EQ(QSettings().value("analysis/overlays").toString(), "ownership");
    a->setActive(false);
}

TEST(AnalysisActionsTest, AnalysisFillsTableBoardAndStatus) {
    Window win;
    MainWindow& w = *win.w;
    ASSERT_TRUE(playAll(*w.model(), {"E5", "C3", "G7"}));
    OverlayFlags f;
    f.candidates = f.ownership = true;
    win.a()->setFlags(f);
    const QImage off = w.board()->renderToImage({450, 450});
    win.a()->toggleAction()->trigger();
    ASSERT_TRUE(win.a()->controller()->isActive());
    AnalysisController* c = win.a()->controller();
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->snapshot() && c->snapshot()->rootVisits >= 200; },
                                kWaitMs));
    EXPECT_GT(win.a()->candidates()->model()->rowCount(), 0);
    EXPECT_FALSE(w.board()->overlay().candidates.empty());
    EXPECT_FALSE(w.board()->overlay().ownership.empty());
    EXPECT_TRUE(win.a()->statusText().contains("visits")) << win.a()->statusText().toStdString();
    const QImage on = w.board()->renderToImage({450, 450});
    EXPECT_NE(on, off);
    // Hovering a table row shows its PV on the board.
    win.a()->candidates()->view()->selectRow(0);
    EXPECT_FALSE(w.board()->overlay().pv.empty());
    // Navigation restarts: the old snapshot leaves the board at once.
    w.model()->back();
    EXPECT_FALSE(c->snapshot().has_value());
    EXPECT_EQ(w.board()->overlay().boardSize, 0);
    EXPECT_EQ(win.a()->candidates()->model()->rowCount(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return c->snapshot().has_value(); }, kWaitMs));
    EXPECT_EQ(c->snapshot()->toMove, w.model()->state().toMove());
    win.a()->toggleAction()->trigger();
    EXPECT_FALSE(c->isActive());
    EXPECT_TRUE(win.a()->statusText().isEmpty());
}

// An external analyser's snapshot (PlayActions::snapshot) shows on the
// board and in the table like the embedded engine's, and goes away when the
// position changes or the analyser is detached.
TEST(AnalysisActionsTest, ExternalAnalyserSnapshotsAreShown) {
    Window win;
    MainWindow& w = *win.w;
    ASSERT_TRUE(playAll(*w.model(), {"E5", "C3"}));
    OverlayFlags f;
    f.candidates = true;
    win.a()->setFlags(f);
    AnalysisSnapshot s;
    s.boardSize = 9;
    s.toMove = w.model()->state().toMove();
    s.rootVisits = 120;
    CandidateMove c;
    c.move = makeLoc(6, 2, 9);  // G7
    c.visits = 100;
    c.winrate = 0.61f;
    c.pv = {c.move};
    s.candidates.push_back(c);
    emit w.play()->snapshot(s);
    EXPECT_EQ(win.a()->candidates()->model()->rowCount(), 1);
    ASSERT_EQ(w.board()->overlay().candidates.size(), 1u);
    EXPECT_EQ(w.board()->overlay().boardSize, 9);
    // Another position: the external lines of the old one are dropped.
    w.model()->back();
    EXPECT_EQ(win.a()->candidates()->model()->rowCount(), 0);
    EXPECT_EQ(w.board()->overlay().boardSize, 0);
    // Detaching clears too.
    emit w.play()->snapshot(s);
    EXPECT_EQ(win.a()->candidates()->model()->rowCount(), 1);
    emit w.play()->analyserDetached();
    EXPECT_EQ(win.a()->candidates()->model()->rowCount(), 0);
}

TEST(AnalysisActionsTest, ResponsivenessWhileAnalysingAndNavigating) {
    const char* file = "/usr/share/goban/M-68-3.sgf";
    if (!QFile::exists(file)) GTEST_SKIP() << file << " missing (goban-original-games)";
    Window win;
    MainWindow& w = *win.w;
    test::DialogRecorder rec;
    rec.install(*w.files());
    w.resize(1200, 800);
    w.show();
    ASSERT_TRUE(w.files()->openFile(file));
    w.model()->forward(100);
    OverlayFlags f;
    f.candidates = f.surprise = f.policy = true;
    win.a()->setFlags(f);
    ResponsivenessParams p;
    p.rapidSteps = 50;
    p.dwellSteps = 10;
    p.timeoutMs = kWaitMs;
    const ResponsivenessResult r = measureResponsiveness(w, p);
    std::printf("[ figures  ] %s\n", qPrintable(r.summary()));
    EXPECT_TRUE(r.lastArrived);
    EXPECT_EQ(r.missing, 0);
    EXPECT_EQ(int(r.latencyMs.size()), p.dwellSteps);
    win.a()->setActive(false);
}

}  // namespace
}  // namespace m37::ui
