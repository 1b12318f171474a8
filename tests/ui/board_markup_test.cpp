// SGF markup on the board: reading LB/TR/SQ/CR/MA/SL and variation ghosts
// from nodes, and pixel checks of how they are painted.
#include <gtest/gtest.h>
#include <QDir>

#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"
#include "ui/board_markup.h"
#include "ui/board_renderer.h"
#include "ui/sgf_file_controller.h"

namespace m37::ui {
namespace {

using test::colorDistance;
using test::luminance;

std::unique_ptr<SgfNode> parse(const char* text) {
    SgfReadResult r = readSgf(text);
    EXPECT_TRUE(r.ok());
    return std::move(r.games.front());
}

TEST(BoardMarkupTest, ReadsEveryKindOfMarkup) {
    auto root = parse("(;SZ[9]TR[aa][bb]SQ[cc:dd]CR[ee]MA[ff]SL[gg]LB[hh:A][ii:12][zz:x][bad])");
    const BoardMarkup m = markupOfNode(*root, 9);
    ASSERT_EQ(m.marks.size(), 2u + 4u + 3u);
    EXPECT_EQ(m.marks[0].shape, MarkShape::kTriangle);
    EXPECT_EQ(m.marks[0].point, QPoint(0, 0));
    EXPECT_EQ(m.marks[2].shape, MarkShape::kSquare);  // cc:dd, 4 points
    EXPECT_EQ(m.marks[6].shape, MarkShape::kCircle);
    EXPECT_EQ(m.marks[7].shape, MarkShape::kCross);
    EXPECT_EQ(m.marks[8].shape, MarkShape::kSelected);
    EXPECT_EQ(m.marks[8].point, QPoint(6, 6));
    ASSERT_EQ(m.labels.size(), 2u);  // off-board and malformed ones skipped
    EXPECT_EQ(m.labels[0].text, "A");
    EXPECT_EQ(m.labels[1].point, QPoint(8, 8));
    EXPECT_EQ(m.labels[1].text, "12");
}

TEST(BoardMarkupTest, VariationGhostsOneForEachChild) {
    auto root = parse("(;SZ[9](;B[ee])(;B[cc])(;B[])(;AB[gg])(;B[ee]C[same point]))");
    const auto ghosts = variationGhosts(*root, 9);
    ASSERT_EQ(ghosts.size(), 2u);
    EXPECT_EQ(ghosts[0].point, QPoint(4, 4));
    EXPECT_TRUE(ghosts[0].mainLine);
    EXPECT_EQ(ghosts[0].letter, "A");
    EXPECT_EQ(ghosts[1].letter, "B");
    EXPECT_EQ(ghosts[1].color, kBlack);
    auto single = parse("(;SZ[9];W[ee])");
    const auto one = variationGhosts(*single, 9);
    ASSERT_EQ(one.size(), 1u);
    EXPECT_TRUE(one[0].letter.isEmpty());
    EXPECT_EQ(one[0].color, kWhite);
}

// Renders a 9x9 board with a black stone on E5, with and without markup.
struct MarkupScene {
    BoardStyle style;
    Board board{9};
    BoardGeometry g{QSizeF(450, 450), BoardGeometryParams{9, true, 1.0, 0}};
    BoardMarkup markup;

    MarkupScene() { board.play(board.loc(4, 4), kBlack); }
    QImage render(bool withMarkup) {
        QImage img(450, 450, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        BoardRenderer r(style);
        BoardView v;
        v.board = &board;
        if (withMarkup) v.markup = &markup;
        r.paint(p, QRectF(0, 0, 450, 450), g, v);
        return img;
    }
    QColor at(const QImage& img, int x, int y, QPointF offsetCells = {}) const {
        const QPointF pt = g.center(x, y) + offsetCells * g.cell();
        return img.pixelColor(int(pt.x()), int(pt.y()));
    }
};

TEST(BoardMarkupTest, MarksAreDrawnInInkThatReadsOnTheirPoint) {
    MarkupScene s;
    const qreal half = s.g.stoneRadius() * 0.52 / s.g.cell();  // mark size in cells
    s.markup.marks = {{{2, 2}, MarkShape::kSquare},
                      {{4, 4}, MarkShape::kCircle},
                      {{6, 2}, MarkShape::kCross},
                      {{2, 6}, MarkShape::kSelected},
                      {{6, 6}, MarkShape::kTriangle}};
    s.markup.labels = {{{7, 7}, "A"}};
    const QImage plain = s.render(false), marked = s.render(true);

    // Square on the empty C7: its left edge in dark ink over the wood.
    const QColor sq = s.at(marked, 2, 2, {-0.75 * half, 0.3 * half});
    EXPECT_LT(luminance(sq), 70) << sq.name().toStdString();
    EXPECT_GT(luminance(s.at(plain, 2, 2, {-0.75 * half, 0.3 * half})), 120);
    // Circle on the black E5 stone: light ink.
    const QColor cr = s.at(marked, 4, 4, {0.85 * half, 0});
    EXPECT_GT(luminance(cr), 170) << cr.name().toStdString();
    EXPECT_LT(luminance(s.at(plain, 4, 4, {0.85 * half, 0})), 70);
    // Cross on G7: dark at its centre's diagonal.
    EXPECT_LT(luminance(s.at(marked, 6, 2, {0.3 * half, 0.3 * half})), 70);
    // Selection on C3: the whole cell turns bluish.
    const QColor sel = s.at(marked, 2, 6, {0.3, 0.3});
    const QColor wood = s.at(plain, 2, 6, {0.3, 0.3});
    EXPECT_GT(sel.blue() - sel.red(), wood.blue() - wood.red() + 40) << sel.name().toStdString();
    // Triangle on G3: its base (below the centre) in dark ink.
    EXPECT_LT(luminance(s.at(marked, 6, 6, {0, 0.6 * half})), 70);
    // Label on the empty H2: the grid under it is cleared to wood.
    const QColor underLabel = s.at(marked, 7, 7, {0.36, 0});
    EXPECT_LT(colorDistance(s.at(plain, 7, 7, {0.36, 0}), s.style.line), 40);
    EXPECT_GT(colorDistance(underLabel, s.style.line), 150) << underLabel.name().toStdString();
    // Points without markup are untouched.
    EXPECT_EQ(s.at(marked, 0, 8, {0.2, -0.2}), s.at(plain, 0, 8, {0.2, -0.2}));
    EXPECT_EQ(s.at(marked, 8, 0, {-0.2, 0.2}), s.at(plain, 8, 0, {-0.2, 0.2}));
}

TEST(BoardMarkupTest, VariationGhostsArePaintedOnEmptyPointsOnly) {
    MarkupScene s;
    s.markup.variations = {{{2, 2}, kBlack, "A", true},
                           {{6, 6}, kWhite, "B", false},
                           {{4, 4}, kWhite, "C", false}};  // occupied: not drawn
    const QImage plain = s.render(false), marked = s.render(true);
    // A translucent black stone: darker than wood, lighter than a stone.
    const int blackGhost = luminance(s.at(marked, 2, 2, {0.25, 0.2}));
    EXPECT_LT(blackGhost, luminance(s.at(plain, 2, 2, {0.25, 0.2})) - 40);
    EXPECT_GT(blackGhost, 40);
    // The main-line ghost has a green ring.
    const QColor ring = s.at(marked, 2, 2, {0.0, -0.43});
    EXPECT_GT(ring.green(), ring.red() + 20) << ring.name().toStdString();
    // A white ghost is much lighter than a black one, and changes the wood.
    EXPECT_GT(luminance(s.at(marked, 6, 6, {0.25, 0.2})), blackGhost + 60);
    EXPECT_NE(s.at(marked, 6, 6, {0.25, 0.2}), s.at(plain, 6, 6, {0.25, 0.2}));
    // The occupied E5 shows its stone, not a ghost.
    EXPECT_EQ(s.at(marked, 4, 4, {0.25, 0.2}), s.at(plain, 4, 4, {0.25, 0.2}));
}

TEST(BoardMarkupTest, BoardWidgetShowsTheMarkupOfTheCurrentNode) {
    GameTreeModel model;
    SgfFileController files(&model, nullptr);
    test::DialogRecorder dialogs;
    dialogs.install(files);
    ASSERT_TRUE(files.openFile(test::dataFile("review.sgf")));
    BoardWidget widget(&model);
    const QImage root = widget.renderToImage({450, 450});
    ASSERT_TRUE(model.forward());  // B[ee] with TR SQ CR MA LB SL
    const QImage node1 = widget.renderToImage({450, 450});
    const BoardGeometry g = widget.boardGeometry(QSizeF(450, 450), 1.0);
    const qreal half = g.stoneRadius() * 0.52;
    // SQ[gc]: the square's edge.
    const QPointF gc = g.center(6, 2) + QPointF(-0.75 * half, 0.3 * half);
    EXPECT_LT(luminance(node1.pixelColor(gc.toPoint())), 70);
    EXPECT_GT(luminance(root.pixelColor(gc.toPoint())), 120);
    // The root showed a ghost of B[ee] (the only child): darker wood at E5.
    const QPointF ee = g.center(4, 4) + QPointF(0.25, 0.2) * g.cell();
    EXPECT_LT(luminance(root.pixelColor(ee.toPoint())), 120);
    QDir().mkpath(MOVE37_UI_TEST_OUT_DIR);
    node1.save(QStringLiteral(MOVE37_UI_TEST_OUT_DIR "/markup-review-node1.png"));
}

}  // namespace
}  // namespace m37::ui
