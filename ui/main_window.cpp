#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>
#include <cmath>

#include "engine/go/coord.h"
#include "ui/analysis_actions.h"
#include "ui/autosaver.h"
#include "ui/board_renderer.h"
#include "ui/board_widget.h"
#include "ui/chat_dock.h"
#include "ui/comment_panel.h"
#include "ui/game_info_dialog.h"
#include "ui/game_review_actions.h"
#include "ui/game_tree_model.h"
#include "ui/game_tree_widget.h"
#include "ui/network_about_dialog.h"
#include "ui/new_game_dialog.h"
#include "ui/play_actions.h"
#include "ui/settings_dialog.h"
#include "ui/sgf_file_controller.h"
#include "ui/shortcuts_dialog.h"
#include "ui/theme.h"

namespace m37::ui {

namespace {

// The last new-game choices; values out of range or unreadable are
// ignored (defaults kept).
NewGameParams savedGameParams(const QSettings& s) {
    NewGameParams p;
    bool ok = false;
    const int size = s.value("game/size").toInt(&ok);
    if (ok && size >= Board::kMinSize && size <= Board::kMaxSize) p.size = size;
    const std::string rules = s.value("game/rules").toString().toStdString();
    if (auto r = Rules::parse(rules); r && std::isfinite(r->komi) && std::abs(r->komi) <= 150.0f)
        p.rules = *r;
    return p;
}

// A restored window geometry is used only if it is of a sensible size.
bool plausibleSize(const QSize& size) {
    return size.width() >= 200 && size.height() >= 150 && size.width() <= 20000 &&
           size.height() <= 20000;
}

QPixmap stoneIcon(Color c, int side, qreal dpr) {
    QPixmap pm(QSize(side, side) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    BoardRenderer::paintStone(p, QPointF(side / 2.0 - 0.5, side / 2.0 - 0.5), side * 0.42, c);
    return pm;
}

// The local SGF file among dropped URLs, if any.
QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) return url.toLocalFile();
    }
    return {};
}

}  // namespace

MainWindow::MainWindow(const MainWindowParams& params, QWidget* parent) : QMainWindow(parent) {
    SettingsRepairReport repair = SettingsRepair::run();
    if (!repair.repaired()) repair = params.settingsRepair;
    QSettings settings;
    NewGameParams game = savedGameParams(settings);
    if (params.size) game.size = std::clamp(*params.size, Board::kMinSize, Board::kMaxSize);

    model_ = new GameTreeModel(game, this);
    board_ = new BoardWidget(model_, this);
    files_ = new SgfFileController(model_, this);
    if (params.autosave) autosaver_ = new Autosaver(model_, files_, *params.autosave, this);
    setCentralWidget(board_);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    createDocks();
    createActions();
    createStatusBar();
    analysis_ = new AnalysisActions(this, model_, board_, viewMenu_,
                                    [this](const QString& text) { showMessage(text); });
    review_ = new GameReviewActions(this, model_, viewMenu_,
                                    [this](const QString& text) { showMessage(text); });
    play_ = new PlayActions(this, model_, board_, viewMenu_,
                            [this](const QString& text) { showMessage(text); });
    // An external analyser's lines show on the board and in the table.
    connect(play_, &PlayActions::snapshot, analysis_, &AnalysisActions::showExternalSnapshot);
    connect(play_, &PlayActions::analyserDetached, analysis_,
            &AnalysisActions::clearExternalSnapshot);
    // A reviewed position's stored candidates show while live analysis is off.
    review_->attach(analysis_, files_);
    addThemeMenu(viewMenu_);
    addShortcutsHelp(this);
    addNetworkAboutHelp(this, analysis_->controller());
    // The reasoning chat, tabbed with the comment (View menu to show it).
    chat_ = new ChatDock(model_, board_, analysis_->controller(), this);
    chatDock_ = new QDockWidget(tr("Reasoning"), this);
    chatDock_->setObjectName("chatDock");
    chatDock_->setWidget(chat_);
    addDockWidget(Qt::RightDockWidgetArea, chatDock_);
    if (auto* commentDock = findChild<QDockWidget*>("commentDock")) {
        tabifyDockWidget(commentDock, chatDock_);
        commentDock->raise();
    }
    if (viewMenu_) viewMenu_->addAction(chatDock_->toggleViewAction());
    applyTheme(savedTheme(), false);

    connect(model_, &GameTreeModel::changed, this, &MainWindow::updateStatus);
    connect(model_, &GameTreeModel::message, this, &MainWindow::showMessage);
    connect(model_, &GameTreeModel::modifiedChanged, this, &MainWindow::updateTitle);
    connect(files_, &SgfFileController::pathChanged, this, &MainWindow::updateTitle);
    connect(files_, &SgfFileController::status, this, &MainWindow::showMessage);
    connect(files_, &SgfFileController::recentChanged, this, &MainWindow::rebuildRecentMenu);
    connect(board_, &BoardWidget::moveRefused, this,
            [](Loc, MoveError, const QString&) { QApplication::beep(); });
    connect(comments_, &CommentPanel::editGameInfoRequested, this, &MainWindow::gameInfoDialog);

    moveNumbersAct_->setChecked(settings.value("view/moveNumbers", false).toBool());
    const QVariant geometry = settings.value("window/geometry");
    if (!geometry.canConvert<QByteArray>() || !restoreGeometry(geometry.toByteArray()) ||
        !plausibleSize(size()))
        resize(1180, 860);
    const QVariant state = settings.value("window/state");
    if (state.canConvert<QByteArray>()) restoreState(state.toByteArray());
    updateStatus();
    rebuildRecentMenu();
    if (repair.repaired()) {
        showMessage(repair.movedTo.isEmpty()
                        ? tr("The settings file %1 could not be read; default settings are used.")
                              .arg(repair.file)
                        : tr("The settings file could not be read and was moved to %1; default "
                             "settings are used.")
                              .arg(repair.movedTo));
    } else {
        showMessage(tr("Click on the board to play, or open an SGF file to review it."));
    }
}

void MainWindow::createDocks() {
    tree_ = new GameTreeWidget(model_, this);
    auto* treeDock = new QDockWidget(tr("Game Tree"), this);
    treeDock->setObjectName("gameTreeDock");
    treeDock->setWidget(tree_);
    addDockWidget(Qt::RightDockWidgetArea, treeDock);

    comments_ = new CommentPanel(model_, this);
    auto* commentDock = new QDockWidget(tr("Comment"), this);
    commentDock->setObjectName("commentDock");
    commentDock->setWidget(comments_);
    addDockWidget(Qt::RightDockWidgetArea, commentDock);
    resizeDocks({treeDock, commentDock}, {380, 380}, Qt::Horizontal);
    resizeDocks({treeDock, commentDock}, {300, 500}, Qt::Vertical);
}

QAction* MainWindow::action(const QString& text, const char* name,
                            const QList<QKeySequence>& keys) {
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    addAction(a);  // shortcuts work with menus hidden too
    return a;
}

void MainWindow::createActions() {
    using K = QKeySequence;
    // File
    auto* newGame = action(tr("&New Game…"), "newGame", {K::New});
    newGame->setStatusTip(tr("Start a new game: board size, rules, komi"));
    connect(newGame, &QAction::triggered, this, &MainWindow::newGameDialog);
    auto* open = action(tr("&Open…"), "open", {K::Open});
    connect(open, &QAction::triggered, this, [this] { files_->open(); });
    auto* save = action(tr("&Save"), "save", {K::Save});
    connect(save, &QAction::triggered, files_, &SgfFileController::save);
    auto* saveAs = action(tr("Save &As…"), "saveAs", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    connect(saveAs, &QAction::triggered, files_, &SgfFileController::saveAs);
    auto* quit = action(tr("&Quit"), "quit", {K(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Game and edit
    auto* pass = action(tr("&Pass"), "pass", {K(Qt::Key_P)});
    connect(pass, &QAction::triggered, model_, &GameTreeModel::pass);
    undoAct_ = action(tr("&Undo Move"), "undo", {K::Undo});
    connect(undoAct_, &QAction::triggered, model_, [this] { model_->undo(); });
    auto* info = action(tr("Game &Info…"), "gameInfo", {K(Qt::CTRL | Qt::Key_I)});
    connect(info, &QAction::triggered, this, &MainWindow::gameInfoDialog);
    auto* del = action(tr("&Delete Variation"), "deleteNode", {K(Qt::CTRL | Qt::Key_Delete)});
    del->setStatusTip(tr("Delete the current move and everything after it"));
    connect(del, &QAction::triggered, model_, &GameTreeModel::deleteCurrent);
    auto* prefs = action(tr("&Preferences…"), "preferences", {K::Preferences});
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::settingsDialog);
    auto* promote = action(tr("Make &Main Line"), "promote", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    connect(promote, &QAction::triggered, model_, &GameTreeModel::promoteToMainLine);
    promote->setStatusTip(tr("Make the current line the main line"));
    auto* restore = action(tr("&Restore Deleted Variation"), "restoreDeleted",
                           {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    restore->setStatusTip(tr("Put the last deleted variation back"));
    restore->setEnabled(false);
    connect(restore, &QAction::triggered, model_, &GameTreeModel::restoreDeleted);
    connect(model_, &GameTreeModel::treeChanged, restore,
            [this, restore] { restore->setEnabled(model_->canRestoreDeleted()); });

    // Navigation
    struct Nav {
        QString text;
        const char* name;
        Qt::Key key;
        std::function<void()> go;
    };
    const Nav navs[] = {
        {tr("&Back"), "back", Qt::Key_Left, [this] { model_->back(); }},
        {tr("&Forward"), "forward", Qt::Key_Right, [this] { model_->forward(); }},
        {tr("&Previous Variation"), "previousVariation", Qt::Key_Up,
         [this] { model_->switchVariation(-1); }},
        {tr("&Next Variation"), "nextVariation", Qt::Key_Down,
         [this] { model_->switchVariation(+1); }},
        {tr("Back 10 Moves"), "back10", Qt::Key_PageUp, [this] { model_->back(10); }},
        {tr("Forward 10 Moves"), "forward10", Qt::Key_PageDown, [this] { model_->forward(10); }},
        {tr("&Start"), "start", Qt::Key_Home, [this] { model_->toStart(); }},
        {tr("&End"), "end", Qt::Key_End, [this] { model_->toEnd(); }},
    };
    QList<QAction*> navActions;
    for (const Nav& n : navs) {
        auto* a = action(n.text, n.name, {K(n.key)});
        connect(a, &QAction::triggered, this, n.go);
        navActions << a;
    }

    // View
    moveNumbersAct_ = action(tr("Move &Numbers"), "moveNumbers", {K(Qt::Key_M)});
    moveNumbersAct_->setCheckable(true);
    connect(moveNumbersAct_, &QAction::toggled, board_, &BoardWidget::setShowMoveNumbers);
    auto* coords = action(tr("&Coordinates"), "coordinates", {});
    coords->setCheckable(true);
    coords->setChecked(board_->showCoordinates());
    connect(coords, &QAction::toggled, board_, &BoardWidget::setShowCoordinates);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName("fileMenu");
    file->addActions({newGame, open});
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addAction(quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({pass, undoAct_});
    edit->addSeparator();
    edit->addActions({del, restore, promote});
    edit->addSeparator();
    edit->addAction(info);
    edit->addSeparator();
    edit->addAction(prefs);
    QMenu* nav = menuBar()->addMenu(tr("&Navigate"));
    nav->addActions(navActions);
    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->addActions({moveNumbersAct_, coords});
    viewMenu_->addSeparator();
    for (auto* dock : findChildren<QDockWidget*>()) viewMenu_->addAction(dock->toggleViewAction());

    QToolBar* bar = addToolBar(tr("Game"));
    bar->setObjectName("mainToolBar");
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({newGame, open, save});
    bar->addSeparator();
    bar->addActions({pass, undoAct_});
    bar->addSeparator();
    bar->addActions({navActions[6], navActions[0], navActions[1], navActions[7]});
    bar->addSeparator();
    bar->addAction(moveNumbersAct_);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList paths = files_->recent().list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString label =
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(paths[i]).fileName());
        QAction* a = recentMenu_->addAction(label);
        a->setToolTip(paths[i]);
        a->setData(paths[i]);
        connect(a, &QAction::triggered, this, [this, path = paths[i]] {
            if (!QFileInfo::exists(path)) {
                files_->recent().remove(path);
                rebuildRecentMenu();
                showMessage(tr("%1 no longer exists").arg(path));
                return;
            }
            files_->open(path);
        });
    }
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("Clear List"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        files_->recent().clear();
        rebuildRecentMenu();
    });
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
    QString move = tr("Move %1").arg(st.moveNumber());
    const MoveRecord m = nodeMove(*model_->current(), st.size());
    if (m.color != kEmpty)
        move += QStringLiteral(" · %1 %2")
                    .arg(colorTitle(m.color), QString::fromStdString(gtpVertex(m.loc, st.size())));
    const SgfNode* parent = model_->current()->parent();
    if (parent && parent->childCount() > 1) {
        int i = 0;
        while (parent->child(size_t(i)) != model_->current()) ++i;
        move += tr(" · variation %1/%2").arg(i + 1).arg(parent->childCount());
    }
    moveNumber_->setText(move);
    undoAct_->setEnabled(model_->current()->parent() != nullptr);
    updateTitle();
}

void MainWindow::updateTitle() {
    QString detail;
    if (files_->path().isEmpty()) {
        const NewGameParams& p = model_->params();
        detail = tr("%1×%1 · %2 · komi %3")
                     .arg(p.size)
                     .arg(QString::fromStdString(p.rules.presetName()))
                     .arg(double(p.rules.komi));
    } else {
        const GameInfo info = model_->gameInfo();
        if (!info.playerBlack.isEmpty() || !info.playerWhite.isEmpty())
            detail = tr("%1 vs %2").arg(info.playerBlack, info.playerWhite);
    }
    QString title = files_->displayName() + QStringLiteral("[*]");
    if (!detail.isEmpty()) title += QStringLiteral(" — ") + detail;
    setWindowTitle(title + QStringLiteral(" — move37"));
    setWindowModified(model_->isModified());
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
QString MainWindow::moveText() const {
    return moveNumber_->text();
}

void MainWindow::newGameDialog() {
    if (!files_->maybeSave()) return;
    NewGameDialog dialog(model_->params(), this);
    if (dialog.exec() == QDialog::Accepted) resetGame(dialog.params());
}

bool MainWindow::startGame(const NewGameParams& params) {
    if (!files_->maybeSave()) return false;
    resetGame(params);
    return true;
}

void MainWindow::resetGame(const NewGameParams& params) {
    files_->clearPath();
    model_->newGame(params);
    updateTitle();
    QSettings settings;
    settings.setValue("game/size", params.size);
    settings.setValue("game/rules", QString::fromStdString(params.rules.toString()));
    play_->gameStarted(params);
}

void MainWindow::gameInfoDialog() {
    GameInfoDialog dialog(model_->gameInfo(), this);
    if (dialog.exec() == QDialog::Accepted) model_->setGameInfo(dialog.info());
}

void MainWindow::settingsDialog() {
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Preferences saved; a new language applies at the next start."));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("view/moveNumbers", moveNumbersAct_->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!files_->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    if (autosaver_) autosaver_->finish();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    files_->open(path);
}

}  // namespace m37::ui
