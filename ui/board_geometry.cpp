#include "ui/board_geometry.h"

#include <QPoint>
#include <algorithm>
#include <cmath>

namespace m37::ui {

namespace {
// Margin between the outer grid line and the edge of the wood, in cells.
constexpr qreal kMarginWithLabels = 1.38;
constexpr qreal kMarginPlain = 0.72;

int oddAtLeastOne(qreal v) {
    int n = std::max(1, int(std::lround(v)));
    return n % 2 == 1 ? n : n + 1;
}
}  // namespace

BoardGeometry::BoardGeometry(const QSizeF& area, const BoardGeometryParams& params)
    : params_(params) {
    const int n = std::max(2, params.boardSize);
    const qreal dpr = params.devicePixelRatio > 0 ? params.devicePixelRatio : 1.0;
    const qreal margin = params.coordinates ? kMarginWithLabels : kMarginPlain;
    // Work in device pixels so that every line lands on a pixel centre.
    const qreal padDev = std::max(0.0, std::round(params.padding * dpr));
    const qreal wDev = std::floor(area.width() * dpr);
    const qreal hDev = std::floor(area.height() * dpr);
    const qreal side = std::min(wDev, hDev) - 2 * padDev;
    const qreal cellDev = std::floor(side / (n - 1 + 2 * margin));
    if (cellDev < 2) return;
    const qreal marginDev = std::floor(cellDev * margin);
    const qreal boardDev = cellDev * (n - 1) + 2 * marginDev + 1;
    const qreal leftDev = std::floor((wDev - boardDev) / 2);
    const qreal topDev = std::floor((hDev - boardDev) / 2);

    const int lineDev = oddAtLeastOne(cellDev / 56.0);
    const int borderDev = oddAtLeastOne(cellDev / 56.0 * 2.6);
    cell_ = cellDev / dpr;
    lineWidth_ = lineDev / dpr;
    borderWidth_ = std::max(borderDev, lineDev + 1 + (lineDev % 2)) / dpr;
    boardRect_ = QRectF(leftDev / dpr, topDev / dpr, boardDev / dpr, boardDev / dpr);
    origin_ = QPointF((leftDev + marginDev + 0.5) / dpr, (topDev + marginDev + 0.5) / dpr);
}

QPointF BoardGeometry::center(int x, int y) const {
    return origin_ + QPointF(x * cell_, y * cell_);
}

std::optional<QPoint> BoardGeometry::pointAt(const QPointF& pos) const {
    if (!valid()) return std::nullopt;
    const qreal fx = (pos.x() - origin_.x()) / cell_;
    const qreal fy = (pos.y() - origin_.y()) / cell_;
    const int x = int(std::lround(fx));
    const int y = int(std::lround(fy));
    const int n = params_.boardSize;
    if (x < 0 || y < 0 || x >= n || y >= n) return std::nullopt;
    if (std::abs(fx - x) > 0.5 || std::abs(fy - y) > 0.5) return std::nullopt;
    return QPoint(x, y);
}

}  // namespace m37::ui
