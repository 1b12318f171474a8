#pragma once
// CommentPanel: the contents of the comment dock — a one-line summary of
// the game information (players, result, komi) with a button that asks for
// the game-info dialog, and an editor of the current node's comment (the C
// property). Typing writes the comment into the tree at once (the model
// marks the file modified); moving to another node shows its comment.
// Threading: GUI thread only.
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace m37::ui {

class GameTreeModel;

class CommentPanel : public QWidget {
    Q_OBJECT

  public:
    explicit CommentPanel(GameTreeModel* model, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return editor_; }
    QString summary() const;

  signals:
    void editGameInfoRequested();

  private:
    void sync();

    GameTreeModel* model_;
    QLabel* summary_;
    QPlainTextEdit* editor_;
    const void* shownNode_ = nullptr;
};

}  // namespace m37::ui
