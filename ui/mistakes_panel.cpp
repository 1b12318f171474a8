#include "ui/mistakes_panel.h"

#include <QComboBox>
#include <QSettings>
#include <algorithm>

#include "engine/go/coord.h"
#include "ui/game_tree_model.h"

namespace m37::ui {

QString categoryTitle(MoveCategory c) {
    switch (c) {
        case MoveCategory::kGood:
            return MistakesPanel::tr("Good");
        case MoveCategory::kSlight:
            return MistakesPanel::tr("Slight");
        case MoveCategory::kInaccuracy:
            return MistakesPanel::tr("Inaccuracy");
        case MoveCategory::kMistake:
            return MistakesPanel::tr("Mistake");
        case MoveCategory::kBadMistake:
            return MistakesPanel::tr("Bad mistake");
        case MoveCategory::kBlunder:
            return MistakesPanel::tr("Blunder");
    }
    return {};
}

QColor categoryColor(MoveCategory c) {
    static const QColor colors[kMoveCategoryCount] = {QColor(60, 170, 70),  QColor(160, 200, 60),
                                                      QColor(230, 200, 40), QColor(240, 140, 30),
                                                      QColor(220, 50, 40),  QColor(150, 40, 170)};
    return colors[int(c)];
}

namespace {

enum Column { kMove, kColor, kPlayed, kBest, kPoints, kWinrate, kCategory };

}  // namespace

MistakesPanel::MistakesPanel(QWidget* parent) : QWidget(parent) {
    combo_ = new QComboBox(this);
    combo_->setObjectName("mistakeThreshold");
    for (int c = 1; c < kMoveCategoryCount; ++c)
        combo_->addItem(tr("%1 and worse").arg(categoryTitle(MoveCategory(c))), c);
    list_ = new ReviewMoveList("mistakesList",
                               {tr("Move"), tr("Colour"), tr("Played"), tr("Best"), tr("Points"),
                                tr("Winrate"), tr("Category")},
                               tr("Points and winrate lost by each move; click to go there"), this);
    list_->placeBelowFilter(this, tr("Show:"), combo_);

    bool ok = false;
    const int saved = QSettings().value("review/mistakeThreshold").toInt(&ok);
    if (ok && saved >= 1 && saved < kMoveCategoryCount) threshold_ = MoveCategory(saved);
    combo_->setCurrentIndex(int(threshold_) - 1);
    connect(combo_, &QComboBox::currentIndexChanged, this, [this](int i) {
        setThreshold(MoveCategory(combo_->itemData(i).toInt()));
        QSettings().setValue("review/mistakeThreshold", int(threshold_));
    });
    connect(list_, &ReviewMoveList::moveActivated, this, &MistakesPanel::moveActivated);
}

void MistakesPanel::setThreshold(MoveCategory c) {
    if (c == threshold_) return;
    threshold_ = c;
    const int i = combo_->findData(int(c));
    if (i >= 0 && combo_->currentIndex() != i) combo_->setCurrentIndex(i);
    refill();
}

void MistakesPanel::addMove(const MoveReview& move, int boardSize) {
    moves_.push_back({move, boardSize});
    if (move.category >= threshold_) addRow(moves_.back());
}

void MistakesPanel::clear() {
    moves_.clear();
    list_->clear();
}

void MistakesPanel::refill() {
    list_->clear();
    for (const Entry& e : moves_)
        if (e.move.category >= threshold_) addRow(e);
}

void MistakesPanel::addRow(const Entry& e) {
    const MoveReview& m = e.move;
    const int size = e.boardSize;
    auto* item = new QTreeWidgetItem();
    item->setData(kMove, Qt::DisplayRole, m.moveNumber);
    item->setText(kColor, colorTitle(m.color));
    item->setText(kPlayed, QString::fromStdString(gtpVertex(m.move, size)));
    item->setText(kBest, m.bestMove == kNullLoc
                             ? QStringLiteral("—")
                             : QString::fromStdString(gtpVertex(m.bestMove, size)));
    item->setText(kPoints, m.pointsLost ? QString::number(double(*m.pointsLost), 'f', 1)
                                        : QStringLiteral("—"));
    item->setText(kWinrate, QString::number(100.0 * double(m.winrateLost), 'f', 1) + "%");
    item->setText(kCategory, categoryTitle(m.category));
    item->setForeground(kCategory, categoryColor(m.category));
    for (int c : {int(kMove), int(kPoints), int(kWinrate)})
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    list_->insertRow(item, m.moveNumber);
}

std::vector<int> MistakesPanel::listedMoves() const {
    return list_->listedMoves();
}

std::optional<int> MistakesPanel::nextMistake(int afterMove) const {
    return list_->nextMove(afterMove);
}

std::optional<int> MistakesPanel::previousMistake(int beforeMove) const {
    return list_->previousMove(beforeMove);
}

void MistakesPanel::setCurrentMove(int moveNumber) {
    list_->setCurrentMove(moveNumber);
}

}  // namespace m37::ui
