// BoardGeometry: square and centred, points <-> pixels, device-pixel snapping.
#include <gtest/gtest.h>

#include <cmath>

#include "ui/board_geometry.h"

namespace m37::ui {
namespace {

BoardGeometry make(QSizeF area, int n, bool coords = true, qreal dpr = 1.0) {
    return BoardGeometry(area, BoardGeometryParams{n, coords, dpr});
}

TEST(BoardGeometryTest, SquareCentredAndInside) {
    for (QSizeF area : {QSizeF(800, 600), QSizeF(300, 900), QSizeF(201, 201)}) {
        for (int n : {9, 13, 19, 25}) {
            const BoardGeometry g = make(area, n);
            ASSERT_TRUE(g.valid());
            const QRectF r = g.boardRect();
            EXPECT_DOUBLE_EQ(r.width(), r.height());
            EXPECT_GE(r.left(), 0);
            EXPECT_GE(r.top(), 0);
            EXPECT_LE(r.right(), area.width());
            EXPECT_LE(r.bottom(), area.height());
            // centred within a pixel, and filling the short side (less the
            // rounding of the cell to whole pixels)
            EXPECT_NEAR(r.center().x(), area.width() / 2, 1.0);
            EXPECT_NEAR(r.center().y(), area.height() / 2, 1.0);
            EXPECT_GT(r.width(), std::min(area.width(), area.height()) - (n + 3));
            // the grid is centred in the wood
            EXPECT_NEAR(g.center(0, 0).x() - r.left(), r.right() - g.center(n - 1, 0).x(), 1.0);
        }
    }
}

TEST(BoardGeometryTest, LabelsAndEdgeStonesFitOnTheWood) {
    const BoardGeometry g = make(QSizeF(700, 700), 19);
    const QRectF r = g.boardRect();
    const qreal labelHalf = g.cell() * 0.3;  // half of a two-digit label
    EXPECT_LT(r.left(), g.center(0, 0).x() - g.labelOffset() - labelHalf);
    EXPECT_GT(r.bottom(), g.center(0, 18).y() + g.labelOffset() + labelHalf);
    // labels sit clear of the edge stones
    EXPECT_GT(g.labelOffset() - labelHalf, g.stoneRadius());
    const BoardGeometry plain = make(QSizeF(700, 700), 19, false);
    EXPECT_GT(plain.cell(), g.cell());
    EXPECT_LT(plain.boardRect().left(), plain.center(0, 0).x() - plain.stoneRadius());
}

TEST(BoardGeometryTest, PointAtInvertsCenter) {
    const BoardGeometry g = make(QSizeF(640, 480), 19);
    for (int y = 0; y < 19; ++y) {
        for (int x = 0; x < 19; ++x) {
            const QPointF c = g.center(x, y);
            EXPECT_EQ(g.pointAt(c), QPoint(x, y));
            EXPECT_EQ(g.pointAt(c + QPointF(g.cell() * 0.45, -g.cell() * 0.45)), QPoint(x, y));
        }
    }
    EXPECT_EQ(g.pointAt(g.center(0, 0) - QPointF(g.cell() * 0.6, 0)), std::nullopt);
    EXPECT_EQ(g.pointAt(g.center(18, 18) + QPointF(0, g.cell() * 0.6)), std::nullopt);
    EXPECT_EQ(g.pointAt(QPointF(1, 1)), std::nullopt);
}

TEST(BoardGeometryTest, LinesSnapToDevicePixelsAtAnyRatio) {
    for (qreal dpr : {1.0, 1.25, 1.5, 2.0, 3.0}) {
        const BoardGeometry g = make(QSizeF(733, 611), 19, true, dpr);
        const qreal cellDev = g.cell() * dpr;
        EXPECT_NEAR(cellDev, std::round(cellDev), 1e-6) << dpr;
        const QPointF o = g.center(0, 0) * dpr;
        EXPECT_NEAR(o.x() - std::floor(o.x()), 0.5, 1e-6) << dpr;
        EXPECT_NEAR(o.y() - std::floor(o.y()), 0.5, 1e-6) << dpr;
        const long line = std::lround(g.lineWidth() * dpr);
        const long border = std::lround(g.borderWidth() * dpr);
        EXPECT_EQ(line % 2, 1) << dpr;
        EXPECT_EQ(border % 2, 1) << dpr;
        EXPECT_GT(border, line);
    }
}

TEST(BoardGeometryTest, PaddingKeepsTheBoardOffTheEdges) {
    BoardGeometryParams p{19, true, 2.0};
    p.padding = 10;
    const BoardGeometry g(QSizeF(500, 400), p);
    EXPECT_GE(g.boardRect().top(), 10);
    EXPECT_LE(g.boardRect().bottom(), 390);
    EXPECT_NEAR(g.boardRect().center().y(), 200, 1.0);
}

TEST(BoardGeometryTest, TooSmallIsInvalid) {
    EXPECT_FALSE(make(QSizeF(10, 10), 19).valid());
    EXPECT_FALSE(make(QSizeF(0, 0), 9).valid());
}

}  // namespace
}  // namespace m37::ui
