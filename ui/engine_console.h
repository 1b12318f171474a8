#pragma once
// EngineConsole: the GTP conversation of the external engines, for the
// "Engine Console" dock: every command sent (blue, with the engine's
// name), every line received (normal), stderr and our own notes (grey),
// failures (red); a line to type a command to the engine chosen in the
// combo box, whose answer shows up like the others. Analysis streams are
// shown one line in ten to keep it readable; the log keeps the last
// maxLines lines.
// Threading: GUI thread only.
#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace m37::ui {

class GtpProcess;

class EngineConsole : public QWidget {
    Q_OBJECT

  public:
    explicit EngineConsole(QWidget* parent = nullptr);

    // Shows this engine's conversation (several may be attached).
    void attach(GtpProcess* process);
    void detach(GtpProcess* process);
    void detachAll();
    // Sends a command line to the engine chosen in the box (tests, the
    // line edit).
    void sendCommand(const QString& line);
    QString text() const;
    int engineCount() const;

  private:
    void append(const QString& who, const QString& line, const QString& color);
    void refreshBox();

    QList<QPointer<GtpProcess>> processes_;
    QComboBox* box_;
    QLineEdit* input_;
    QPlainTextEdit* log_;
    int analysisCount_ = 0;
};

}  // namespace m37::ui
