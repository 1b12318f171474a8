#pragma once
// DiagnosticsDialog: lists what the SGF reader said about a file, one
// "FILE:LINE:COL: warning: message" per line (the compiler-style form
// editors can jump to), selectable and copyable.
// Threading: GUI thread only.
#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace m37::ui {

class DiagnosticsDialog : public QDialog {
    Q_OBJECT

  public:
    DiagnosticsDialog(const QString& title, const QStringList& lines, QWidget* parent = nullptr);
    QString text() const;

  private:
    QPlainTextEdit* text_;
};

}  // namespace m37::ui
