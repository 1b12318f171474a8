#pragma once
// AnalysisActions: live analysis put into a main window — the
// AnalysisController, the "Candidates" dock (CandidatesTable), the actions
// (analysis on/off on Space, one key per overlay: E engine policy, H human
// policy, S split, C candidates, O ownership, X surprise; Engine Settings…),
// the Analysis menu (the one named "analysisMenu" when another part made
// it), overlay toggles in the View menu and an "Analysis" toolbar, and a
// status-bar label with visits, visits per second and the winrate. It keeps
// the board's overlays, the table and the label in step with the snapshot
// of the position on screen, and remembers the overlay choices (QSettings
// "analysis/overlays"). An external analyser's snapshots
// (showExternalSnapshot) take the place of the embedded engine's while they
// belong to the current node; navigating away or clearExternalSnapshot()
// goes back to the embedded one.
// Threading: GUI thread only; the engine runs in the controller's worker.
#include <QObject>
#include <functional>

#include "ui/analysis_controller.h"
#include "ui/board_overlay.h"
#include "ui/engine_settings.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;

namespace m37::ui {

class BoardWidget;
class CandidatesTable;
class GameTreeModel;

class AnalysisActions : public QObject {
    Q_OBJECT

  public:
    // Builds everything into `window` (its parent). `viewMenu` may be null.
    // `showMessage` puts a line in the window's status bar.
    AnalysisActions(QMainWindow* window, GameTreeModel* model, BoardWidget* board, QMenu* viewMenu,
                    std::function<void(const QString&)> showMessage);

    AnalysisController* controller() const { return controller_; }
    CandidatesTable* candidates() const { return table_; }
    QDockWidget* dock() const { return dock_; }
    QAction* toggleAction() const { return toggle_; }
    // The action of an overlay by its name (OverlayFlags::names()).
    QAction* overlayAction(const QString& name) const;
    OverlayFlags flags() const;
    void setFlags(const OverlayFlags& flags);
    QString statusText() const;
    // Applies engine settings (networks reload in the worker when changed).
    void applySettings(const EngineSettings& settings);

  public slots:
    void setActive(bool on);
    void engineSettingsDialog();
    // A snapshot of the current position from an external GTP analyser.
    void showExternalSnapshot(const m37::AnalysisSnapshot& snapshot);
    void clearExternalSnapshot();

  private:
    void onSnapshot();
    void onFlagsChanged();
    // The snapshot to show: the external one for this node, else the
    // embedded engine's.
    const std::optional<AnalysisSnapshot>& shownSnapshot() const;

    QMainWindow* window_;
    GameTreeModel* model_;
    BoardWidget* board_;
    std::function<void(const QString&)> showMessage_;
    AnalysisController* controller_;
    CandidatesTable* table_;
    QDockWidget* dock_;
    QAction* toggle_;
    QList<QAction*> overlayActions_;  // in OverlayFlags::names() order
    QActionGroup* heatmapGroup_;
    QLabel* status_;
    EngineSettings settings_;
    std::optional<AnalysisSnapshot> external_;
    const void* externalNode_ = nullptr;  // the node external_ belongs to
};

// The window's Analysis menu, shared by live analysis and whole-game
// review: made (objectName "analysisMenu") by whichever asks first; a later
// caller gets it with a separator added for its own actions.
QMenu* analysisMenu(QMainWindow* window);

}  // namespace m37::ui
