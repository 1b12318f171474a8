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
// cancels the review and clears its results; a file with a move37
// annotation (ui/annotation_review.h) then shows its stored review at once,
// without a search: graph, mistakes, the "Key Moments" dock
// (KeyMomentsPanel, K / Shift+K for the next / previous one) and, while
// live analysis is off, the stored candidates of the position on screen
// on the board and in the Candidates dock (attach()). File ▸ Export
// Annotated SGF… (Ctrl+Shift+E) writes the game with the review through
// the CLI's writer, atomically; without a review it offers to analyse the
// whole game first and writes when that ends (nothing waits for it).
// Threading: GUI thread only; the search runs in the runner's thread and
// nothing here waits for it.
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

#include "ui/game_review_runner.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QProgressBar;
class QToolButton;

namespace m37::ui {

class AnalysisActions;
class GameTreeModel;
class KeyMomentsPanel;
class MistakesPanel;
class SgfFileController;
class WinrateGraph;

// The export's questions, so that tests answer them without a dialog.
struct ExportHooks {
    // The file to write (empty: cancelled).
    std::function<QString(const QString& suggested)> askPath;
    // No review yet: analyse the whole game first (`visits` per move)?
    std::function<bool(int visits)> askAnalyseFirst;
    std::function<void(const QString& title, const QString& text)> showError;
};

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
    KeyMomentsPanel* keyMoments() const { return keyMoments_; }
    QDockWidget* graphDock() const { return graphDock_; }
    QDockWidget* keyMomentsDock() const { return keyMomentsDock_; }
    QAction* exportAction() const { return export_; }
    ExportHooks& exportHooks() { return exportHooks_; }
    // The warnings of the last annotation read (ignored values).
    const QStringList& annotationWarnings() const { return annotationWarnings_; }
    // The reviewed snapshot of the position on screen (nullopt: none).
    std::optional<AnalysisSnapshot> reviewSnapshot() const;

    // Shows the reviewed snapshot of the position on screen through
    // `analysis` while its live analysis is off, and suggests export file
    // names beside `files`' file. Either may be null.
    void attach(AnalysisActions* analysis, SgfFileController* files);

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
    bool nextKeyMoment();
    bool previousKeyMoment();
    // Shows the review stored in the game's tree (a move37 annotation);
    // false when it has none. Warnings go to the status bar and the log.
    bool loadStoredReview();
    // Asks for a file (and, without a review, whether to analyse first)
    // and exports.
    void exportAnnotatedDialog();
    // Writes the game with the review to `path` (atomically); false with
    // the error shown when there is no review or it cannot be written.
    bool exportAnnotated(const QString& path);

  signals:
    void exported(const QString& path);

  private:
    void onModelChanged();
    void onTreeChanged();
    void clearResults();
    void setBusy(bool busy);
    void showResults();
    void updateKeyMoments();
    void showReviewSnapshot();
    bool hasReview() const;

    QMainWindow* window_;
    GameTreeModel* model_;
    std::function<void(const QString&)> showMessage_;
    GameReviewRunner* runner_;
    WinrateGraph* graph_;
    MistakesPanel* mistakes_;
    QDockWidget* graphDock_;
    QDockWidget* mistakesDock_;
    KeyMomentsPanel* keyMoments_;
    QDockWidget* keyMomentsDock_;
    QAction* export_;
    ExportHooks exportHooks_;
    QStringList annotationWarnings_;
    AnalysisActions* analysis_ = nullptr;
    SgfFileController* files_ = nullptr;
    QString pendingExport_;         // written when the running review ends
    bool showingSnapshot_ = false;  // the board shows a reviewed snapshot
    QAction* analyse_;
    QAction* stop_;
    QProgressBar* progress_;
    QToolButton* cancelButton_;
    bool maybeNewTree_ = false;
};

}  // namespace m37::ui
