// Annotated SGF in the GUI: opening the golden annotated 9x9 game
// (tests/data/review/annotated_9x9.sgf) shows its graph, mistakes, key
// moments and stored candidates at once with no search; clicking a key
// moment (or K) jumps there; File ▸ Export Annotated SGF writes the review
// (read from the file or made by "analyse whole game") so that
// readAnnotation gives it back and GNU Go loads the file; an export
// without a review analyses first; damaged or truncated annotations open
// with warnings.
#include <gtest/gtest.h>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "engine/review/annotation.h"
#include "engine/sgf/sgf_reader.h"
#include "tests/ui/review_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/analysis_actions.h"
#include "ui/annotation_review.h"
#include "ui/candidates_table.h"
#include "ui/engine_settings.h"
#include "ui/game_review_actions.h"
#include "ui/key_moments_panel.h"
#include "ui/main_window.h"
#include "ui/mistakes_panel.h"
#include "ui/shortcuts_dialog.h"
#include "ui/winrate_graph.h"

namespace m37::ui {
namespace {

QString goldenFile() {
    return QStringLiteral(MOVE37_REVIEW_TEST_DATA_DIR "/annotated_9x9.sgf");
}

std::string readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll().toStdString();
}

AnnotationRead readFileAnnotation(const QString& path) {
    SgfReadResult r = readSgfFile(QFile::encodeName(path).toStdString());
    if (r.games.empty()) return {};
    return readAnnotation(*r.games[0]);
}

class AnnotationReviewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        QSettings().setValue("engine/threads", 1);
        window = std::make_unique<MainWindow>(MainWindowParams{9});
        dialogs.install(*window->files());
        ExportHooks& h = review().exportHooks();
        h.askPath = [this](const QString& suggested) {
            suggestedPath = suggested;
            return exportPath;
        };
        h.askAnalyseFirst = [this](int) {
            ++askedAnalyse;
            return analyseFirst;
        };
        h.showError = [this](const QString& title, const QString& text) {
            exportErrors << title + "\n" + text;
        };
        window->resize(1200, 850);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(dir.isValid());
    }
    void TearDown() override {
        window.reset();
        QSettings().clear();
    }
    GameTreeModel& model() { return *window->model(); }
    GameReviewActions& review() { return *window->review(); }
    // Opens a file and lets the deferred annotation read run.
    bool open(const QString& path) {
        if (!window->files()->openFile(path)) return false;
        QCoreApplication::processEvents();
        return true;
    }
    QString tempFile(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
    QString writeTemp(const char* name, const std::string& text) const {
        const QString path = tempFile(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.write(text.data(), qint64(text.size()));
        return path;
    }

    std::unique_ptr<MainWindow> window;
    test::DialogRecorder dialogs;
    QTemporaryDir dir;
    QString exportPath, suggestedPath;
    bool analyseFirst = false;
    int askedAnalyse = 0;
    QStringList exportErrors;
};

TEST_F(AnnotationReviewTest, AnAnnotatedFileShowsItsReviewWithoutASearch) {
    const AnnotationRead expected = readFileAnnotation(goldenFile());
    ASSERT_TRUE(expected.ok) << expected.error;
    const int analysed = expected.review.analysedCount();
    ASSERT_GT(analysed, 1);

    ASSERT_TRUE(open(goldenFile()));
    EXPECT_TRUE(review().runner()->stored());
    EXPECT_TRUE(review().annotationWarnings().isEmpty())
        << review().annotationWarnings().join('\n').toStdString();
    // The graph: one point per analysed position.
    EXPECT_EQ(review().graph()->pointCount(), analysed);
    EXPECT_TRUE(review().graph()->hasScore());
    // Mistakes: the reviewed moves at the panel's threshold.
    std::vector<int> mistakes;
    for (const MoveReview& m : expected.review.moves)
        if (m.category >= review().mistakes()->threshold()) mistakes.push_back(m.moveNumber);
    ASSERT_FALSE(mistakes.empty());
    EXPECT_EQ(review().mistakes()->listedMoves(), mistakes);
    // Key moments: the finder's, with a surprise among them.
    ASSERT_FALSE(expected.keyMoments.empty());
    std::vector<int> moments;
    bool surprise = false;
    for (const KeyMoment& k : expected.keyMoments) {
        moments.push_back(k.moveNumber);
        surprise |= k.kind == KeyMomentKind::kSurprise;
    }
    EXPECT_TRUE(surprise);
    EXPECT_EQ(review().keyMoments()->listedMoves(), moments);
    EXPECT_TRUE(window->messageText().contains("Stored review"))
        << window->messageText().toStdString();

    // The stored candidates of the position on screen: board and table.
    model().toStart();
    ASSERT_TRUE(model().forward());
    const auto& snap = expected.review.snapshots[1];
    ASSERT_TRUE(snap.has_value());
    ASSERT_FALSE(snap->candidates.empty());
    CandidatesTable* table = window->analysis()->candidates();
    EXPECT_EQ(table->model()->rowCount(), int(snap->candidates.size()));
    EXPECT_EQ(table->model()->moveAt(0), snap->candidates.front().move);
    ASSERT_TRUE(window->board()->analysis().has_value());
    EXPECT_EQ(window->board()->overlay().candidates.size(), snap->candidates.size());
    // The surprise marker from the stored human priors (move 5's position).
    model().toStart();
    for (int i = 0; i < 4; ++i) model().forward();
    EXPECT_TRUE(window->board()->overlay().surprise.has_value());

    // No search ran: neither live analysis nor a whole-game review.
    EXPECT_FALSE(window->analysis()->controller()->isActive());
    EXPECT_EQ(window->analysis()->controller()->requestId(), 0u);
    EXPECT_EQ(review().runner()->runsStarted(), 0);
    EXPECT_FALSE(review().runner()->running());
}

TEST_F(AnnotationReviewTest, LiveAnalysisTakesOverFromTheStoredCandidates) {
    ASSERT_TRUE(open(goldenFile()));
    model().toStart();
    ASSERT_TRUE(window->board()->analysis().has_value());
    window->analysis()->setActive(true);
    // The stored snapshot is dropped at once; the live one comes later.
    EXPECT_FALSE(window->board()->analysis().has_value());
    window->analysis()->setActive(false);
    ASSERT_TRUE(window->board()->analysis().has_value());
    EXPECT_EQ(window->board()->analysis()->rootVisits, 200);
}

TEST_F(AnnotationReviewTest, ClickingAKeyMomentOrKJumpsThere) {
    ASSERT_TRUE(open(goldenFile()));
    KeyMomentsPanel* panel = review().keyMoments();
    const std::vector<int> moments = panel->listedMoves();
    ASSERT_GE(moments.size(), 2u);
    model().toStart();
    QTreeWidgetItem* last = panel->list()->topLevelItem(panel->list()->topLevelItemCount() - 1);
    QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {},
                      panel->list()->visualItemRect(last).center());
    EXPECT_EQ(model().moveNumber(), moments.back());
    EXPECT_EQ(review().graph()->currentMove(), moments.back());

    model().toStart();
    QTest::keyClick(window.get(), Qt::Key_K);
    EXPECT_EQ(model().moveNumber(), moments.front());
    model().toEnd();
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ShiftModifier);
    EXPECT_EQ(model().moveNumber(), moments.back());
    QTest::keyClick(window.get(), Qt::Key_K);
    EXPECT_TRUE(window->messageText().contains("No key moment after"));

    // A kind filter narrows the list.
    panel->setFilter(KeyMomentKind::kSurprise);
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
        EXPECT_EQ(panel->list()->topLevelItem(i)->text(3), "Surprise");
    EXPECT_GT(panel->list()->topLevelItemCount(), 0);
    EXPECT_LT(panel->listedMoves().size(), moments.size());

    // F1 lists the keys.
    ShortcutsDialog shortcuts(window.get());
    EXPECT_EQ(shortcuts.shortcutOf("Next Key Moment"), "K");
    EXPECT_EQ(shortcuts.shortcutOf("Previous Key Moment"), "Shift+K");
    EXPECT_FALSE(shortcuts.shortcutOf("Export Annotated SGF").isEmpty());
}

TEST_F(AnnotationReviewTest, TheExportIsInTheFileMenuAndTheDockInTheViewMenu) {
    auto* file = window->menuBar()->findChild<QMenu*>("fileMenu");
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->actions().contains(review().exportAction()));
    auto* dock = window->findChild<QDockWidget*>("keyMomentsDock");
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->widget(), review().keyMoments());
}

// Same analysis: same visits, winrate, lead and candidates per position.
void expectSameReview(const ReviewedLine& a, const ReviewedLine& b) {
    ASSERT_EQ(a.snapshots.size(), b.snapshots.size());
    for (size_t i = 0; i < a.snapshots.size(); ++i) {
        ASSERT_EQ(a.snapshots[i].has_value(), b.snapshots[i].has_value()) << "position " << i;
        if (!a.snapshots[i]) continue;
        const AnalysisSnapshot &x = *a.snapshots[i], &y = *b.snapshots[i];
        EXPECT_EQ(x.rootVisits, y.rootVisits) << "position " << i;
        EXPECT_NEAR(x.rootWinrate, y.rootWinrate, 1e-3) << "position " << i;
        EXPECT_EQ(x.rootScoreLead.has_value(), y.rootScoreLead.has_value());
        ASSERT_EQ(x.candidates.size(), y.candidates.size()) << "position " << i;
        for (size_t k = 0; k < x.candidates.size(); ++k) {
            EXPECT_EQ(x.candidates[k].move, y.candidates[k].move);
            EXPECT_EQ(x.candidates[k].visits, y.candidates[k].visits);
            EXPECT_EQ(x.candidates[k].humanPrior.has_value(),
                      y.candidates[k].humanPrior.has_value());
        }
        EXPECT_EQ(x.candidates.empty() ? std::vector<Loc>{} : x.candidates[0].pv,
                  y.candidates.empty() ? std::vector<Loc>{} : y.candidates[0].pv);
    }
    ASSERT_EQ(a.moves.size(), b.moves.size());
    for (size_t i = 0; i < a.moves.size(); ++i) {
        EXPECT_EQ(a.moves[i].moveNumber, b.moves[i].moveNumber);
        EXPECT_EQ(a.moves[i].category, b.moves[i].category) << "move " << a.moves[i].moveNumber;
        EXPECT_EQ(a.moves[i].bestMove, b.moves[i].bestMove);
    }
}

// GNU Go reads the file: `loadsgf` answers with the colour to play.
bool gnugoLoads(const QString& path, QString* answer) {
    QProcess gnugo;
    gnugo.start("/usr/games/gnugo", {"--mode", "gtp"});
    if (!gnugo.waitForStarted(10000)) return false;
    gnugo.write(("loadsgf " + path + "\nquit\n").toUtf8());
    gnugo.closeWriteChannel();
    if (!gnugo.waitForFinished(30000)) return false;
    *answer = QString::fromUtf8(gnugo.readAllStandardOutput());
    return gnugo.exitCode() == 0;
}

TEST_F(AnnotationReviewTest, ExportingAStoredReviewWritesItBack) {
    ASSERT_TRUE(open(goldenFile()));
    exportPath = tempFile("golden-again.sgf");
    review().exportAction()->trigger();
    EXPECT_TRUE(exportErrors.isEmpty()) << exportErrors.join('\n').toStdString();
    EXPECT_TRUE(suggestedPath.endsWith("annotated_9x9.m37.sgf")) << suggestedPath.toStdString();
    EXPECT_EQ(askedAnalyse, 0);
    const AnnotationRead before = readFileAnnotation(goldenFile());
    const AnnotationRead after = readFileAnnotation(exportPath);
    ASSERT_TRUE(after.ok) << after.error;
    EXPECT_TRUE(after.warnings.empty());
    expectSameReview(before.review, after.review);
    ASSERT_TRUE(after.info.has_value());
    EXPECT_TRUE(after.info->sameAnalysis(*before.info));
    EXPECT_EQ(after.keyMoments.size(), before.keyMoments.size());
    // The writer prints the values it read: the text comes back unchanged.
    EXPECT_EQ(readText(exportPath), readText(goldenFile()));
    // The open game is not changed by an export.
    EXPECT_FALSE(model().isModified());

    QString answer;
    ASSERT_TRUE(gnugoLoads(exportPath, &answer)) << answer.toStdString();
    EXPECT_TRUE(answer.startsWith("= black") || answer.startsWith("= white"))
        << answer.toStdString();
}

TEST_F(AnnotationReviewTest, ExportingAWholeGameAnalysisRoundTrips) {
    ASSERT_TRUE(test::loadGame(model(), test::kBlunderGame));
    QCoreApplication::processEvents();
    QSignalSpy finished(review().runner(), &GameReviewRunner::finished);
    ASSERT_TRUE(review().analyseWholeGame(300));
    ASSERT_TRUE(finished.wait(120000));
    ASSERT_TRUE(finished.at(0).at(0).toBool());
    const int positions = review().runner()->total();
    ASSERT_EQ(review().runner()->done(), positions);
    // Live key moments: the blunder at move 1 is one.
    const std::vector<int> moments = review().keyMoments()->listedMoves();
    EXPECT_NE(std::find(moments.begin(), moments.end(), 1), moments.end());

    exportPath = tempFile("blunder.m37.sgf");
    ASSERT_TRUE(review().exportAnnotated(exportPath)) << exportErrors.join('\n').toStdString();
    const AnnotationRead read = readFileAnnotation(exportPath);
    ASSERT_TRUE(read.ok) << read.error;
    EXPECT_TRUE(read.warnings.empty());
    EXPECT_EQ(read.review.analysedCount(), positions);
    ASSERT_TRUE(read.info.has_value());
    EXPECT_EQ(read.info->visits, 300);
    // The engine network of the settings (the shipped 9x9 net by default).
    const QString net = EngineSettings::load().networkPath;
    EXPECT_EQ(read.info->network,
              net.isEmpty() ? std::string("rollouts") : QFileInfo(net).fileName().toStdString());
    // What the runner found, as written (values rounded to the printed digits).
    const auto& snaps = review().runner()->snapshots();
    ASSERT_EQ(read.review.snapshots.size(), snaps.size());
    for (size_t i = 0; i < snaps.size(); ++i) {
        ASSERT_TRUE(snaps[i] && read.review.snapshots[i]);
        EXPECT_EQ(read.review.snapshots[i]->rootVisits, snaps[i]->rootVisits);
        EXPECT_NEAR(read.review.snapshots[i]->rootWinrate, snaps[i]->rootWinrate, 6e-4);
        EXPECT_EQ(read.review.snapshots[i]->candidates.front().move,
                  snaps[i]->candidates.front().move);
    }
    ASSERT_EQ(read.review.moves.size(), review().runner()->moves().size());
    for (size_t i = 0; i < read.review.moves.size(); ++i)
        EXPECT_EQ(read.review.moves[i].bestMove, review().runner()->moves()[i].bestMove);

    QString answer;
    ASSERT_TRUE(gnugoLoads(exportPath, &answer)) << answer.toStdString();
    EXPECT_TRUE(answer.startsWith("= ")) << answer.toStdString();

    // Opening the export shows the same review without a search.
    const int runs = review().runner()->runsStarted();
    dialogs.answer = QMessageBox::Discard;
    ASSERT_TRUE(open(exportPath));
    EXPECT_TRUE(review().runner()->stored());
    EXPECT_EQ(review().graph()->pointCount(), positions);
    EXPECT_EQ(review().runner()->runsStarted(), runs);
    EXPECT_EQ(review().keyMoments()->listedMoves().empty(), moments.empty());
}

TEST_F(AnnotationReviewTest, ExportWithoutAReviewAnalysesFirst) {
    ASSERT_TRUE(test::loadGame(model(), test::kBlunderGame));
    QCoreApplication::processEvents();
    exportPath = tempFile("first.sgf");
    analyseFirst = false;
    review().exportAnnotatedDialog();
    EXPECT_EQ(askedAnalyse, 1);
    EXPECT_FALSE(review().runner()->running());
    EXPECT_FALSE(QFile::exists(exportPath));

    analyseFirst = true;
    QSettings().setValue("review/visits", 100);
    QSignalSpy exported(&review(), &GameReviewActions::exported);
    review().exportAnnotatedDialog();
    EXPECT_EQ(askedAnalyse, 2);
    EXPECT_TRUE(review().runner()->running());  // the GUI did not wait
    ASSERT_TRUE(exported.wait(120000));
    EXPECT_EQ(exported.at(0).at(0).toString(), exportPath);
    const AnnotationRead read = readFileAnnotation(exportPath);
    ASSERT_TRUE(read.ok);
    EXPECT_EQ(read.review.analysedCount(), int(read.line.size()));
    EXPECT_EQ(read.info->visits, 100);
}

TEST_F(AnnotationReviewTest, DamagedAnnotationsOpenWithWarnings) {
    std::string text = readText(goldenFile());
    ASSERT_FALSE(text.empty());
    // A hand-edited position (cut MZA) and candidate (cut MZC value).
    auto replace = [&text](const std::string& from, const std::string& to) {
        const size_t at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
    };
    replace("MZA[200 0.400 -2.0 0.1]", "MZA[200 0.4]");
    replace("[H2 40 0.580 2.2 0.123 0.05]", "[H2 40 0.5]");
    const AnnotationRead golden = readFileAnnotation(goldenFile());
    ASSERT_TRUE(open(writeTemp("damaged.sgf", text)));
    EXPECT_TRUE(review().runner()->stored());
    ASSERT_GE(review().annotationWarnings().size(), 2);
    EXPECT_TRUE(review().annotationWarnings().join('\n').contains("MZA"));
    EXPECT_TRUE(window->messageText().contains("ignored")) << window->messageText().toStdString();
    EXPECT_EQ(review().graph()->pointCount(), golden.review.analysedCount() - 1);

    // A file cut off after a value: the positions before the cut show.
    const std::string whole = readText(goldenFile());
    const size_t cut = whole.find("MZA[200 0.420 -1.5 0.004]");
    ASSERT_NE(cut, std::string::npos);
    dialogs.answer = QMessageBox::Discard;
    ASSERT_TRUE(open(writeTemp("truncated.sgf", whole.substr(0, cut + 25))));
    EXPECT_FALSE(dialogs.warnings.isEmpty());  // the reader's "missing ')'"
    EXPECT_TRUE(review().runner()->stored());
    EXPECT_EQ(review().graph()->pointCount(), 5);

    // Unreadable everywhere: no review, a warning, no crash.
    std::string bad = whole;
    for (size_t at = bad.find("MZA["); at != std::string::npos; at = bad.find("MZA[", at + 1))
        bad.replace(at, 4, "MZA[x");
    ASSERT_TRUE(open(writeTemp("bad.sgf", bad)));
    EXPECT_FALSE(review().runner()->stored());
    EXPECT_EQ(review().graph()->pointCount(), 0);
    EXPECT_FALSE(review().annotationWarnings().isEmpty());
}

TEST(BoardHoverTest, NoGhostStonesInScreenshotMode) {
    QSettings().clear();
    GameTreeModel model(NewGameParams{9});
    BoardWidget board(&model);
    board.resize(400, 400);
    board.show();
    const QImage plain = board.grab().toImage();
    const QPoint at = test::pixelOf(board, "E5");
    QTest::mouseMove(&board, at);
    QMouseEvent move(QEvent::MouseMove, QPointF(at), board.mapToGlobal(QPointF(at)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&board, &move);
    EXPECT_NE(board.grab().toImage(), plain);  // the ghost stone

    board.setHoverEnabled(false);
    EXPECT_EQ(board.grab().toImage(), plain);
    QCoreApplication::sendEvent(&board, &move);
    EXPECT_EQ(board.grab().toImage(), plain);

    // The next move's translucent stone can be turned off too.
    ASSERT_TRUE(test::playAll(model, {"C3"}));
    ASSERT_TRUE(model.back());
    EXPECT_NE(board.grab().toImage(), plain);
    board.setShowNextMoves(false);
    EXPECT_EQ(board.grab().toImage(), plain);
}

}  // namespace
}  // namespace m37::ui
