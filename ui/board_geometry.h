#pragma once
// BoardGeometry: where a board of a given size lies inside a widget — the
// square wood area (centred, as large as fits), the spacing of the grid and
// the pixel of each intersection, with grid lines snapped to device pixels
// so they stay crisp at any device pixel ratio. Converts between points and
// pixels both ways (painting and mouse hits use the same numbers).
// Threading: a plain value computed from its inputs; safe anywhere.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <optional>

namespace m37::ui {

struct BoardGeometryParams {
    int boardSize = 19;
    bool coordinates = true;  // leave room for labels on every side
    qreal devicePixelRatio = 1.0;
    qreal padding = 0;  // logical pixels kept free on every side of the area
};

class BoardGeometry {
  public:
    BoardGeometry() = default;
    // Fits the board into a widget of `area` logical pixels.
    BoardGeometry(const QSizeF& area, const BoardGeometryParams& params);

    int boardSize() const { return params_.boardSize; }
    const BoardGeometryParams& params() const { return params_; }
    // The wood: a square centred in the widget (logical pixels).
    QRectF boardRect() const { return boardRect_; }
    // Distance between neighbouring grid lines (logical pixels).
    qreal cell() const { return cell_; }
    // Width of inner grid lines and of the outer border (logical pixels; an
    // odd number of device pixels each, centred on device pixel centres).
    qreal lineWidth() const { return lineWidth_; }
    qreal borderWidth() const { return borderWidth_; }
    // Centre of intersection (x, y), x from the left, y from the top.
    QPointF center(int x, int y) const;
    // The intersection nearest to `pos` when it lies within half a cell of
    // the grid, else nullopt.
    std::optional<QPoint> pointAt(const QPointF& pos) const;
    qreal stoneRadius() const { return cell_ * 0.48; }
    // Distance from the outer grid line to the centre of coordinate labels.
    qreal labelOffset() const { return cell_ * 0.92; }
    bool valid() const { return cell_ > 0; }

  private:
    BoardGeometryParams params_;
    QRectF boardRect_;
    QPointF origin_;  // centre of intersection (0, 0)
    qreal cell_ = 0;
    qreal lineWidth_ = 1;
    qreal borderWidth_ = 1;
};

}  // namespace m37::ui
