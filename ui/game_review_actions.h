#pragma once
// GameReviewActions: "analyse whole game" put into a main window — the
// GameReviewRunner, the "Winrate Graph" dock (WinrateGraph) and the
// "Mistakes" dock (MistakesPanel), the actions in the Analysis menu (the
// one named "analysisMenu" when another part made it): Analyse Whole Game…
// (Ctrl+Shift+A, visits per move asked and remembered), Stop Whole-Game
// Analysis, Next Mistake (N) and Previous Mistake (Shift+N); the docks'
// toggles in the View menu, and a progress bar with a cancel button in the
// status bar while a review runs. Clicking the graph or a mistake, and the
// mistake keys, go to that move of the reviewed line. A new game or file
// cancels the review and clears its results.
// Threading: GUI thread only; the search runs in the runner's thread and
// nothing here waits for it.
#include <QObject>
#include <functional>

#include "ui/game_review_runner.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QProgressBar;
class QToolButton;

namespace m37::ui {

class GameTreeModel;
class MistakesPanel;
class WinrateGraph;

class GameReviewActions : public QObject {
    Q_OBJECT

  public:
    // Builds everything into `window` (its parent). `viewMenu` may be null.
    GameReviewActions(QMainWindow* window, GameTreeModel* model, QMenu* viewMenu,
                      std::function<void(const QString&)> showMessage);

    GameReviewRunner* runner() const { return runner_; }
    WinrateGraph* graph() const { return graph_; }
    MistakesPanel* mistakes() const { return mistakes_; }
    QProgressBar* progressBar() const { return progress_; }
    QAction* analyseAction() const { return analyse_; }

    // Parameters of the next review (visits from the last choice, threads
    // and network from the engine settings).
    GameReviewRunParams runParams(int visits) const;

  public slots:
    // Asks for the visits per move, then reviews the current line.
    void analyseWholeGameDialog();
    // Reviews the line through the current node with `visits` per move.
    bool analyseWholeGame(int visits);
    void cancel();
    // Goes to move `moveNumber` of the reviewed line; false when not found.
    bool goToMove(int moveNumber);
    bool nextMistake();
    bool previousMistake();

  private:
    void onModelChanged();
    void onTreeChanged();
    void clearResults();
    void setBusy(bool busy);

    QMainWindow* window_;
    GameTreeModel* model_;
    std::function<void(const QString&)> showMessage_;
    GameReviewRunner* runner_;
    WinrateGraph* graph_;
    MistakesPanel* mistakes_;
    QDockWidget* graphDock_;
    QDockWidget* mistakesDock_;
    QAction* analyse_;
    QAction* stop_;
    QProgressBar* progress_;
    QToolButton* cancelButton_;
    bool maybeNewTree_ = false;
};

}  // namespace m37::ui
