#pragma once
// MainWindow: the application window — menu, toolbar, the board in the
// centre and a status bar with the side to move, captures, move number and
// the last message. Owns the GameModel. Remembers its geometry, the last
// new-game choices and view toggles with QSettings.
// Threading: GUI thread only.
#include <QMainWindow>
#include <optional>

#include "ui/new_game_params.h"

class QAction;
class QLabel;

namespace m37::ui {

class BoardWidget;
class GameModel;

struct MainWindowParams {
    // Board size to start with; the last one used (or 19) when unset.
    std::optional<int> size;
};

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    explicit MainWindow(const MainWindowParams& params = {}, QWidget* parent = nullptr);

    GameModel* model() const { return model_; }
    BoardWidget* board() const { return board_; }
    QString messageText() const;
    QString turnText() const;
    QString capturesText() const;

  public slots:
    void newGameDialog();
    void startGame(const NewGameParams& params);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void createActions();
    void createStatusBar();
    void updateStatus();
    void showMessage(const QString& text);
    void saveSettings() const;

    GameModel* model_;
    BoardWidget* board_;
    QAction* newGameAct_ = nullptr;
    QAction* passAct_ = nullptr;
    QAction* undoAct_ = nullptr;
    QAction* moveNumbersAct_ = nullptr;
    QAction* quitAct_ = nullptr;
    QLabel* turnIcon_ = nullptr;
    QLabel* turn_ = nullptr;
    QLabel* captures_ = nullptr;
    QLabel* moveNumber_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace m37::ui
