#include "ui/game_tree_widget.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>

#include "ui/game_tree_model.h"

namespace m37::ui {

GameTreeWidget::GameTreeWidget(GameTreeModel* model, QWidget* parent)
    : QAbstractScrollArea(parent), model_(model) {
    cell_ = std::max(20, fontMetrics().height() + 6);
    margin_ = fontMetrics().height();
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    horizontalScrollBar()->setSingleStep(cell_);
    verticalScrollBar()->setSingleStep(cell_);
    connect(model_, &GameTreeModel::treeChanged, this, &GameTreeWidget::rebuild);
    connect(model_, &GameTreeModel::changed, this, &GameTreeWidget::onCurrentChanged);
    rebuild();
}

void GameTreeWidget::rebuild() {
    layout_ = GameTreeLayout(model_->root());
    updateScrollBars();
    onCurrentChanged();
}

void GameTreeWidget::onCurrentChanged() {
    onPath_.clear();
    for (const SgfNode* n = model_->current(); n; n = n->parent()) onPath_.insert(n);
    ensureCurrentVisible();
    viewport()->update();
}

void GameTreeWidget::updateScrollBars() {
    const QSize area = viewport()->size();
    const int w = layout_.columns() * cell_ + cell_;
    const int h = layout_.rows() * cell_ + margin_ + cell_ / 2;
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setPageStep(area.height());
    horizontalScrollBar()->setRange(0, std::max(0, w - area.width()));
    verticalScrollBar()->setRange(0, std::max(0, h - area.height()));
}

void GameTreeWidget::ensureCurrentVisible() {
    const TreeCell* c = layout_.cellOf(model_->current());
    if (!c) return;
    const QSize area = viewport()->size();
    const int x = c->column * cell_ + cell_ / 2, y = c->row * cell_ + cell_ / 2 + margin_;
    QScrollBar* h = horizontalScrollBar();
    QScrollBar* v = verticalScrollBar();
    // Out of view (or nearly): centre it, so that what follows shows too.
    const int pad = std::max(cell_ * 2, area.width() / 4);
    if (x - pad < h->value() || x + pad > h->value() + area.width())
        h->setValue(x - area.width() / 2);
    if (y - cell_ < v->value() || y + cell_ > v->value() + area.height())
        v->setValue(y - area.height() / 2);
}

QPoint GameTreeWidget::cellCenter(TreeCell c) const {
    return {c.column * cell_ + cell_ / 2 - horizontalScrollBar()->value(),
            c.row * cell_ + cell_ / 2 + margin_ - verticalScrollBar()->value()};
}

void GameTreeWidget::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    ensureCurrentVisible();
}

void GameTreeWidget::wheelEvent(QWheelEvent* event) {
    // A tree is wide, rarely tall: the wheel scrolls sideways when it can
    // not scroll down.
    if (verticalScrollBar()->maximum() == 0 && event->angleDelta().x() == 0) {
        QScrollBar* h = horizontalScrollBar();
        h->setValue(h->value() - event->angleDelta().y() * cell_ * 3 / 120);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

const SgfNode* GameTreeWidget::nodeAtPoint(QPointF viewportPos) const {
    const QPointF p = viewportPos + QPointF(horizontalScrollBar()->value(),
                                            verticalScrollBar()->value() - margin_);
    if (p.x() < 0 || p.y() < 0) return nullptr;
    return layout_.nodeAt(TreeCell{int(p.x()) / cell_, int(p.y()) / cell_});
}

void GameTreeWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    if (const SgfNode* node = nodeAtPoint(event->position())) model_->goTo(node);
}

void GameTreeWidget::contextMenuEvent(QContextMenuEvent* event) {
    // Like the mouse events, the position is the viewport's.
    const SgfNode* node = nodeAtPoint(event->pos());
    if (!node) return;
    model_->goTo(node);
    QMenu menu(this);
    for (const char* name : {"deleteNode", "restoreDeleted", "promote"})
        if (auto* a = window()->findChild<QAction*>(QLatin1String(name))) menu.addAction(a);
    if (!menu.isEmpty()) menu.exec(event->globalPos());
}

void GameTreeWidget::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    QColor faint = text;
    faint.setAlpha(90);
    const int x0 = horizontalScrollBar()->value();
    const int first = std::max(0, x0 / cell_ - 1);
    const int last = std::min(layout_.columns() - 1, (x0 + viewport()->width()) / cell_ + 1);
    const int size = model_->state().size();

    // Move numbers every ten columns.
    QFont small = font();
    small.setPixelSize(std::max(8, margin_ - 4));
    p.setFont(small);
    p.setPen(faint);
    for (int c = first - first % 10; c <= last; c += 10) {
        if (c <= 0) continue;
        const QPoint ctr = cellCenter({c, 0});
        p.drawText(QRect(ctr.x() - cell_, ctr.y() - cell_ / 2 - margin_, 2 * cell_, margin_),
                   Qt::AlignCenter, QString::number(c));
    }

    const qreal r = cell_ * 0.3;
    // Edges first, then dots over them.
    for (int c = first; c <= last; ++c) {
        for (int idx : layout_.column(c)) {
            const auto& it = layout_.items()[size_t(idx)];
            if (it.cell == it.parent) continue;
            const bool strong = onPath_.count(it.node) > 0;
            p.setPen(QPen(strong ? text : faint, strong ? 2.0 : 1.2));
            const QPointF a = cellCenter(it.parent), b = cellCenter(it.cell);
            if (it.parent.row == it.cell.row) {
                p.drawLine(a, b);
            } else {
                // Down the gap between the columns, then into the node.
                const qreal gx = a.x() + cell_ / 2.0;
                const QPointF pts[] = {a, QPointF(gx, a.y() + cell_ / 2.0),
                                       QPointF(gx, b.y() - cell_ / 2.0), b};
                p.drawPolyline(pts, 4);
            }
        }
    }
    for (int c = first; c <= last; ++c) {
        for (int idx : layout_.column(c)) {
            const auto& it = layout_.items()[size_t(idx)];
            const QPointF ctr = cellCenter(it.cell);
            const bool strong = onPath_.count(it.node) > 0;
            p.setOpacity(strong ? 1.0 : 0.55);
            const MoveRecord m = nodeMove(*it.node, size);
            if (m.color == kBlack || m.color == kWhite) {
                p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.0));
                p.setBrush(m.color == kBlack ? QColor(0x18, 0x18, 0x18) : QColor(0xf4, 0xf4, 0xf0));
                p.drawEllipse(ctr, r, r);
                if (m.loc == kPassLoc) {  // a pass: hollow centre
                    p.setBrush(pal.color(QPalette::Base));
                    p.drawEllipse(ctr, r * 0.4, r * 0.4);
                }
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x88, 0x88, 0x88));
                p.drawRect(QRectF(ctr.x() - r * 0.8, ctr.y() - r * 0.8, r * 1.6, r * 1.6));
            }
            if (it.node->has("C")) {  // commented: a small dot above right
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x2a, 0x6c, 0xe0));
                p.drawEllipse(ctr + QPointF(r * 0.9, -r * 0.9), r * 0.35, r * 0.35);
            }
            if (it.node == model_->current()) {
                p.setOpacity(1.0);
                p.setPen(QPen(accent, 2.5));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(ctr, r + 3.5, r + 3.5);
            }
        }
    }
}

}  // namespace m37::ui
