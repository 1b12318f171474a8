#pragma once
// CommentPanel: the contents of the comment dock — a one-line summary of
// the game information (players, result, komi) with a button that asks for
// the game-info dialog, and an editor of the current node's comment (the C
// property). Typing writes the comment into the tree at once (the model
// marks the file modified); moving to another node shows its comment. A
// comment longer than CommentPanelParams::maxEditable characters (a log
// pasted into a 100 MB file) is shown cut, read-only, with a note saying
// so: the editor stays fast and the whole comment stays in the tree.
// Threading: GUI thread only.
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace m37::ui {

class GameTreeModel;

struct CommentPanelParams {
    // Longer comments are shown cut and read-only.
    qsizetype maxEditable = 200'000;
};

class CommentPanel : public QWidget {
    Q_OBJECT

  public:
    explicit CommentPanel(GameTreeModel* model, QWidget* parent = nullptr,
                          CommentPanelParams params = {});

    QPlainTextEdit* editor() const { return editor_; }
    QString summary() const;
    // The note shown above a cut comment ("" when the comment is whole).
    QString cutNote() const;

  signals:
    void editGameInfoRequested();

  private:
    void sync();

    GameTreeModel* model_;
    CommentPanelParams params_;
    QLabel* summary_;
    QLabel* cutNote_;
    QPlainTextEdit* editor_;
    const void* shownNode_ = nullptr;
    QString shown_;  // the current node's comment as last shown or typed
};

}  // namespace m37::ui
