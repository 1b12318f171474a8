#include "ui/game_review_actions.h"

#include "ui/analysis_actions.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <memory>
#include <utility>

#include "engine/review/key_moments.h"
#include "engine/sgf/sgf_writer.h"
#include "ui/annotation_review.h"
#include "ui/engine_settings.h"
#include "ui/game_tree_model.h"
#include "ui/key_moments_panel.h"
#include "ui/mistakes_panel.h"
#include "ui/sgf_file_controller.h"
#include "ui/winrate_graph.h"

namespace m37::ui {

namespace {

constexpr int kDefaultVisits = 400;

int savedVisits() {
    bool ok = false;
    const int v = QSettings().value("review/visits").toInt(&ok);
    return ok && v >= 1 && v <= 1'000'000 ? v : kDefaultVisits;
}

}  // namespace

GameReviewActions::GameReviewActions(QMainWindow* window, GameTreeModel* model, QMenu* viewMenu,
                                     std::function<void(const QString&)> showMessage)
    : QObject(window), window_(window), model_(model), showMessage_(std::move(showMessage)) {
    runner_ = new GameReviewRunner(this);
    graph_ = new WinrateGraph(window_);
    graph_->setObjectName("winrateGraph");
    graphDock_ = new QDockWidget(tr("Winrate Graph"), window_);
    graphDock_->setObjectName("winrateGraphDock");
    graphDock_->setWidget(graph_);
    window_->addDockWidget(Qt::BottomDockWidgetArea, graphDock_);
    mistakes_ = new MistakesPanel(window_);
    mistakes_->setObjectName("mistakesPanel");
    mistakesDock_ = new QDockWidget(tr("Mistakes"), window_);
    mistakesDock_->setObjectName("mistakesDock");
    mistakesDock_->setWidget(mistakes_);
    window_->addDockWidget(Qt::BottomDockWidgetArea, mistakesDock_);
    keyMoments_ = new KeyMomentsPanel(window_);
    keyMoments_->setObjectName("keyMomentsPanel");
    keyMomentsDock_ = new QDockWidget(tr("Key Moments"), window_);
    keyMomentsDock_->setObjectName("keyMomentsDock");
    keyMomentsDock_->setWidget(keyMoments_);
    window_->addDockWidget(Qt::BottomDockWidgetArea, keyMomentsDock_);

    auto make = [this](const QString& text, const char* name, const QKeySequence& key,
                       const QString& tip) {
        auto* a = new QAction(text, window_);
        a->setObjectName(name);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setStatusTip(tip);
        window_->addAction(a);  // shortcuts work with menus hidden too
        return a;
    };
    using K = QKeySequence;
    analyse_ =
        make(tr("Analyse &Whole Game…"), "analyseWholeGame", K(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
             tr("Search every position of the current line and list the mistakes"));
    connect(analyse_, &QAction::triggered, this, &GameReviewActions::analyseWholeGameDialog);
    stop_ = make(tr("S&top Whole-Game Analysis"), "stopWholeGame", {},
                 tr("Stop the whole-game analysis (the results so far stay)"));
    stop_->setEnabled(false);
    connect(stop_, &QAction::triggered, this, &GameReviewActions::cancel);
    auto* next = make(tr("Ne&xt Mistake"), "nextMistake", K(Qt::Key_N),
                      tr("Go to the next listed mistake of the reviewed line"));
    connect(next, &QAction::triggered, this, &GameReviewActions::nextMistake);
    auto* previous = make(tr("Pre&vious Mistake"), "previousMistake", K(Qt::SHIFT | Qt::Key_N),
                          tr("Go to the previous listed mistake of the reviewed line"));
    connect(previous, &QAction::triggered, this, &GameReviewActions::previousMistake);

    auto* nextMoment = make(tr("Next &Key Moment"), "nextKeyMoment", K(Qt::Key_K),
                            tr("Go to the next surprise, mistake or turning point"));
    connect(nextMoment, &QAction::triggered, this, &GameReviewActions::nextKeyMoment);
    auto* previousMoment =
        make(tr("Previous K&ey Moment"), "previousKeyMoment", K(Qt::SHIFT | Qt::Key_K),
             tr("Go to the previous surprise, mistake or turning point"));
    connect(previousMoment, &QAction::triggered, this, &GameReviewActions::previousKeyMoment);
    export_ =
        make(tr("&Export Annotated SGF…"), "exportAnnotated", K(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
             tr("Write the game with the whole-game review: winrates, candidates, best "
                "lines, key moments"));
    connect(export_, &QAction::triggered, this, &GameReviewActions::exportAnnotatedDialog);

    QMenu* menu = analysisMenu(window_);
    menu->addActions({analyse_, stop_});
    menu->addSeparator();
    menu->addActions({next, previous, nextMoment, previousMoment});
    // File ▸ Export Annotated SGF…, after Save As (before Quit's separator).
    if (auto* file = window_->menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"))) {
        QAction* before = nullptr;
        const QList<QAction*> actions = file->actions();
        for (int i = 0; i < actions.size(); ++i)
            if (actions[i]->objectName() == QLatin1String("quit"))
                before = i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
        file->insertAction(before, export_);
    } else {
        menu->addSeparator();
        menu->addAction(export_);
    }
    if (viewMenu)
        viewMenu->addActions({graphDock_->toggleViewAction(), mistakesDock_->toggleViewAction(),
                              keyMomentsDock_->toggleViewAction()});

    progress_ = new QProgressBar(window_);
    progress_->setObjectName("reviewProgress");
    progress_->setMaximumWidth(180);
    progress_->setFormat(tr("Review %p%"));
    cancelButton_ = new QToolButton(window_);
    cancelButton_->setObjectName("reviewCancel");
    cancelButton_->setText(QStringLiteral("✕"));
    cancelButton_->setToolTip(tr("Stop the whole-game analysis"));
    cancelButton_->setAutoRaise(true);
    connect(cancelButton_, &QToolButton::clicked, this, &GameReviewActions::cancel);
    window_->statusBar()->addPermanentWidget(progress_);
    window_->statusBar()->addPermanentWidget(cancelButton_);
    setBusy(false);

    connect(runner_, &GameReviewRunner::progress, this, [this](int done, int total) {
        progress_->setMaximum(std::max(total, 1));
        progress_->setValue(done);
    });
    connect(runner_, &GameReviewRunner::positionReviewed, this, [this](const PositionReview& p) {
        graph_->setPoint(p.moveNumber, p.blackWinrate, p.blackScoreLead);
    });
    connect(runner_, &GameReviewRunner::moveReviewed, this, [this](const MoveReview& m) {
        mistakes_->addMove(m, runner_->line().boardSize);
        mistakes_->setCurrentMove(model_->moveNumber());
        updateKeyMoments();
    });
    connect(runner_, &GameReviewRunner::warning, this,
            [this](const QString& text) { showMessage_(text); });
    connect(runner_, &GameReviewRunner::finished, this, [this](bool completed) {
        setBusy(false);
        const int listed = int(mistakes_->listedMoves().size());
        showMessage_(completed ? tr("Whole-game analysis done: %n mistake(s) listed.", "", listed)
                               : tr("Whole-game analysis stopped."));
        showReviewSnapshot();
        const QString pending = std::exchange(pendingExport_, QString());
        if (pending.isEmpty()) return;
        if (completed)
            exportAnnotated(pending);
        else
            showMessage_(tr("Export cancelled: the whole-game analysis was stopped."));
    });
    connect(graph_, &WinrateGraph::moveClicked, this, &GameReviewActions::goToMove);
    connect(mistakes_, &MistakesPanel::moveActivated, this, &GameReviewActions::goToMove);
    connect(keyMoments_, &KeyMomentsPanel::moveActivated, this, &GameReviewActions::goToMove);

    exportHooks_.askPath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(window_, tr("Export Annotated SGF"), suggested,
                                            tr("SGF files (*.sgf *.SGF);;All files (*)"));
    };
    exportHooks_.askAnalyseFirst = [this](int visits) {
        return QMessageBox::question(
                   window_, tr("Export Annotated SGF"),
                   tr("This game has no review yet. Analyse the whole game first (%1 visits "
                      "per move)? The file is written when the analysis ends.")
                       .arg(visits)) == QMessageBox::Yes;
    };
    exportHooks_.showError = [this](const QString& title, const QString& text) {
        QMessageBox::critical(window_, title, text);
    };
    connect(model_, &GameTreeModel::changed, this, &GameReviewActions::onModelChanged);
    connect(model_, &GameTreeModel::treeChanged, this, &GameReviewActions::onTreeChanged);
    connect(model_, &GameTreeModel::edited, this, [this] { maybeNewTree_ = false; });
    onModelChanged();
}

GameReviewRunParams GameReviewActions::runParams(int visits) const {
    const EngineSettings e = EngineSettings::load();
    GameReviewRunParams p;
    p.review.visits = visits;
    p.search.threads = std::clamp(e.threads, 1, 64);
    p.search.setRolloutWeight(float(e.rolloutWeight));
    p.networkPath = e.networkPath.toStdString();
    p.humanPolicyPath = e.humanPolicyPath.toStdString();
    return p;
}

void GameReviewActions::analyseWholeGameDialog() {
    bool ok = false;
    const int visits =
        QInputDialog::getInt(window_, tr("Analyse Whole Game"), tr("Visits per move:"),
                             savedVisits(), 1, 1'000'000, 100, &ok);
    if (!ok) return;
    QSettings().setValue("review/visits", visits);
    analyseWholeGame(visits);
}

bool GameReviewActions::analyseWholeGame(int visits) {
    ReviewLine line = currentReviewLine(*model_);
    if (line.positions.empty()) return false;
    maybeNewTree_ = false;  // a tree loaded just before is the one reviewed
    clearResults();
    if (!runner_->start(std::move(line), runParams(visits))) return false;
    showReviewSnapshot();  // a stored review's snapshots are gone
    progress_->setMaximum(runner_->total());
    progress_->setValue(0);
    setBusy(true);
    showMessage_(tr("Analysing %n position(s) at %1 visits…", "", runner_->total()).arg(visits));
    return true;
}

void GameReviewActions::cancel() {
    if (!runner_->running()) return;
    runner_->cancel();  // finished() follows from the worker
    cancelButton_->setEnabled(false);
    showMessage_(tr("Stopping the whole-game analysis…"));
}

bool GameReviewActions::goToMove(int moveNumber) {
    const ReviewLine& line = runner_->line();
    if (line.positions.empty()) return false;
    const SgfNode* node = nodeOfMove(model_->root(), line.moves, moveNumber, line.boardSize);
    return node && model_->goTo(node);
}

bool GameReviewActions::nextMistake() {
    if (auto m = mistakes_->nextMistake(model_->moveNumber())) return goToMove(*m);
    showMessage_(tr("No listed mistake after this move."));
    return false;
}

bool GameReviewActions::previousMistake() {
    if (auto m = mistakes_->previousMistake(model_->moveNumber())) return goToMove(*m);
    showMessage_(tr("No listed mistake before this move."));
    return false;
}

bool GameReviewActions::nextKeyMoment() {
    if (auto m = keyMoments_->nextMoment(model_->moveNumber())) return goToMove(*m);
    showMessage_(tr("No key moment after this move."));
    return false;
}

bool GameReviewActions::previousKeyMoment() {
    if (auto m = keyMoments_->previousMoment(model_->moveNumber())) return goToMove(*m);
    showMessage_(tr("No key moment before this move."));
    return false;
}

void GameReviewActions::onModelChanged() {
    graph_->setCurrentMove(model_->moveNumber());
    mistakes_->setCurrentMove(model_->moveNumber());
    keyMoments_->setCurrentMove(model_->moveNumber());
}

void GameReviewActions::attach(AnalysisActions* analysis, SgfFileController* files) {
    files_ = files;
    analysis_ = analysis;
    if (!analysis_) return;
    // After AnalysisActions' own handler (which drops a snapshot of another node).
    connect(model_, &GameTreeModel::changed, this, &GameReviewActions::showReviewSnapshot);
    connect(analysis_->controller(), &AnalysisController::activeChanged, this, [this](bool on) {
        if (!on) {
            showReviewSnapshot();
        } else if (showingSnapshot_) {
            showingSnapshot_ = false;
            analysis_->clearExternalSnapshot();  // the live analysis takes over
        }
    });
    showReviewSnapshot();
}

std::optional<AnalysisSnapshot> GameReviewActions::reviewSnapshot() const {
    const ReviewLine& line = runner_->line();
    const GameState& st = model_->state();
    const auto& snaps = runner_->snapshots();
    for (size_t i = 0; i < line.positions.size() && i < snaps.size(); ++i) {
        const GameState& g = line.positions[i];
        if (g.moveNumber() != st.moveNumber()) continue;
        if (snaps[i] && g.size() == st.size() && g.board().hash() == st.board().hash() &&
            snaps[i]->toMove == st.toMove())
            return snaps[i];
        break;
    }
    return std::nullopt;
}

void GameReviewActions::showReviewSnapshot() {
    if (!analysis_ || analysis_->controller()->isActive()) return;
    if (auto s = reviewSnapshot()) {
        analysis_->showExternalSnapshot(*s);
        showingSnapshot_ = true;
    } else if (showingSnapshot_) {
        showingSnapshot_ = false;
        analysis_->clearExternalSnapshot();
    }
}

bool GameReviewActions::hasReview() const {
    for (const auto& s : runner_->snapshots())
        if (s) return true;
    return false;
}

void GameReviewActions::updateKeyMoments() {
    keyMoments_->setMoments(findKeyMoments(runner_->moves()), runner_->line().boardSize);
    keyMoments_->setCurrentMove(model_->moveNumber());
}

void GameReviewActions::showResults() {
    clearResults();
    const int size = runner_->line().boardSize;
    for (const PositionReview& p : runner_->positions())
        graph_->setPoint(p.moveNumber, p.blackWinrate, p.blackScoreLead);
    for (const MoveReview& m : runner_->moves()) mistakes_->addMove(m, size);
    updateKeyMoments();
    onModelChanged();
}

bool GameReviewActions::loadStoredReview() {
    QStringList warnings;
    std::optional<StoredReview> stored = readStoredReview(model_->root(), &warnings);
    annotationWarnings_ = warnings;
    for (const QString& w : warnings) qWarning("move37 annotation: %s", qPrintable(w));
    if (!stored) {
        if (!warnings.isEmpty())
            showMessage_(
                tr("The game's move37 review could not be read: %1").arg(warnings.front()));
        return false;
    }
    const int total = int(stored->line.positions.size());
    runner_->setStored(std::move(stored->line), stored->review, stored->info);
    showResults();
    QString text = tr("Stored review: %1 of %2 positions analysed, %n key moment(s).", "",
                      int(keyMoments_->moments().size()))
                       .arg(stored->analysed)
                       .arg(total);
    if (!warnings.isEmpty())
        text += tr(" %n annotation value(s) ignored: %1", "", int(warnings.size()))
                    .arg(warnings.front());
    showMessage_(text);
    showReviewSnapshot();
    return true;
}

void GameReviewActions::exportAnnotatedDialog() {
    QString suggested;
    const QString path = files_ ? files_->path() : QString();
    if (path.isEmpty()) {
        suggested = QDir(QDir::homePath()).filePath(QStringLiteral("game.m37.sgf"));
    } else {
        const QFileInfo f(path);
        suggested = f.dir().filePath(f.completeBaseName() + QStringLiteral(".m37.sgf"));
    }
    if (!hasReview() && !runner_->running()) {
        const int visits = savedVisits();
        if (!exportHooks_.askAnalyseFirst(visits)) return;
        const QString out = exportHooks_.askPath(suggested);
        if (out.isEmpty()) return;
        if (!analyseWholeGame(visits)) {
            exportHooks_.showError(tr("Export Annotated SGF"),
                                   tr("The game has no position to analyse."));
            return;
        }
        pendingExport_ = out;
        return;
    }
    const QString out = exportHooks_.askPath(suggested);
    if (out.isEmpty()) return;
    if (runner_->running()) {
        pendingExport_ = out;
        showMessage_(
            tr("%1 is written when the whole-game analysis ends.").arg(QFileInfo(out).fileName()));
        return;
    }
    exportAnnotated(out);
}

bool GameReviewActions::exportAnnotated(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    const QString title = tr("Cannot export %1").arg(name);
    std::unique_ptr<SgfNode> game = model_->root().clone();
    std::string error;
    if (!writeAnnotatedGame(*game, *runner_, AnnotationParams{}, &error)) {
        exportHooks_.showError(title, tr("%1: %2").arg(name, QString::fromStdString(error)));
        showMessage_(tr("Export failed: %1").arg(QString::fromStdString(error)));
        return false;
    }
    QString why;
    if (!writeFileAtomically(path, writeSgf(*game), &why)) {
        exportHooks_.showError(title,
                               tr("%1 could not be written: %2\nNothing was changed on disk.")
                                   .arg(QDir::toNativeSeparators(path), why));
        showMessage_(tr("Export failed: %1").arg(why));
        return false;
    }
    showMessage_(tr("Exported the annotated game to %1").arg(name));
    emit exported(path);
    return true;
}

void GameReviewActions::onTreeChanged() {
    // Edits keep the review; a new game or another file drops it. An edit
    // says edited() right after treeChanged(), a new tree does not.
    maybeNewTree_ = true;
    QTimer::singleShot(0, this, [this] {
        if (!maybeNewTree_) return;
        maybeNewTree_ = false;
        runner_->reset();
        pendingExport_.clear();
        clearResults();
        setBusy(false);
        // A file with a move37 annotation shows its review at once.
        if (!loadStoredReview()) showReviewSnapshot();
    });
}

void GameReviewActions::clearResults() {
    graph_->clear();
    mistakes_->clear();
    keyMoments_->clear();
}

void GameReviewActions::setBusy(bool busy) {
    progress_->setVisible(busy);
    cancelButton_->setVisible(busy);
    cancelButton_->setEnabled(busy);
    stop_->setEnabled(busy);
}

}  // namespace m37::ui
