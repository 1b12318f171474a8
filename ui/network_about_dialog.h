#pragma once
// NetworkAboutDialog: Help → About Networks. Shows, for the analysis
// engine's network and the human policy in use, the file and its full
// provenance record (nn::LoadedNetwork::about(): the command that made it,
// the data, hours, generations, date and measured figures), and the notes
// shipped beside the networks (resources/networks/*.md). The records come
// from the AnalysisController, whose worker thread loads the networks: the
// dialog asks it to load them when it has not yet, shows "loading" and
// fills in when AnalysisController::networksLoaded() arrives; nothing is
// loaded on the GUI thread. Non-modal.
// Threading: GUI thread only.
#include <QDialog>
#include <QPointer>

class QAction;
class QMainWindow;
class QTextBrowser;

namespace m37::ui {

class AnalysisController;

class NetworkAboutDialog : public QDialog {
    Q_OBJECT

  public:
    explicit NetworkAboutDialog(AnalysisController* controller, QWidget* parent = nullptr);

    // What the dialog shows, as plain text (tests).
    QString text() const;
    // True once the networks' records are shown (not "loading").
    bool loaded() const { return loaded_; }

  signals:
    // The text was filled in (again).
    void refreshed();

  private:
    void refresh();

    QPointer<AnalysisController> controller_;
    QTextBrowser* view_;
    bool loaded_ = false;
};

// Adds Help → About Networks… to `window` (the menu named "helpMenu", made
// when missing); it opens one NetworkAboutDialog at a time.
QAction* addNetworkAboutHelp(QMainWindow* window, AnalysisController* controller);

}  // namespace m37::ui
