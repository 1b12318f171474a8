#include "ui/play_actions.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include "ui/board_widget.h"
#include "ui/engine_console.h"
#include "ui/engine_settings.h"
#include "ui/external_analyser.h"
#include "ui/external_engines.h"
#include "ui/game_tree_model.h"
#include "ui/gtp_process.h"
#include "ui/main_window.h"
#include "ui/new_game_dialog.h"
#include "ui/scoring_view.h"

namespace m37::ui {

namespace {

QString kindKey(PlayerKind k) {
    switch (k) {
        case PlayerKind::kEmbedded:
            return QStringLiteral("embedded");
        case PlayerKind::kExternal:
            return QStringLiteral("external");
        default:
            return QStringLiteral("human");
    }
}

PlayerChoice savedPlayer(const QSettings& s, const QString& key) {
    PlayerChoice p;
    const QString kind = s.value(key + "Kind").toString();
    if (kind == QLatin1String("embedded")) p.kind = PlayerKind::kEmbedded;
    if (kind == QLatin1String("external")) {
        p.kind = PlayerKind::kExternal;
        p.engine = s.value(key + "Engine").toString().toStdString();
    }
    return p;
}

}  // namespace

PlayActions::PlayActions(QMainWindow* window, GameTreeModel* model, BoardWidget* board,
                         QMenu* viewMenu, std::function<void(const QString&)> message)
    : QObject(window), window_(window), model_(model), board_(board), message_(std::move(message)) {
    controller_ = new PlayController(model_, this);
    scoring_ = new ScoringView(board_);
    console_ = new EngineConsole(window_);
    consoleDock_ = new QDockWidget(tr("Engine Console"), window_);
    consoleDock_->setObjectName("engineConsoleDock");
    consoleDock_->setWidget(console_);
    window_->addDockWidget(Qt::BottomDockWidgetArea, consoleDock_);
    consoleDock_->hide();

    using K = QKeySequence;
    auto action = [this](const QString& text, const char* name, const QKeySequence& key = {}) {
        auto* a = new QAction(text, window_);
        a->setObjectName(name);
        if (!key.isEmpty()) a->setShortcut(key);
        window_->addAction(a);
        return a;
    };
    auto* play = action(tr("&Play Against Engine…"), "playAgainstEngine",
                        K(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(play, &QAction::triggered, this, &PlayActions::playAgainstEngineDialog);
    auto* resign = action(tr("&Resign"), "resign");
    connect(resign, &QAction::triggered, controller_, &PlayController::resign);
    auto* score = action(tr("&Score Game"), "scoreGame", K(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(score, &QAction::triggered, this, &PlayActions::scoreGame);
    auto* stop = action(tr("S&top Engines"), "stopEngines");
    connect(stop, &QAction::triggered, this, [this] {
        controller_->stop();
        message_(tr("The engines were stopped; the game stays on the board."));
    });
    auto* configure = action(tr("&Configure Engines…"), "configureEngines");
    connect(configure, &QAction::triggered, this, &PlayActions::configureEnginesDialog);
    auto* restart = action(tr("&Restart Engines"), "restartEngines");
    connect(restart, &QAction::triggered, this, [this] {
        controller_->restartEngines();
        if (analyser_) analyser_->restart();
    });

    // The window's Pass and Undo go through the controller (the same
    // without an engine; with one, undo takes back its reply too).
    QAction* passAct = window_->findChild<QAction*>("pass");
    QAction* undoAct = window_->findChild<QAction*>("undo");
    if (passAct) {
        QObject::disconnect(passAct, &QAction::triggered, model_, nullptr);
        connect(passAct, &QAction::triggered, controller_, &PlayController::pass);
    }
    if (undoAct) {
        QObject::disconnect(undoAct, &QAction::triggered, model_, nullptr);
        connect(undoAct, &QAction::triggered, controller_, &PlayController::undo);
    }

    QMenu* game = new QMenu(tr("&Game"), window_);
    game->setObjectName("gameMenu");
    game->addAction(play);
    game->addSeparator();
    if (passAct) game->addAction(passAct);
    game->addAction(resign);
    if (undoAct) game->addAction(undoAct);
    game->addSeparator();
    game->addAction(score);
    game->addAction(stop);
    QMenu* engines = new QMenu(tr("Eng&ines"), window_);
    engines->setObjectName("enginesMenu");
    engines->addAction(configure);
    opponentMenu_ = engines->addMenu(tr("Attach as &Opponent"));
    analyserMenu_ = engines->addMenu(tr("Attach as &Analyser"));
    detachAnalyserAct_ = engines->addAction(tr("&Detach Analyser"));
    detachAnalyserAct_->setObjectName("detachAnalyser");
    connect(detachAnalyserAct_, &QAction::triggered, this, &PlayActions::detachAnalyser);
    engines->addSeparator();
    engines->addAction(restart);
    QAction* before = viewMenu ? viewMenu->menuAction() : nullptr;
    window_->menuBar()->insertMenu(before, game);
    window_->menuBar()->insertMenu(before, engines);
    if (viewMenu) {
        QAction* toggle = consoleDock_->toggleViewAction();
        toggle->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        viewMenu->addAction(toggle);
    }
    rebuildEngineMenus();

    connect(controller_, &PlayController::status, this, [this](const QString& t) { message_(t); });
    connect(controller_, &PlayController::engineFailed, this, &PlayActions::showFailure);
    connect(controller_, &PlayController::enginesChanged, this, &PlayActions::attachConsole);
    connect(controller_, &PlayController::scoringRequested, this, &PlayActions::scoreGame);
    connect(scoring_, &ScoringView::scoreChanged, this, [this](const QString& t) { message_(t); });
    connect(scoring_, &ScoringView::finished, this, [this](bool accepted) {
        if (accepted) message_(tr("Result: %1").arg(model_->gameInfo().result));
    });
    // Leaving the position ends scoring.
    connect(model_, &GameTreeModel::changed, this, [this] {
        if (scoring_->active()) scoring_->cancel();
    });
}

void PlayActions::rebuildEngineMenus() {
    opponentMenu_->clear();
    analyserMenu_->clear();
    const QList<ExternalEngine> list = ExternalEngines::load();
    for (const ExternalEngine& e : list) {
        opponentMenu_->addAction(e.name, this, [this, name = e.name] { attachOpponent(name); });
        analyserMenu_->addAction(e.name, this, [this, name = e.name] { attachAnalyser(name); });
    }
    if (list.isEmpty()) {
        opponentMenu_->addAction(tr("(none configured)"))->setEnabled(false);
        analyserMenu_->addAction(tr("(none configured)"))->setEnabled(false);
    }
    detachAnalyserAct_->setEnabled(analyser_ != nullptr);
}

void PlayActions::attachConsole() {
    console_->detachAll();
    for (Color c : {kBlack, kWhite})
        if (GtpProcess* p = controller_->process(c)) console_->attach(p);
    if (analyser_) console_->attach(analyser_->process());
}

PlaySetup PlayActions::setupFor(const NewGameParams& params, QString* error) const {
    PlaySetup setup;
    setup.strength = params.strength;
    const EngineSettings engine = EngineSettings::load();
    setup.networkPath = params.networkPath.empty() ? engine.networkPath
                                                   : QString::fromStdString(params.networkPath);
    setup.humanPolicyPath = engine.humanPolicyPath;
    setup.threads = engine.threads;
    setup.rolloutWeight = engine.rolloutWeight;
    for (Color c : {kBlack, kWhite}) {
        const PlayerChoice& choice = c == kBlack ? params.black : params.white;
        PlayerSetup& p = c == kBlack ? setup.black : setup.white;
        p.kind = choice.kind;
        if (choice.kind == PlayerKind::kExternal) {
            auto e = ExternalEngines::find(QString::fromStdString(choice.engine));
            if (!e) {
                if (error)
                    *error = tr("No external engine is called \u201c%1\u201d (Engines \u25b8 "
                                "Configure Engines…).")
                                 .arg(QString::fromStdString(choice.engine));
                p.kind = PlayerKind::kHuman;
                continue;
            }
            p.external = *e;
        }
    }
    return setup;
}

void PlayActions::gameStarted(const NewGameParams& params) {
    if (scoring_->active()) scoring_->cancel();
    QSettings s;
    s.setValue("game/blackKind", kindKey(params.black.kind));
    s.setValue("game/blackEngine", QString::fromStdString(params.black.engine));
    s.setValue("game/whiteKind", kindKey(params.white.kind));
    s.setValue("game/whiteEngine", QString::fromStdString(params.white.engine));
    s.setValue("game/visits", params.strength.visits);
    s.setValue("game/seconds", params.strength.secondsPerMove);
    if (!params.hasEngine()) {
        controller_->stop();
        return;
    }
    QString error;
    const PlaySetup setup = setupFor(params, &error);
    if (!error.isEmpty()) message_(error);
    controller_->start(setup);
}

bool PlayActions::attachOpponent(const QString& engineName) {
    auto e = ExternalEngines::find(engineName);
    if (!e) return false;
    PlaySetup setup;
    const QSettings s;
    setup.strength.visits = s.value("game/visits", 800).toInt();
    setup.strength.secondsPerMove = s.value("game/seconds", 0.0).toDouble();
    const Color engineColor = opponent(model_->state().toMove());
    PlayerSetup& p = engineColor == kBlack ? setup.black : setup.white;
    p.kind = PlayerKind::kExternal;
    p.external = *e;
    controller_->start(setup);
    message_(tr("%1 plays %2.").arg(e->name, colorTitle(engineColor)));
    return true;
}

bool PlayActions::attachAnalyser(const QString& engineName) {
    auto e = ExternalEngines::find(engineName);
    if (!e) return false;
    detachAnalyser();
    analyser_ = new ExternalAnalyser(model_, *e, this);
    connect(analyser_, &ExternalAnalyser::snapshot, this, &PlayActions::snapshot);
    connect(analyser_, &ExternalAnalyser::failed, this, &PlayActions::showFailure);
    attachConsole();
    rebuildEngineMenus();
    message_(tr("%1 analyses the position.").arg(e->name));
    return true;
}

void PlayActions::detachAnalyser() {
    if (!analyser_) return;
    delete analyser_;
    analyser_ = nullptr;
    attachConsole();
    rebuildEngineMenus();
    emit analyserDetached();
}

void PlayActions::playAgainstEngineDialog() {
    const QSettings s;
    NewGameParams initial = model_->params();
    initial.black = savedPlayer(s, "game/black");
    initial.white = savedPlayer(s, "game/white");
    if (!initial.hasEngine()) initial.white.kind = PlayerKind::kEmbedded;
    initial.strength.visits = s.value("game/visits", 800).toInt();
    initial.strength.secondsPerMove = s.value("game/seconds", 0.0).toDouble();
    NewGameDialog dialog(initial, window_);
    dialog.setWindowTitle(tr("Play Against Engine"));
    if (dialog.exec() != QDialog::Accepted) return;
    // MainWindow::startGame asks about unsaved changes, resets the game
    // and calls gameStarted().
    if (auto* mw = qobject_cast<MainWindow*>(window_))
        mw->startGame(dialog.params());
    else
        gameStarted(dialog.params());
}

void PlayActions::configureEnginesDialog() {
    ExternalEnginesDialog dialog(ExternalEngines::load(), window_);
    if (dialog.exec() != QDialog::Accepted) return;
    ExternalEngines::save(dialog.engines());
    rebuildEngineMenus();
}

void PlayActions::scoreGame() {
    scoring_->begin();
    message_(scoring_->summary() + tr(" — click groups to mark them dead or alive, then Accept."));
}

void PlayActions::showFailure(const QString& message) {
    message_(message);
    if (failureBox_) failureBox_->close();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Engine problem"),
                                message + tr("\n\nThe game is kept. Restart the engine to go on."),
                                QMessageBox::NoButton, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName("engineFailureBox");
    QPushButton* restart = box->addButton(tr("Restart"), QMessageBox::AcceptRole);
    box->addButton(tr("Stop Engine"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, restart](QAbstractButton* b) {
        if (b == restart) {
            controller_->restartEngines();
            if (analyser_ && analyser_->process()->state() == GtpProcess::State::kFailed)
                analyser_->restart();
        } else {
            controller_->stop();
            detachAnalyser();
        }
    });
    failureBox_ = box;
    box->open();  // non-modal for the event loop: nothing waits here
}

}  // namespace m37::ui
