#pragma once
// ShortcutsDialog: Help → Keyboard Shortcuts. Lists every QAction of a
// window that has a shortcut (its text without the '&', every key sequence
// in the platform's notation, and the status tip), generated from the
// actions themselves so the list never goes stale; a filter field narrows
// it. Non-modal.
// Threading: GUI thread only.
#include <QDialog>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace m37::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT

  public:
    // Lists the actions of `window` (and of its children) that have shortcuts.
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    QTreeWidget* list() const { return list_; }
    int rowCount() const;
    // The shortcut text of the row whose action is `actionText` ("" if none).
    QString shortcutOf(const QString& actionText) const;

  private:
    QLineEdit* filter_;
    QTreeWidget* list_;
};

// Adds Help → Keyboard Shortcuts… (F1) to `window` (the menu named
// "helpMenu", made when missing); it opens a ShortcutsDialog of the window.
QAction* addShortcutsHelp(QMainWindow* window);

}  // namespace m37::ui
