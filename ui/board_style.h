#pragma once
// BoardStyle: the colours and proportions the board is painted with, in one
// place, so that themes (and tests that check pixels) read the same values.
// A plain value; GUI thread only because it holds QColor.
#include <QColor>

namespace m37::ui {

struct BoardStyle {
    QColor backdrop{0x3a, 0x3d, 0x42};   // around the board
    QColor wood{0xdc, 0xb0, 0x67};       // the kaya board's base colour
    QColor woodGrain{0xb8, 0x87, 0x45};  // darker grain lines, drawn faintly
    QColor line{0x2a, 0x1e, 0x10};       // grid lines, star points, labels
    QColor refused{0xd0, 0x20, 0x20};    // cross flashed on a refused click
    QColor lastMoveOnBlack{0xf2, 0xf2, 0xf2};
    QColor lastMoveOnWhite{0x20, 0x20, 0x20};
    QColor lastMoveNumber{0xe0, 0x30, 0x30};
    QColor markOnWood{0x14, 0x0e, 0x06};     // SGF markup on empty points
    QColor markOnBlack{0xf6, 0xf6, 0xf6};    // ... on black stones
    QColor markOnWhite{0x14, 0x14, 0x14};    // ... on white stones
    QColor selected{0x2a, 0x6c, 0xe0, 110};  // SL: a translucent square
    QColor variationRing{0x2e, 0x9e, 0x4a};  // ring of the main-line ghost
    qreal ghostOpacity = 0.5;
    qreal variationOpacity = 0.42;
};

}  // namespace m37::ui
