#include "ui/comment_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/game_tree_model.h"

namespace m37::ui {

CommentPanel::CommentPanel(GameTreeModel* model, QWidget* parent) : QWidget(parent), model_(model) {
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
    editor_ = new QPlainTextEdit(this);
    editor_->setObjectName("commentEditor");
    editor_->setPlaceholderText(tr("Comment on this move"));
    layout->addWidget(editor_, 1);

    connect(editor_, &QPlainTextEdit::textChanged, this,
            [this] { model_->setComment(editor_->toPlainText()); });
    connect(model_, &GameTreeModel::changed, this, &CommentPanel::sync);
    connect(model_, &GameTreeModel::treeChanged, this, &CommentPanel::sync);
    sync();
}

QString CommentPanel::summary() const {
    return summary_->text();
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
    if (shownNode_ == model_->current() && comment == editor_->toPlainText()) return;
    shownNode_ = model_->current();
    const QSignalBlocker block(editor_);
    editor_->setPlainText(comment);
}

}  // namespace m37::ui
