#include "ui/candidates_table.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMouseEvent>
#include <QTableView>
#include <QVBoxLayout>

#include "engine/go/coord.h"
#include "ui/board_overlay.h"
#include "ui/game_tree_model.h"

namespace m37::ui {

namespace {

QString percent(double v, int decimals = 1) {
    return QString::number(v * 100.0, 'f', decimals) + QStringLiteral("%");
}

QString signedPoints(float v) {
    return (v >= 0 ? QStringLiteral("+") : QString()) + QString::number(double(v), 'f', 1);
}

}  // namespace

CandidatesModel::CandidatesModel(QObject* parent) : QAbstractTableModel(parent) {}

void CandidatesModel::setSnapshot(const std::optional<AnalysisSnapshot>& s) {
    beginResetModel();
    snapshot_ = s;
    rows_.clear();
    if (s)
        for (const CandidateMove& c : s->candidates)
            if (c.visits > 0) rows_.push_back(c);
    endResetModel();
}

Loc CandidatesModel::moveAt(int row) const {
    return row >= 0 && row < int(rows_.size()) ? rows_[size_t(row)].move : kNullLoc;
}

int CandidatesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int CandidatesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumns;
}

QVariant CandidatesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size()) || !snapshot_) return {};
    const CandidateMove& c = rows_[size_t(index.row())];
    const int n = snapshot_->boardSize;
    if (role == Qt::TextAlignmentRole)
        return index.column() == kPv || index.column() == kMove
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == kHumanPrior && index.row() == 0 &&
        c.humanPrior && *c.humanPrior < 0.05f)
        return QColor(0xc0, 0x60, 0x00);  // the surprise: humans would rarely play it
    if (role == Qt::UserRole) return int(c.move);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
        case kMove:
            return QString::fromStdString(gtpVertex(c.move, n));
        case kVisits:
            return role == Qt::ToolTipRole ? QVariant(QString::number(c.visits))
                                           : QVariant(compactCount(c.visits));
        case kWinrate:
            return percent(c.winrate);
        case kScore:
            return c.scoreLead ? signedPoints(*c.scoreLead) : QString();
        case kPrior:
            return percent(c.prior);
        case kHumanPrior:
            return c.humanPrior ? percent(*c.humanPrior) : QString();
        case kLcb:
            return c.lcb > -1.0f ? percent(std::max(0.0f, c.lcb)) : QString();
        case kPv: {
            QStringList moves;
            for (Loc l : c.pv) moves << QString::fromStdString(gtpVertex(l, n));
            return moves.join(' ');
        }
        default:
            return {};
    }
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case kWinrate:
                return tr("Winrate of the side to move after this move");
            case kScore:
                return tr("Score lead of the side to move, in points");
            case kPrior:
                return tr("The engine's prior (network policy)");
            case kHumanPrior:
                return tr("How likely a human would play it (human-policy network)");
            case kLcb:
                return tr("Lower confidence bound of the winrate");
            case kPv:
                return tr("Principal variation: the line the engine expects");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case kMove:
            return tr("Move");
        case kVisits:
            return tr("Visits");
        case kWinrate:
            return tr("Winrate");
        case kScore:
            return tr("Score");
        case kPrior:
            return tr("Engine");
        case kHumanPrior:
            return tr("Human");
        case kLcb:
            return tr("LCB");
        case kPv:
            return tr("PV");
        default:
            return {};
    }
}

CandidatesTable::CandidatesTable(QWidget* parent) : QWidget(parent) {
    model_ = new CandidatesModel(this);
    view_ = new QTableView(this);
    view_->setObjectName("candidatesView");
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setMouseTracking(true);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int w = view_->fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) + 14;
    for (int c = 0; c < CandidatesModel::kPv; ++c) view_->setColumnWidth(c, w);
    view_->viewport()->installEventFilter(this);
    summary_ = new QLabel(this);
    summary_->setObjectName("candidatesSummary");
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(summary_);
    layout->addWidget(view_, 1);

    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        const Loc m = model_->moveAt(i.row());
        if (m != kNullLoc) emit activated(m);
    });
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& cur) {
                selected_ = cur.isValid() ? model_->moveAt(cur.row()) : kNullLoc;
                updateHighlight();
            });
}

void CandidatesTable::setSnapshot(const std::optional<AnalysisSnapshot>& s) {
    const Loc keep = s ? selected_ : kNullLoc;
    {
        const QSignalBlocker block(view_->selectionModel());
        model_->setSnapshot(s);
        selected_ = kNullLoc;
        for (int r = 0; r < model_->rowCount() && keep != kNullLoc; ++r) {
            if (model_->moveAt(r) != keep) continue;
            view_->selectionModel()->setCurrentIndex(
                model_->index(r, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            selected_ = keep;
        }
    }
    if (!s) {
        summary_->setText(tr("No analysis"));
    } else {
        const double seconds = s->elapsedMs / 1000.0;
        QString text = tr("%1 visits").arg(compactCount(s->rootVisits));
        if (seconds > 0.05)
            text += tr(" · %1/s").arg(compactCount(int64_t(double(s->playouts) / seconds)));
        text += tr(" · %1 %2").arg(colorTitle(s->toMove), percent(s->rootWinrate));
        if (s->rootScoreLead) text += QStringLiteral(" %1").arg(signedPoints(*s->rootScoreLead));
        summary_->setText(text);
    }
    updateHighlight();
}

bool CandidatesTable::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto* me = static_cast<QMouseEvent*>(event);
            hoverRow_ = view_->rowAt(int(me->position().y()));
            updateHighlight();
        } else if (event->type() == QEvent::Leave) {
            hoverRow_ = -1;
            updateHighlight();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CandidatesTable::updateHighlight() {
    std::optional<Loc> h;
    const Loc hovered = model_->moveAt(hoverRow_);
    if (hovered != kNullLoc)
        h = hovered;
    else if (selected_ != kNullLoc)
        h = selected_;
    if (h == lastHighlight_) return;
    lastHighlight_ = h;
    emit highlighted(h);
}

}  // namespace m37::ui
