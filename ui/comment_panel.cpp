#include "ui/comment_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/game_tree_model.h"

namespace m37::ui {

CommentPanel::CommentPanel(GameTreeModel* model, QWidget* parent, CommentPanelParams params)
    : QWidget(parent), model_(model), params_(params) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    summary_ = new QLabel(this);
    summary_->setObjectName("gameSummary");
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* edit = new QToolButton(this);
    edit->setText(tr("Game Info…"));
    edit->setToolTip(tr("Edit players, result, komi, date and rules"));
    connect(edit, &QToolButton::clicked, this, &CommentPanel::editGameInfoRequested);
    top->addWidget(summary_, 1);
    top->addWidget(edit);
    layout->addLayout(top);
    cutNote_ = new QLabel(this);
    cutNote_->setObjectName("commentCutNote");
    cutNote_->setWordWrap(true);
    cutNote_->hide();
    layout->addWidget(cutNote_);
    editor_ = new QPlainTextEdit(this);
    editor_->setObjectName("commentEditor");
    editor_->setPlaceholderText(tr("Comment on this move"));
    layout->addWidget(editor_, 1);

    connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
        if (editor_->isReadOnly()) return;
        shown_ = editor_->toPlainText();
        model_->setComment(shown_);
    });
    connect(model_, &GameTreeModel::changed, this, &CommentPanel::sync);
    connect(model_, &GameTreeModel::treeChanged, this, &CommentPanel::sync);
    sync();
}

QString CommentPanel::summary() const {
    return summary_->text();
}

QString CommentPanel::cutNote() const {
    return cutNote_->isHidden() ? QString() : cutNote_->text();
}

void CommentPanel::sync() {
    const GameInfo info = model_->gameInfo();
    auto orQ = [](const QString& s) { return s.isEmpty() ? QStringLiteral("?") : s; };
    QString text = tr("%1 (B) vs %2 (W)").arg(orQ(info.playerBlack), orQ(info.playerWhite));
    if (!info.result.isEmpty()) text += tr(" · %1").arg(info.result);
    if (!info.komi.isEmpty()) text += tr(" · komi %1").arg(info.komi);
    if (!info.date.isEmpty()) text += tr(" · %1").arg(info.date);
    summary_->setText(text);

    const QString comment = model_->comment();
    if (shownNode_ == model_->current() && comment == shown_) return;
    shownNode_ = model_->current();
    shown_ = comment;
    const bool cut = comment.size() > params_.maxEditable;
    const QSignalBlocker block(editor_);
    editor_->setReadOnly(cut);
    editor_->setPlainText(cut ? comment.left(params_.maxEditable) : comment);
    cutNote_->setVisible(cut);
    cutNote_->setText(cut ? tr("This comment is %L1 characters long: the first %L2 are shown, "
                               "read-only. The whole comment stays in the game and is saved.")
                                .arg(comment.size())
                                .arg(params_.maxEditable)
                          : QString());
}

}  // namespace m37::ui
