#pragma once
// ExternalEngine: a GTP engine the user configured — a name, the command
// line that starts it and the working directory — kept in a list stored
// with QSettings (array "engines/external"). presets() are the examples
// offered in the dialog (GNU Go, Leela Zero, KataGo; FILE marks what the
// user fills in). ExternalEnginesDialog adds, edits and removes them.
// Threading: GUI thread (QSettings is thread-safe, the dialog is not).
#include <QDialog>
#include <QList>
#include <QString>
#include <optional>

class QLineEdit;
class QListWidget;

namespace m37::ui {

struct ExternalEngine {
    QString name;
    QString commandLine;
    QString workingDirectory;

    bool operator==(const ExternalEngine&) const = default;
};

struct ExternalEngines {
    static QList<ExternalEngine> load();
    static void save(const QList<ExternalEngine>& engines);
    static std::optional<ExternalEngine> find(const QString& name);
    static QList<ExternalEngine> presets();
};

class ExternalEnginesDialog : public QDialog {
    Q_OBJECT

  public:
    explicit ExternalEnginesDialog(const QList<ExternalEngine>& engines, QWidget* parent = nullptr);

    QList<ExternalEngine> engines() const { return engines_; }

    // Editing actions (also behind the buttons; public for tests).
    void addEngine(const ExternalEngine& engine);
    void removeCurrent();
    void setCurrent(int row);

  private:
    void showCurrent();
    void storeCurrent();
    void refreshList();

    QList<ExternalEngine> engines_;
    int current_ = -1;
    QListWidget* list_;
    QLineEdit* name_;
    QLineEdit* command_;
    QLineEdit* workDir_;
};

}  // namespace m37::ui
