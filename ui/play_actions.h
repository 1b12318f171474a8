#pragma once
// PlayActions: the play side of the main window — the Game menu (Play
// Against Engine…, Pass, Resign, Take Back, Score Game, Stop Engines), the
// Engines menu (Configure Engines…, Attach as Opponent, Attach as Analyser,
// Detach Analyser, Restart Engines) and the Engine Console dock, over a
// PlayController, a ScoringView on the board and an ExternalAnalyser. The
// window's Pass and Undo actions are routed through the controller, so
// that undo also takes back the engine's reply. An engine failure shows a
// non-modal message with a Restart button; the game stays as it is. The
// analyser's snapshots come out of snapshot() for the analysis display.
// Threading: GUI thread only.
#include <QObject>
#include <QPointer>
#include <functional>

#include "engine/search/analysis_snapshot.h"
#include "ui/new_game_params.h"
#include "ui/play_controller.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMessageBox;

namespace m37::ui {

class BoardWidget;
class EngineConsole;
class ExternalAnalyser;
class GameTreeModel;
class ScoringView;

class PlayActions : public QObject {
    Q_OBJECT

  public:
    PlayActions(QMainWindow* window, GameTreeModel* model, BoardWidget* board, QMenu* viewMenu,
                std::function<void(const QString&)> message);

    PlayController* controller() const { return controller_; }
    ScoringView* scoring() const { return scoring_; }
    EngineConsole* console() const { return console_; }
    QDockWidget* consoleDock() const { return consoleDock_; }
    ExternalAnalyser* analyser() const { return analyser_; }

    // The players of a new game (MainWindow::gameStarted): starts or
    // stops the engines.
    void gameStarted(const NewGameParams& params);
    // Attaches a configured external engine as the opponent of the side
    // to move now / as the analyser; false when no such engine.
    bool attachOpponent(const QString& engineName);
    bool attachAnalyser(const QString& engineName);
    void detachAnalyser();
    // The new-game dialog with an engine as opponent.
    void playAgainstEngineDialog();
    void configureEnginesDialog();
    void scoreGame();

  signals:
    void snapshot(const m37::AnalysisSnapshot& snapshot);
    void analyserDetached();

  private:
    void rebuildEngineMenus();
    void attachConsole();
    void showFailure(const QString& message);
    PlaySetup setupFor(const NewGameParams& params, QString* error) const;

    QMainWindow* window_;
    GameTreeModel* model_;
    BoardWidget* board_;
    std::function<void(const QString&)> message_;
    PlayController* controller_;
    ScoringView* scoring_;
    EngineConsole* console_;
    QDockWidget* consoleDock_;
    ExternalAnalyser* analyser_ = nullptr;
    QMenu* opponentMenu_ = nullptr;
    QMenu* analyserMenu_ = nullptr;
    QAction* detachAnalyserAct_ = nullptr;
    QPointer<QMessageBox> failureBox_;
};

}  // namespace m37::ui
