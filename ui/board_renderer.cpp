#include "ui/board_renderer.h"

#include <QFont>
#include <QLinearGradient>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "engine/go/rng.h"
#include "ui/stone_sprite.h"

namespace m37::ui {

namespace {
constexpr char kColumns[] = "ABCDEFGHJKLMNOPQRSTUVWXYZ";  // GTP: no I

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}
}  // namespace

std::vector<QPoint> starPoints(int n) {
    std::vector<QPoint> pts;
    const bool odd = n % 2 == 1;
    const int mid = n / 2;
    if (n < 7) {
        if (odd && n >= 5) pts.push_back({mid, mid});
        return pts;
    }
    const int d = n >= 13 ? 3 : 2;
    const int far = n - 1 - d;
    pts = {{d, d}, {far, d}, {d, far}, {far, far}};
    if (odd && n >= 9) pts.push_back({mid, mid});
    if (odd && n >= 15) {
        pts.insert(pts.end(), {{mid, d}, {mid, far}, {d, mid}, {far, mid}});
    }
    return pts;
}

QChar BoardRenderer::columnLetter(int x) {
    return x >= 0 && x < 25 ? QChar::fromLatin1(kColumns[x]) : QChar('?');
}

void BoardRenderer::paint(QPainter& p, const QRectF& target, const BoardGeometry& g,
                          const BoardView& v) {
    p.save();
    p.fillRect(target, style_.backdrop);
    if (g.valid()) {
        paintWood(p, g);
        paintGrid(p, g);
        if (g.params().coordinates) paintCoordinates(p, g);
        if (v.board) paintStones(p, g, v);
        if (v.board && v.overlay) paintOverlayUnder(p, g, *v.board, *v.overlay, style_);
        if (v.board && v.markup) paintVariations(p, g, v);
        paintMarks(p, g, v);
        if (v.board && v.markup) paintMarkup(p, g, v);
        if (v.board && v.overlay) paintOverlayOver(p, g, *v.board, *v.overlay, style_);
    }
    p.restore();
}

void BoardRenderer::paintWood(QPainter& p, const BoardGeometry& g) {
    const QRectF r = g.boardRect();
    const qreal dpr = g.params().devicePixelRatio;
    // A soft shadow of the board on the backdrop.
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    for (int i = 1; i <= 4; ++i) {
        p.setBrush(QColor(0, 0, 0, 22));
        p.drawRoundedRect(r.translated(i * 0.8, i * 1.1), 2, 2);
    }

    const QSize devSize(int(std::lround(r.width() * dpr)), int(std::lround(r.height() * dpr)));
    if (woodCache_.size() != devSize || woodCache_.devicePixelRatio() != dpr) {
        woodCache_ = QPixmap(devSize);
        woodCache_.setDevicePixelRatio(dpr);
        QPainter w(&woodCache_);
        w.setRenderHint(QPainter::Antialiasing, true);
        const QRectF local(0, 0, r.width(), r.height());
        w.fillRect(local, style_.wood);
        // Grain: long, gently waving lines across the board (fixed seed, so
        // the board looks the same every time).
        Rng rng(0x6b617961ULL);
        const int lines = 70;
        for (int i = 0; i < lines; ++i) {
            qreal y = local.height() * rng.uniform();
            qreal amp = local.height() * (0.004 + 0.012 * rng.uniform());
            qreal phase = 6.283 * rng.uniform();
            QPainterPath path;
            const int steps = 24;
            for (int s = 0; s <= steps; ++s) {
                qreal x = local.width() * s / steps;
                qreal yy = y + amp * std::sin(phase + 5.0 * s / steps);
                if (s == 0)
                    path.moveTo(x, yy);
                else
                    path.lineTo(x, yy);
            }
            w.setPen(QPen(withAlpha(style_.woodGrain, 14 + int(26 * rng.uniform())),
                          0.5 + local.height() * 0.004 * rng.uniform()));
            w.drawPath(path);
        }
        // Light from the top left.
        QLinearGradient light(local.topLeft(), local.bottomRight());
        light.setColorAt(0, QColor(255, 255, 255, 34));
        light.setColorAt(0.5, QColor(255, 255, 255, 0));
        light.setColorAt(1, QColor(60, 30, 0, 30));
        w.fillRect(local, light);
        w.setPen(QPen(QColor(90, 55, 20, 90), 1));
        w.setBrush(Qt::NoBrush);
        w.drawRect(local.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    p.drawPixmap(r.topLeft(), woodCache_);
}

void BoardRenderer::paintGrid(QPainter& p, const BoardGeometry& g) {
    const int n = g.boardSize();
    const QPointF a = g.center(0, 0), b = g.center(n - 1, n - 1);
    // Lines lie on device pixel centres: no antialiasing needed, and none
    // wanted (it would only blur them).
    p.setRenderHint(QPainter::Antialiasing, false);
    QPen pen(style_.line, g.lineWidth(), Qt::SolidLine, Qt::FlatCap);
    p.setPen(pen);
    for (int i = 1; i < n - 1; ++i) {
        const QPointF h = g.center(0, i), v = g.center(i, 0);
        p.drawLine(QPointF(a.x(), h.y()), QPointF(b.x(), h.y()));
        p.drawLine(QPointF(v.x(), a.y()), QPointF(v.x(), b.y()));
    }
    QPen border(style_.line, g.borderWidth(), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(a, b));

    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(style_.line);
    const qreal r = std::max(g.cell() * 0.11, g.lineWidth() * 1.8);
    for (const QPoint& s : starPoints(n)) p.drawEllipse(g.center(s.x(), s.y()), r, r);
}

void BoardRenderer::paintCoordinates(QPainter& p, const BoardGeometry& g) {
    const qreal cell = g.cell();
    if (cell < 9) return;  // too small to read
    const int n = g.boardSize();
    QFont font = p.font();
    font.setPixelSize(std::max(7, int(std::lround(cell * 0.36))));
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    p.setPen(withAlpha(style_.line, 210));
    const qreal off = g.labelOffset();
    const QSizeF box(cell, cell * 0.8);
    auto label = [&](const QPointF& c, const QString& text) {
        p.drawText(QRectF(c - QPointF(box.width() / 2, box.height() / 2), box), Qt::AlignCenter,
                   text);
    };
    for (int i = 0; i < n; ++i) {
        const QString letter(columnLetter(i));
        const QString number = QString::number(n - i);
        const QPointF top = g.center(i, 0), bottom = g.center(i, n - 1);
        const QPointF left = g.center(0, i), right = g.center(n - 1, i);
        label(top - QPointF(0, off), letter);
        label(bottom + QPointF(0, off), letter);
        label(left - QPointF(off, 0), number);
        label(right + QPointF(off, 0), number);
    }
}

void BoardRenderer::paintStone(QPainter& p, const QPointF& c, qreal r, Color color) {
    paintStoneSprite(p, c, r, color);
}

void BoardRenderer::paintStones(QPainter& p, const BoardGeometry& g, const BoardView& v) {
    const Board& b = *v.board;
    const int n = std::min(b.size(), g.boardSize());
    const qreal r = g.stoneRadius();
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            const Color c = b.at(b.loc(x, y));
            if (c == kBlack || c == kWhite) paintStone(p, g.center(x, y), r, c);
        }
    }
    if (v.ghost && b.at(b.loc(v.ghost->x(), v.ghost->y())) == kEmpty) {
        p.save();
        p.setOpacity(style_.ghostOpacity);
        paintStone(p, g.center(v.ghost->x(), v.ghost->y()), r, v.ghostColor);
        p.restore();
    }
}

void BoardRenderer::paintMarks(QPainter& p, const BoardGeometry& g, const BoardView& v) {
    p.setRenderHint(QPainter::Antialiasing, true);
    const qreal r = g.stoneRadius();
    if (v.board && v.moveNumbers) {
        const Board& b = *v.board;
        QFont font = p.font();
        font.setWeight(QFont::Bold);
        for (int y = 0; y < b.size(); ++y) {
            for (int x = 0; x < b.size(); ++x) {
                const Loc l = b.loc(x, y);
                const int num = l < int(v.moveNumbers->size()) ? (*v.moveNumbers)[l] : 0;
                const Color c = b.at(l);
                if (num <= 0 || (c != kBlack && c != kWhite)) continue;
                const QString text = QString::number(num);
                font.setPixelSize(std::max(6, int(r * (text.size() >= 3 ? 0.72 : 0.92))));
                p.setFont(font);
                QColor ink = c == kBlack ? QColor(0xf4, 0xf4, 0xf4) : QColor(0x18, 0x18, 0x18);
                if (l == v.lastMove) ink = style_.lastMoveNumber;
                p.setPen(ink);
                const QPointF ctr = g.center(x, y);
                p.drawText(QRectF(ctr.x() - r, ctr.y() - r, 2 * r, 2 * r), Qt::AlignCenter, text);
            }
        }
    } else if (v.board && v.lastMove != kNullLoc && v.lastMove != kPassLoc &&
               v.board->onBoard(v.lastMove)) {
        const Board& b = *v.board;
        const Color c = b.at(v.lastMove);
        if (c == kBlack || c == kWhite) {
            const QColor ink = c == kBlack ? style_.lastMoveOnBlack : style_.lastMoveOnWhite;
            p.setPen(QPen(ink, std::max(1.2, g.cell() * 0.07)));
            p.setBrush(Qt::NoBrush);
            const QPointF ctr = g.center(b.x(v.lastMove), b.y(v.lastMove));
            p.drawEllipse(ctr, r * 0.46, r * 0.46);
        }
    }
    if (v.refused) {
        const QPointF ctr = g.center(v.refused->x(), v.refused->y());
        const qreal d = g.cell() * 0.26;
        p.setPen(QPen(style_.refused, std::max(1.5, g.cell() * 0.1), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(ctr + QPointF(-d, -d), ctr + QPointF(d, d));
        p.drawLine(ctr + QPointF(-d, d), ctr + QPointF(d, -d));
    }
}

QColor BoardRenderer::inkAt(const BoardView& v, const QPoint& pt) const {
    const Board& b = *v.board;
    if (pt.x() < 0 || pt.y() < 0 || pt.x() >= b.size() || pt.y() >= b.size())
        return style_.markOnWood;
    const Color c = b.at(b.loc(pt.x(), pt.y()));
    return c == kBlack ? style_.markOnBlack : c == kWhite ? style_.markOnWhite : style_.markOnWood;
}

void BoardRenderer::paintVariations(QPainter& p, const BoardGeometry& g, const BoardView& v) {
    const Board& b = *v.board;
    const qreal r = g.stoneRadius();
    QFont font = p.font();
    font.setWeight(QFont::Bold);
    font.setPixelSize(std::max(6, int(r * 0.95)));
    p.setFont(font);
    for (const VariationGhost& gh : v.markup->variations) {
        if (gh.point.x() >= b.size() || gh.point.y() >= b.size()) continue;
        if (b.at(b.loc(gh.point.x(), gh.point.y())) != kEmpty) continue;
        const QPointF c = g.center(gh.point.x(), gh.point.y());
        p.save();
        p.setOpacity(style_.variationOpacity);
        paintStone(p, c, r, gh.color);
        p.restore();
        p.setRenderHint(QPainter::Antialiasing, true);
        if (gh.mainLine && !gh.letter.isEmpty()) {
            p.setPen(QPen(style_.variationRing, std::max(1.5, g.cell() * 0.08)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r * 0.9, r * 0.9);
        }
        if (!gh.letter.isEmpty()) {
            p.setPen(gh.color == kBlack ? QColor(0xff, 0xff, 0xff) : QColor(0x10, 0x10, 0x10));
            p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, gh.letter);
        }
    }
}

void BoardRenderer::paintMarkup(QPainter& p, const BoardGeometry& g, const BoardView& v) {
    const int n = v.board->size();
    const qreal r = g.stoneRadius();
    const qreal s = r * 0.52;
    auto inside = [n](const QPoint& pt) {
        return pt.x() >= 0 && pt.y() >= 0 && pt.x() < n && pt.y() < n;
    };
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const BoardMark& m : v.markup->marks) {
        if (!inside(m.point)) continue;
        const QPointF c = g.center(m.point.x(), m.point.y());
        if (m.shape == MarkShape::kSelected) {
            p.setPen(Qt::NoPen);
            p.setBrush(style_.selected);
            p.drawRect(QRectF(c.x() - g.cell() / 2, c.y() - g.cell() / 2, g.cell(), g.cell()));
            continue;
        }
        p.setPen(QPen(inkAt(v, m.point), std::max(1.3, g.cell() * 0.075), Qt::SolidLine,
                      Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        switch (m.shape) {
            case MarkShape::kTriangle: {
                const QPointF pts[] = {c + QPointF(0, -s * 1.05), c + QPointF(s * 0.95, s * 0.6),
                                       c + QPointF(-s * 0.95, s * 0.6)};
                p.drawPolygon(pts, 3);
                break;
            }
            case MarkShape::kSquare:
                p.drawRect(QRectF(c.x() - s * 0.75, c.y() - s * 0.75, s * 1.5, s * 1.5));
                break;
            case MarkShape::kCircle:
                p.drawEllipse(c, s * 0.85, s * 0.85);
                break;
            case MarkShape::kCross:
                p.drawLine(c + QPointF(-s * 0.7, -s * 0.7), c + QPointF(s * 0.7, s * 0.7));
                p.drawLine(c + QPointF(-s * 0.7, s * 0.7), c + QPointF(s * 0.7, -s * 0.7));
                break;
            case MarkShape::kSelected:
                break;
        }
    }
    QFont font = p.font();
    font.setWeight(QFont::Bold);
    for (const BoardLabel& l : v.markup->labels) {
        if (!inside(l.point) || l.text.isEmpty()) continue;
        const QPointF c = g.center(l.point.x(), l.point.y());
        const Color stone = v.board->at(v.board->loc(l.point.x(), l.point.y()));
        if (stone == kEmpty) {
            // Clear the grid under the label so that it reads.
            p.setPen(Qt::NoPen);
            p.setBrush(style_.wood);
            p.drawEllipse(c, r * 0.78, r * 0.78);
        }
        font.setPixelSize(std::max(6, int(r * (l.text.size() >= 3 ? 0.7 : 1.05))));
        p.setFont(font);
        p.setPen(inkAt(v, l.point));
        p.drawText(QRectF(c.x() - r * 1.2, c.y() - r, 2.4 * r, 2 * r), Qt::AlignCenter, l.text);
    }
}

}  // namespace m37::ui
