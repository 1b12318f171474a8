#pragma once
// MainWindow: the application window — menus and toolbar, the board in the
// centre, the game-tree dock and the comment dock, and a status bar with the
// side to move, captures, move number and the last message. It only wires
// things together: the game and its tree live in GameTreeModel, files in
// SgfFileController, painting in the widgets. Remembers its geometry, dock
// layout, the last new-game choices and view toggles with QSettings; opens
// SGF files dropped on it; asks before closing with unsaved changes;
// autosaves the game for recovery when asked to (MainWindowParams).
// Threading: GUI thread only.
#include <QMainWindow>
#include <optional>

#include "ui/autosaver.h"
#include "ui/new_game_params.h"
#include "ui/settings_repair.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace m37::ui {

class Autosaver;
class BoardWidget;
class CommentPanel;
class GameTreeModel;
class GameTreeWidget;
class SgfFileController;
class AnalysisActions;
class GameReviewActions;
class PlayActions;
class ChatDock;

struct MainWindowParams {
    // Board size to start with; the last one used (or 19) when unset.
    std::optional<int> size;
    // Autosave and recovery of the open game; off when unset (tests).
    std::optional<AutosaveParams> autosave;
    // A repair of the settings file done before the window was made (by
    // main(), which reads the language first); shown once as a notice.
    SettingsRepairReport settingsRepair;
};

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    explicit MainWindow(const MainWindowParams& params = {}, QWidget* parent = nullptr);

    GameTreeModel* model() const { return model_; }
    BoardWidget* board() const { return board_; }
    GameTreeWidget* tree() const { return tree_; }
    CommentPanel* comments() const { return comments_; }
    SgfFileController* files() const { return files_; }
    // Null when autosave is off.
    Autosaver* autosaver() const { return autosaver_; }
    // Live analysis: its actions, dock, controller (never null).
    AnalysisActions* analysis() const { return analysis_; }
    // Whole-game review: graph, mistakes, its actions (never null).
    GameReviewActions* review() const { return review_; }
    // Play against engines: Game and Engines menus, console, scoring
    // (never null).
    PlayActions* play() const { return play_; }
    // The reasoning chat view (never null) and its dock.
    ChatDock* chat() const { return chat_; }
    QDockWidget* chatDock() const { return chatDock_; }
    QString messageText() const;
    QString turnText() const;
    QString capturesText() const;
    QString moveText() const;

  public slots:
    void newGameDialog();
    // Starts a new game after asking about unsaved changes; false when the
    // user cancelled.
    bool startGame(const NewGameParams& params);
    void gameInfoDialog();
    void settingsDialog();

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    QAction* action(const QString& text, const char* name, const QList<QKeySequence>& keys);
    void createActions();
    void createDocks();
    void createStatusBar();
    void rebuildRecentMenu();
    void updateStatus();
    void updateTitle();
    void showMessage(const QString& text);
    void resetGame(const NewGameParams& params);
    void saveSettings() const;

    GameTreeModel* model_;
    BoardWidget* board_;
    GameTreeWidget* tree_ = nullptr;
    CommentPanel* comments_ = nullptr;
    SgfFileController* files_;
    Autosaver* autosaver_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* moveNumbersAct_ = nullptr;
    QAction* undoAct_ = nullptr;
    QLabel* turnIcon_ = nullptr;
    QLabel* turn_ = nullptr;
    QLabel* captures_ = nullptr;
    QLabel* moveNumber_ = nullptr;
    QLabel* message_ = nullptr;
    AnalysisActions* analysis_ = nullptr;
    GameReviewActions* review_ = nullptr;
    PlayActions* play_ = nullptr;
    ChatDock* chat_ = nullptr;
    QDockWidget* chatDock_ = nullptr;
};

}  // namespace m37::ui
