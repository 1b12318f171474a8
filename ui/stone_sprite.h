#pragma once
// Stone sprites: a shaded stone with its soft shadow, drawn once per
// colour, radius and device pixel ratio into an image and then blitted.
// A late-game 19x19 board holds 250+ stones, and drawing each as two
// radial-gradient ellipses was the GUI thread's largest cost while
// navigating with live analysis; one image blit per stone keeps a repaint's
// cost nearly flat in the move number. Threading: each thread keeps its own
// small cache (thread_local), so any thread may paint into its own QImage.
#include <QImage>
#include <QPainter>
#include <QPointF>

#include "engine/go/types.h"

namespace m37::ui {

// Draws the stone directly with gradients (what the sprites hold).
void drawShadedStone(QPainter& p, const QPointF& center, qreal r, Color c);

// The stone of colour c and radius r (logical pixels) for a device pixel
// ratio dpr, centred in the image; `half` receives the image's logical
// half-width (the centre's offset from its top-left corner).
const QImage& stoneSprite(Color c, qreal r, qreal dpr, qreal* half);

// Paints a stone from its sprite, or directly when the painter is scaled or
// rotated (a sprite would be resampled).
void paintStoneSprite(QPainter& p, const QPointF& center, qreal r, Color c);

}  // namespace m37::ui
