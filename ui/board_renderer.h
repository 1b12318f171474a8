#pragma once
// BoardRenderer: paints a Go position with QPainter — wood, grid, star
// points, coordinates, shaded stones, the last-move mark, move numbers,
// variation ghosts, SGF markup (labels, triangles, squares, circles,
// crosses, selections), the hover ghost, the refused-click cross and the analysis overlays
// (BoardOverlay: heatmaps, candidates, PV, ownership, surprise marker). It holds no game state:
// each call is given a BoardView (what to show) and a BoardGeometry (where). Used by BoardWidget on
// screen and by tests and exports into a QImage. Threading: GUI thread (or any one thread painting
// into a QImage); keeps a cached wood texture, so do not share one instance between threads.
#include <QPainter>
#include <QPixmap>
#include <QPoint>
#include <optional>
#include <vector>

#include "engine/go/board.h"
#include "ui/board_geometry.h"
#include "ui/board_markup.h"
#include "ui/board_overlay.h"
#include "ui/board_style.h"

namespace m37::ui {

struct BoardView {
    const Board* board = nullptr;
    Loc lastMove = kNullLoc;
    const std::vector<int>* moveNumbers = nullptr;  // by Loc; shown when set
    std::optional<QPoint> ghost;                    // (x, y) of a hover stone
    Color ghostColor = kBlack;
    std::optional<QPoint> refused;          // (x, y) of a refused click
    const BoardMarkup* markup = nullptr;    // SGF markup and variation ghosts
    const BoardOverlay* overlay = nullptr;  // analysis overlays; none when null
};

class BoardRenderer {
  public:
    explicit BoardRenderer(const BoardStyle& style = {}) : style_(style) {}

    const BoardStyle& style() const { return style_; }
    // Paints everything: backdrop over `target`, then the board in it.
    void paint(QPainter& p, const QRectF& target, const BoardGeometry& g, const BoardView& v);

    // One shaded stone of colour c (kBlack / kWhite) centred at `c` with
    // radius r, with its shadow. Also used for status-bar icons.
    static void paintStone(QPainter& p, const QPointF& center, qreal r, Color c);
    // "A".."Z" without "I" for column x.
    static QChar columnLetter(int x);

  private:
    void paintWood(QPainter& p, const BoardGeometry& g);
    void paintGrid(QPainter& p, const BoardGeometry& g);
    void paintCoordinates(QPainter& p, const BoardGeometry& g);
    void paintStones(QPainter& p, const BoardGeometry& g, const BoardView& v);
    void paintMarks(QPainter& p, const BoardGeometry& g, const BoardView& v);
    void paintVariations(QPainter& p, const BoardGeometry& g, const BoardView& v);
    void paintMarkup(QPainter& p, const BoardGeometry& g, const BoardView& v);
    QColor inkAt(const BoardView& v, const QPoint& pt) const;

    BoardStyle style_;
    QPixmap woodCache_;
};

// Standard star points (hoshi) of a board size, as (x, y) from the top left.
std::vector<QPoint> starPoints(int size);

}  // namespace m37::ui
