#include "ui/review_move_list.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace m37::ui {

ReviewMoveList::ReviewMoveList(const QString& objectName, const QStringList& headers,
                               const QString& toolTip, QWidget* parent)
    : QTreeWidget(parent) {
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    auto activate = [this](QTreeWidgetItem* item) {
        if (item) emit moveActivated(item->data(0, Qt::UserRole).toInt());
    };
    connect(this, &QTreeWidget::itemClicked, this, activate);
    connect(this, &QTreeWidget::itemActivated, this, activate);

    setObjectName(objectName);
    setColumnCount(int(headers.size()));
    setHeaderLabels(headers);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setToolTip(toolTip);
}

void ReviewMoveList::placeBelowFilter(QWidget* panel, const QString& label, QComboBox* filter) {
    auto* top = new QHBoxLayout();
    top->addWidget(new QLabel(label, panel));
    top->addWidget(filter, 1);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(this);
}

void ReviewMoveList::insertRow(QTreeWidgetItem* item, int moveNumber) {
    item->setData(0, Qt::UserRole, moveNumber);
    int at = 0;
    while (at < topLevelItemCount() &&
           topLevelItem(at)->data(0, Qt::UserRole).toInt() <= moveNumber)
        ++at;
    insertTopLevelItem(at, item);
}

std::vector<int> ReviewMoveList::listedMoves() const {
    std::vector<int> out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out.push_back(topLevelItem(i)->data(0, Qt::UserRole).toInt());
    return out;
}

std::optional<int> ReviewMoveList::nextMove(int afterMove) const {
    for (int m : listedMoves())
        if (m > afterMove) return m;
    return std::nullopt;
}

std::optional<int> ReviewMoveList::previousMove(int beforeMove) const {
    const std::vector<int> moves = listedMoves();
    for (auto it = moves.rbegin(); it != moves.rend(); ++it)
        if (*it < beforeMove) return *it;
    return std::nullopt;
}

void ReviewMoveList::setCurrentMove(int moveNumber) {
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == moveNumber) {
            if (currentItem() != item) setCurrentItem(item);
            return;
        }
    }
    clearSelection();
    setCurrentItem(nullptr);
}

}  // namespace m37::ui
