#include "ui/game_review_actions.h"

#include "ui/analysis_actions.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

#include "ui/engine_settings.h"
#include "ui/game_tree_model.h"
#include "ui/mistakes_panel.h"
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

    QMenu* menu = analysisMenu(window_);
    menu->addActions({analyse_, stop_});
    menu->addSeparator();
    menu->addActions({next, previous});
    if (viewMenu)
        viewMenu->addActions({graphDock_->toggleViewAction(), mistakesDock_->toggleViewAction()});

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
    });
    connect(runner_, &GameReviewRunner::warning, this,
            [this](const QString& text) { showMessage_(text); });
    connect(runner_, &GameReviewRunner::finished, this, [this](bool completed) {
        setBusy(false);
        const int listed = int(mistakes_->listedMoves().size());
        showMessage_(completed ? tr("Whole-game analysis done: %n mistake(s) listed.", "", listed)
                               : tr("Whole-game analysis stopped."));
    });
    connect(graph_, &WinrateGraph::moveClicked, this, &GameReviewActions::goToMove);
    connect(mistakes_, &MistakesPanel::moveActivated, this, &GameReviewActions::goToMove);
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

void GameReviewActions::onModelChanged() {
    graph_->setCurrentMove(model_->moveNumber());
    mistakes_->setCurrentMove(model_->moveNumber());
}

void GameReviewActions::onTreeChanged() {
    // Edits keep the review; a new game or another file drops it. An edit
    // says edited() right after treeChanged(), a new tree does not.
    maybeNewTree_ = true;
    QTimer::singleShot(0, this, [this] {
        if (!maybeNewTree_) return;
        maybeNewTree_ = false;
        runner_->reset();
        clearResults();
        setBusy(false);
    });
}

void GameReviewActions::clearResults() {
    graph_->clear();
    mistakes_->clear();
}

void GameReviewActions::setBusy(bool busy) {
    progress_->setVisible(busy);
    cancelButton_->setVisible(busy);
    cancelButton_->setEnabled(busy);
    stop_->setEnabled(busy);
}

}  // namespace m37::ui
