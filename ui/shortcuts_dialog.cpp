#include "ui/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace m37::ui {

namespace {

QString plainText(const QAction* a) {
    QString t = a->text();
    t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    t.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (t.endsWith(QChar(0x2026))) t.chop(1);  // "…"
    return t;
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName("shortcutsDialog");
    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter"));
    filter_->setClearButtonEnabled(true);
    list_ = new QTreeWidget(this);
    list_->setRootIsDecorated(false);
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Description")});
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list_->setSortingEnabled(true);

    QSet<const QAction*> seen;
    QList<QAction*> actions = window->actions();
    actions += window->findChildren<QAction*>();
    for (QAction* a : actions) {
        if (seen.contains(a) || a->shortcuts().isEmpty() || a->text().isEmpty()) continue;
        seen.insert(a);
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts()) keys << k.toString(QKeySequence::NativeText);
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, plainText(a));
        item->setText(1, keys.join(QStringLiteral(", ")));
        item->setText(2, a->statusTip().isEmpty() ? a->toolTip() : a->statusTip());
    }
    list_->sortByColumn(0, Qt::AscendingOrder);

    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < list_->topLevelItemCount(); ++i) {
            QTreeWidgetItem* it = list_->topLevelItem(i);
            it->setHidden(!text.isEmpty() && !it->text(0).contains(text, Qt::CaseInsensitive) &&
                          !it->text(1).contains(text, Qt::CaseInsensitive));
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter_);
    layout->addWidget(list_);
    layout->addWidget(buttons);
    resize(560, 520);
}

int ShortcutsDialog::rowCount() const {
    return list_->topLevelItemCount();
}

QString ShortcutsDialog::shortcutOf(const QString& actionText) const {
    for (int i = 0; i < list_->topLevelItemCount(); ++i)
        if (list_->topLevelItem(i)->text(0) == actionText) return list_->topLevelItem(i)->text(1);
    return {};
}

QAction* addShortcutsHelp(QMainWindow* window) {
    QMenu* help = window->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    if (!help) {
        help = window->menuBar()->addMenu(ShortcutsDialog::tr("&Help"));
        help->setObjectName("helpMenu");
    }
    auto* a = new QAction(ShortcutsDialog::tr("&Keyboard Shortcuts…"), window);
    a->setObjectName("keyboardShortcuts");
    a->setShortcut(QKeySequence(Qt::Key_F1));
    a->setStatusTip(ShortcutsDialog::tr("List every keyboard shortcut"));
    window->addAction(a);
    help->addAction(a);
    QObject::connect(a, &QAction::triggered, window, [window] {
        // One dialog at a time, non-modal.
        if (auto* open = window->findChild<ShortcutsDialog*>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto* d = new ShortcutsDialog(window, window);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    return a;
}

}  // namespace m37::ui
