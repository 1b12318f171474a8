#include "ui/stone_sprite.h"

#include <QPaintDevice>
#include <QRadialGradient>
#include <cmath>
#include <map>
#include <tuple>

namespace m37::ui {

namespace {

// The shadow reaches r * (0.11 + 1.08) below and right of the centre.
constexpr qreal kExtent = 1.22;

struct SpriteKey {
    int color;
    int quarterDevicePixels;  // the radius in device pixels, in quarters
    int dprPercent;
    bool operator<(const SpriteKey& o) const {
        return std::tie(color, quarterDevicePixels, dprPercent) <
               std::tie(o.color, o.quarterDevicePixels, o.dprPercent);
    }
};

struct Sprite {
    QImage image;
    qreal half = 0;
};

}  // namespace

void drawShadedStone(QPainter& p, const QPointF& c, qreal r, Color color) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    // Shadow, offset down-right, soft-edged.
    QRadialGradient shadow(c + QPointF(r * 0.07, r * 0.11), r * 1.08);
    shadow.setColorAt(0.80, QColor(0, 0, 0, 90));
    shadow.setColorAt(1.0, QColor(0, 0, 0, 0));
    p.setBrush(shadow);
    p.drawEllipse(c + QPointF(r * 0.07, r * 0.11), r * 1.08, r * 1.08);

    QRadialGradient body(c, r, c + QPointF(-r * 0.38, -r * 0.42));
    if (color == kBlack) {
        body.setColorAt(0.0, QColor(0x72, 0x72, 0x72));
        body.setColorAt(0.30, QColor(0x2a, 0x2a, 0x2a));
        body.setColorAt(1.0, QColor(0x06, 0x06, 0x06));
    } else {
        body.setColorAt(0.0, QColor(0xff, 0xff, 0xff));
        body.setColorAt(0.55, QColor(0xf1, 0xf0, 0xeb));
        body.setColorAt(0.90, QColor(0xd2, 0xd0, 0xc8));
        body.setColorAt(1.0, QColor(0xa8, 0xa6, 0x9e));
    }
    p.setBrush(body);
    p.drawEllipse(c, r, r);
    p.restore();
}

const QImage& stoneSprite(Color color, qreal r, qreal dpr, qreal* half) {
    thread_local std::map<SpriteKey, Sprite> cache;
    const SpriteKey key{int(color), int(std::lround(r * dpr * 4)), int(std::lround(dpr * 100))};
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 64) cache.clear();  // window resizes leave old radii behind
        const qreal radius = key.quarterDevicePixels / (4.0 * dpr);
        Sprite s;
        s.half = std::ceil(radius * kExtent * dpr + 1) / dpr;
        const int side = int(std::lround(2 * s.half * dpr));
        s.image = QImage(side, side, QImage::Format_ARGB32_Premultiplied);
        s.image.setDevicePixelRatio(dpr);
        s.image.fill(Qt::transparent);
        QPainter ip(&s.image);
        drawShadedStone(ip, QPointF(s.half, s.half), radius, color);
        ip.end();
        it = cache.emplace(key, std::move(s)).first;
    }
    *half = it->second.half;
    return it->second.image;
}

void paintStoneSprite(QPainter& p, const QPointF& center, qreal r, Color c) {
    if (p.transform().type() > QTransform::TxTranslate || !p.device()) {
        drawShadedStone(p, center, r, c);
        return;
    }
    qreal half = 0;
    const QImage& image = stoneSprite(c, r, p.device()->devicePixelRatio(), &half);
    p.drawImage(center - QPointF(half, half), image);
}

}  // namespace m37::ui
