#include "ui/board_widget.h"

#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>

#include "ui/game_tree_model.h"

namespace m37::ui {

BoardWidget::BoardWidget(GameTreeModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    refusedTimer_.setSingleShot(true);
    refusedTimer_.setInterval(700);
    connect(&refusedTimer_, &QTimer::timeout, this, [this] {
        refused_.reset();
        update();
    });
    connect(model_, &GameTreeModel::changed, this, &BoardWidget::onModelChanged);
    onModelChanged();
}

BoardGeometry BoardWidget::boardGeometry(const QSizeF& size, qreal dpr) const {
    BoardGeometryParams params;
    params.boardSize = model_->state().size();
    params.coordinates = showCoordinates_;
    params.devicePixelRatio = dpr;
    params.padding = std::min(size.width(), size.height()) >= 300 ? 6 : 0;
    return BoardGeometry(size, params);
}

BoardGeometry BoardWidget::boardGeometry() const {
    return boardGeometry(QSizeF(size()), devicePixelRatioF());
}

BoardView BoardWidget::view() const {
    const GameState& st = model_->state();
    BoardView v;
    v.board = &st.board();
    v.lastMove = model_->lastMove();
    if (showMoveNumbers_) v.moveNumbers = &numbers_;
    if (hover_) {
        const Loc l = st.board().loc(hover_->x(), hover_->y());
        if (st.check(l, st.toMove()) == MoveError::kNone) v.ghost = hover_;
    }
    v.ghostColor = st.toMove();
    v.refused = refused_;
    v.markup = &markup_;
    if (overlay_.boardSize == st.size()) {
        v.overlay = &overlay_;
        if (!overlay_.pv.empty()) v.ghost.reset();  // the PV's first stone is there
    }
    return v;
}

std::optional<Loc> BoardWidget::hoveredCandidate() const {
    if (!hover_ || !overlayFlags_.candidates || !analysis_) return std::nullopt;
    const int n = model_->state().size();
    if (analysis_->boardSize != n) return std::nullopt;
    for (const OverlayCandidate& c : overlay_.candidates)
        if (c.point == *hover_) return model_->state().board().loc(hover_->x(), hover_->y());
    return std::nullopt;
}

std::optional<Loc> BoardWidget::pvMove() const {
    if (auto h = hoveredCandidate()) return h;
    return highlighted_;
}

void BoardWidget::rebuildOverlay() {
    const bool show = analysis_ && analysis_->boardSize == model_->state().size() &&
                      (overlayFlags_.any() || highlighted_);
    if (!show) {
        overlay_ = BoardOverlay{};
    } else {
        // The candidates first (hover looks them up), then the PV.
        overlay_ = buildOverlay(*analysis_, overlayFlags_, overlayOptions_);
        if (auto m = pvMove())
            overlay_ = buildOverlay(*analysis_, overlayFlags_, overlayOptions_, m);
    }
    update();
}

void BoardWidget::setAnalysis(const std::optional<AnalysisSnapshot>& snapshot) {
    analysis_ = snapshot;
    rebuildOverlay();
}

void BoardWidget::setOverlayFlags(const OverlayFlags& flags) {
    if (flags == overlayFlags_) return;
    overlayFlags_ = flags;
    rebuildOverlay();
}

void BoardWidget::setOverlayOptions(const OverlayOptions& options) {
    overlayOptions_ = options;
    rebuildOverlay();
}

void BoardWidget::setHighlightedMove(std::optional<Loc> move) {
    if (move == highlighted_) return;
    highlighted_ = move;
    rebuildOverlay();
}

void BoardWidget::onModelChanged() {
    numbers_ = model_->moveNumbers();
    const int n = model_->state().size();
    markup_ = markupOfNode(*model_->current(), n);
    if (showNextMoves_) markup_.variations = variationGhosts(*model_->current(), n);
    if (hover_ && hover_->x() >= model_->state().size()) hover_.reset();
    refused_.reset();
    update();
}

void BoardWidget::setShowMoveNumbers(bool on) {
    if (on == showMoveNumbers_) return;
    showMoveNumbers_ = on;
    update();
}

void BoardWidget::setShowCoordinates(bool on) {
    if (on == showCoordinates_) return;
    showCoordinates_ = on;
    update();
}

void BoardWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    renderer_.paint(p, QRectF(rect()), boardGeometry(), view());
}

QImage BoardWidget::renderToImage(const QSize& size, qreal dpr) const {
    QImage img(QSize(int(size.width() * dpr), int(size.height() * dpr)),
               QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    renderer_.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), boardGeometry(QSizeF(size), dpr),
                    view());
    return img;
}

void BoardWidget::setHoverEnabled(bool on) {
    hoverEnabled_ = on;
    if (!on) {
        QEvent leave(QEvent::Leave);
        leaveEvent(&leave);
    }
}

void BoardWidget::setShowNextMoves(bool on) {
    if (on == showNextMoves_) return;
    showNextMoves_ = on;
    onModelChanged();
}

void BoardWidget::mouseMoveEvent(QMouseEvent* event) {
    if (!hoverEnabled_) return;
    const auto pt = boardGeometry().pointAt(event->position());
    if (pt != hover_) {
        const std::optional<Loc> before = hoveredCandidate();
        hover_ = pt;
        if (hoveredCandidate() != before)
            rebuildOverlay();
        else
            update();
    }
}

void BoardWidget::leaveEvent(QEvent*) {
    if (hover_) {
        const bool hadPv = hoveredCandidate().has_value();
        hover_.reset();
        if (hadPv)
            rebuildOverlay();
        else
            update();
    }
}

void BoardWidget::wheelEvent(QWheelEvent* event) {
    // One step per notch (120 eighths of a degree); touchpads send less.
    wheelAngle_ += event->angleDelta().y();
    while (wheelAngle_ >= 120) {
        wheelAngle_ -= 120;
        model_->back();
    }
    while (wheelAngle_ <= -120) {
        wheelAngle_ += 120;
        model_->forward();
    }
    event->accept();
}

void BoardWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const auto pt = boardGeometry().pointAt(event->position());
    if (!pt) return;
    const Loc loc = model_->state().board().loc(pt->x(), pt->y());
    const MoveError e = model_->play(loc);
    if (e == MoveError::kNone) return;  // changed() repaints
    refused_ = pt;
    refusedTimer_.start();
    update();
    emit moveRefused(loc, e, QString::fromUtf8(toString(e)));
}

}  // namespace m37::ui
