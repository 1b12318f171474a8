#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

#include "ui/board_renderer.h"
#include "ui/board_widget.h"
#include "ui/game_model.h"
#include "ui/new_game_dialog.h"

namespace m37::ui {

namespace {

NewGameParams savedGameParams(const QSettings& s) {
    NewGameParams p;
    p.size = std::clamp(s.value("game/size", 19).toInt(), Board::kMinSize, Board::kMaxSize);
    const std::string rules = s.value("game/rules").toString().toStdString();
    if (auto r = Rules::parse(rules)) p.rules = *r;
    return p;
}

QPixmap stoneIcon(Color c, int side, qreal dpr) {
    QPixmap pm(QSize(side, side) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    BoardRenderer::paintStone(p, QPointF(side / 2.0 - 0.5, side / 2.0 - 0.5), side * 0.42, c);
    return pm;
}

}  // namespace

MainWindow::MainWindow(const MainWindowParams& params, QWidget* parent) : QMainWindow(parent) {
    QSettings settings;
    NewGameParams game = savedGameParams(settings);
    if (params.size) game.size = std::clamp(*params.size, Board::kMinSize, Board::kMaxSize);

    model_ = new GameModel(game, this);
    board_ = new BoardWidget(model_, this);
    setCentralWidget(board_);
    createActions();
    createStatusBar();

    connect(model_, &GameModel::changed, this, &MainWindow::updateStatus);
    connect(model_, &GameModel::message, this, &MainWindow::showMessage);
    connect(board_, &BoardWidget::moveRefused, this,
            [this](Loc, MoveError, const QString&) { QApplication::beep(); });

    moveNumbersAct_->setChecked(settings.value("view/moveNumbers", false).toBool());
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) resize(960, 860);
    restoreState(settings.value("window/state").toByteArray());
    updateStatus();
    showMessage(tr("Click on the board to play. Black moves first."));
}

void MainWindow::createActions() {
    newGameAct_ = new QAction(tr("&New Game…"), this);
    newGameAct_->setObjectName("newGame");
    newGameAct_->setShortcut(QKeySequence::New);
    newGameAct_->setStatusTip(tr("Start a new game: board size, rules, komi"));
    connect(newGameAct_, &QAction::triggered, this, &MainWindow::newGameDialog);

    passAct_ = new QAction(tr("&Pass"), this);
    passAct_->setObjectName("pass");
    passAct_->setShortcut(Qt::Key_P);
    connect(passAct_, &QAction::triggered, model_, &GameModel::pass);

    undoAct_ = new QAction(tr("&Undo"), this);
    undoAct_->setObjectName("undo");
    undoAct_->setShortcuts({QKeySequence::Undo, QKeySequence(Qt::Key_Left)});
    connect(undoAct_, &QAction::triggered, model_, [this] { model_->undo(); });

    moveNumbersAct_ = new QAction(tr("Move &Numbers"), this);
    moveNumbersAct_->setObjectName("moveNumbers");
    moveNumbersAct_->setCheckable(true);
    moveNumbersAct_->setShortcut(Qt::Key_M);
    connect(moveNumbersAct_, &QAction::toggled, board_, &BoardWidget::setShowMoveNumbers);

    auto* coordsAct = new QAction(tr("&Coordinates"), this);
    coordsAct->setObjectName("coordinates");
    coordsAct->setCheckable(true);
    coordsAct->setChecked(board_->showCoordinates());
    connect(coordsAct, &QAction::toggled, board_, &BoardWidget::setShowCoordinates);

    quitAct_ = new QAction(tr("&Quit"), this);
    quitAct_->setObjectName("quit");
    quitAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAct_->setMenuRole(QAction::QuitRole);
    connect(quitAct_, &QAction::triggered, this, &QWidget::close);

    QMenu* game = menuBar()->addMenu(tr("&Game"));
    game->addAction(newGameAct_);
    game->addSeparator();
    game->addAction(passAct_);
    game->addAction(undoAct_);
    game->addSeparator();
    game->addAction(quitAct_);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(moveNumbersAct_);
    view->addAction(coordsAct);

    QToolBar* bar = addToolBar(tr("Game"));
    bar->setObjectName("mainToolBar");
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(newGameAct_);
    bar->addSeparator();
    bar->addAction(passAct_);
    bar->addAction(undoAct_);
    bar->addSeparator();
    bar->addAction(moveNumbersAct_);
}

void MainWindow::createStatusBar() {
    turnIcon_ = new QLabel(this);
    turnIcon_->setContentsMargins(6, 0, 0, 0);
    turn_ = new QLabel(this);
    turn_->setObjectName("turn");
    QFont bold = turn_->font();
    bold.setBold(true);
    turn_->setFont(bold);
    captures_ = new QLabel(this);
    captures_->setObjectName("captures");
    captures_->setToolTip(tr("Stones captured by Black (B) and by White (W)"));
    moveNumber_ = new QLabel(this);
    moveNumber_->setObjectName("moveNumber");
    message_ = new QLabel(this);
    message_->setObjectName("message");
    message_->setContentsMargins(12, 0, 0, 0);
    // Long messages are cut rather than widening the window.
    message_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(turnIcon_);
    statusBar()->addWidget(turn_);
    statusBar()->addWidget(message_, 1);
    statusBar()->addPermanentWidget(moveNumber_);
    statusBar()->addPermanentWidget(captures_);
}

void MainWindow::updateStatus() {
    const GameState& st = model_->state();
    const Board& b = st.board();
    const Color c = st.toMove();
    const int side = fontMetrics().height();
    turnIcon_->setPixmap(stoneIcon(c, side, devicePixelRatioF()));
    turn_->setText(st.gameOver() ? tr("Game over") : tr("%1 to move").arg(colorTitle(c)));
    captures_->setText(
        tr("Captures  B %1 · W %2").arg(b.prisoners(kBlack)).arg(b.prisoners(kWhite)));
    moveNumber_->setText(tr("Move %1").arg(st.moveNumber()));
    const NewGameParams& p = model_->params();
    setWindowTitle(tr("move37 — %1×%1 · %2 · komi %3")
                       .arg(p.size)
                       .arg(QString::fromStdString(p.rules.presetName()))
                       .arg(double(p.rules.komi)));
    undoAct_->setEnabled(st.moveNumber() > 0);
}

void MainWindow::showMessage(const QString& text) {
    message_->setText(text);
}

QString MainWindow::messageText() const {
    return message_->text();
}
QString MainWindow::turnText() const {
    return turn_->text();
}
QString MainWindow::capturesText() const {
    return captures_->text();
}

void MainWindow::newGameDialog() {
    NewGameDialog dialog(model_->params(), this);
    if (dialog.exec() == QDialog::Accepted) startGame(dialog.params());
}

void MainWindow::startGame(const NewGameParams& params) {
    model_->newGame(params);
    QSettings settings;
    settings.setValue("game/size", params.size);
    settings.setValue("game/rules", QString::fromStdString(params.rules.toString()));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("view/moveNumbers", moveNumbersAct_->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

}  // namespace m37::ui
