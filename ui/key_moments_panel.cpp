#include "ui/key_moments_panel.h"

#include <QComboBox>
#include <QSettings>
#include <cmath>

#include "engine/go/coord.h"
#include "ui/board_overlay.h"
#include "ui/game_tree_model.h"
#include "ui/mistakes_panel.h"

namespace m37::ui {

namespace {

enum Column { kMove, kColor, kPlayed, kKind, kWhat };

QString vertex(Loc l, int size) {
    return QString::fromStdString(gtpVertex(l, size));
}

// "0.02%", "2.1%", "31%": small priors stay readable.
QString priorText(float p) {
    const double v = double(p) * 100.0;
    return (v >= 10 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 2)) + "%";
}

QColor kindColor(const KeyMoment& k) {
    switch (k.kind) {
        case KeyMomentKind::kSurprise:
            return surpriseColor();
        case KeyMomentKind::kMistake:
            return categoryColor(k.category);
        case KeyMomentKind::kTurningPoint:
            return QColor(40, 110, 210);
    }
    return {};
}

}  // namespace

QString keyMomentTitle(KeyMomentKind k) {
    switch (k) {
        case KeyMomentKind::kSurprise:
            return KeyMomentsPanel::tr("Surprise");
        case KeyMomentKind::kMistake:
            return KeyMomentsPanel::tr("Mistake");
        case KeyMomentKind::kTurningPoint:
            return KeyMomentsPanel::tr("Turning point");
    }
    return {};
}

QString keyMomentText(const KeyMoment& k, int size) {
    switch (k.kind) {
        case KeyMomentKind::kSurprise: {
            QString t = KeyMomentsPanel::tr("engine's %1 has human prior %2")
                            .arg(vertex(k.engineMove, size), priorText(k.value));
            if (k.move == k.engineMove) t += KeyMomentsPanel::tr(" (played)");
            return t;
        }
        case KeyMomentKind::kMistake: {
            QString t = k.valueIsPoints
                            ? KeyMomentsPanel::tr("%1: lost %2 pts")
                                  .arg(categoryTitle(k.category))
                                  .arg(QString::number(double(k.value), 'f', 1))
                            : KeyMomentsPanel::tr("%1: lost %2% winrate")
                                  .arg(categoryTitle(k.category))
                                  .arg(QString::number(double(k.value) * 100.0, 'f', 1));
            if (k.engineMove != kNullLoc)
                t += KeyMomentsPanel::tr(" (best %1)").arg(vertex(k.engineMove, size));
            return t;
        }
        case KeyMomentKind::kTurningPoint: {
            const QString swing = (k.value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                                  QString::number(std::abs(double(k.value)) * 100.0, 'f', 1) + "%";
            QString t = KeyMomentsPanel::tr("Black %1").arg(swing);
            if (k.leadChanged)
                t += k.value < 0 ? KeyMomentsPanel::tr(", White takes the lead")
                                 : KeyMomentsPanel::tr(", Black takes the lead");
            return t;
        }
    }
    return {};
}

KeyMomentsPanel::KeyMomentsPanel(QWidget* parent) : QWidget(parent) {
    combo_ = new QComboBox(this);
    combo_->setObjectName("keyMomentFilter");
    combo_->addItem(tr("All key moments"), -1);
    for (KeyMomentKind k :
         {KeyMomentKind::kSurprise, KeyMomentKind::kMistake, KeyMomentKind::kTurningPoint})
        combo_->addItem(keyMomentTitle(k), int(k));
    list_ = new ReviewMoveList(
        "keyMomentsList", {tr("Move"), tr("Colour"), tr("Played"), tr("Kind"), tr("What")},
        tr("Surprises, mistakes and turning points of the game; click to go there"), this);
    list_->placeBelowFilter(this, tr("Show:"), combo_);

    bool ok = false;
    const int saved = QSettings().value("review/keyMomentFilter").toInt(&ok);
    if (ok && saved >= 0 && saved <= int(KeyMomentKind::kTurningPoint))
        filter_ = KeyMomentKind(saved);
    combo_->setCurrentIndex(filter_ ? combo_->findData(int(*filter_)) : 0);
    connect(combo_, &QComboBox::currentIndexChanged, this, [this](int i) {
        const int kind = combo_->itemData(i).toInt();
        setFilter(kind < 0 ? std::nullopt : std::optional<KeyMomentKind>(KeyMomentKind(kind)));
        QSettings().setValue("review/keyMomentFilter", kind);
    });
    connect(list_, &ReviewMoveList::moveActivated, this, &KeyMomentsPanel::moveActivated);
}

void KeyMomentsPanel::setFilter(std::optional<KeyMomentKind> kind) {
    if (kind == filter_) return;
    filter_ = kind;
    const int i = combo_->findData(kind ? int(*kind) : -1);
    if (i >= 0 && combo_->currentIndex() != i) combo_->setCurrentIndex(i);
    refill();
}

void KeyMomentsPanel::setMoments(const std::vector<KeyMoment>& moments, int boardSize) {
    moments_ = moments;
    boardSize_ = boardSize;
    refill();
}

void KeyMomentsPanel::clear() {
    moments_.clear();
    list_->clear();
}

void KeyMomentsPanel::refill() {
    QTreeWidgetItem* current = list_->currentItem();
    const int currentMove = current ? current->data(kMove, Qt::UserRole).toInt() : -1;
    list_->clear();
    for (const KeyMoment& k : moments_) {
        if (filter_ && k.kind != *filter_) continue;
        auto* item = new QTreeWidgetItem();
        item->setData(kMove, Qt::DisplayRole, k.moveNumber);
        item->setTextAlignment(kMove, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(kColor, colorTitle(k.color));
        item->setText(kPlayed, vertex(k.move, boardSize_));
        item->setText(kKind, keyMomentTitle(k.kind));
        item->setForeground(kKind, kindColor(k));
        item->setText(kWhat, keyMomentText(k, boardSize_));
        item->setToolTip(kWhat, item->text(kWhat));
        list_->insertRow(item, k.moveNumber);
    }
    if (currentMove >= 0) list_->setCurrentMove(currentMove);
}

}  // namespace m37::ui
