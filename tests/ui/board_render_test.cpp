// Board rendering: pixel checks at several sizes and device pixel ratios,
// and screenshots of positions written as PNG files under the build folder.
#include <gtest/gtest.h>
#include <QDir>

#include "tests/ui/ui_test_util.h"

namespace m37::ui {
namespace {

using test::colorDistance;
using test::luminance;
using test::playAll;
using test::vertex;

struct Probe {
    const QImage& img;
    BoardGeometry g;
    int n;
    QColor at(QPointF logical) const {
        const QPointF d = logical * g.params().devicePixelRatio;
        return img.pixelColor(int(d.x()), int(d.y()));
    }
    QColor atVertex(const char* v, QPointF offsetCells = {}) const {
        const Loc l = *parseGtpVertex(v, n);
        return at(g.center(locX(l, n), locY(l, n)) + offsetCells * g.cell());
    }
};

TEST(BoardRenderTest, PixelColoursAtSeveralSizes) {
    const BoardStyle style;
    struct Case {
        int n;
        QSize size;
        qreal dpr;
    };
    for (const Case& c :
         {Case{9, {300, 300}, 1.0}, Case{13, {640, 480}, 1.0}, Case{19, {900, 1000}, 1.0},
          Case{19, {420, 420}, 2.0}, Case{9, {500, 400}, 1.5}}) {
        GameTreeModel model(NewGameParams{c.n, Rules()});
        ASSERT_TRUE(playAll(model, {"C3", "D4", "A1"}));  // last move: black A1
        BoardWidget widget(&model);
        const QImage img = widget.renderToImage(c.size, c.dpr);
        const Probe probe{img, widget.boardGeometry(QSizeF(c.size), c.dpr), c.n};
        SCOPED_TRACE(testing::Message() << c.n << "x" << c.n << " in " << c.size.width() << "x"
                                        << c.size.height() << " @" << c.dpr);
        EXPECT_EQ(img.size(), c.size * c.dpr);
        EXPECT_LT(luminance(probe.atVertex("C3")), 60);   // black stone: dark
        EXPECT_GT(luminance(probe.atVertex("D4")), 200);  // white stone: light
        // The last move (A1) keeps a dark centre inside its light ring.
        EXPECT_LT(luminance(probe.atVertex("A1")), 60);
        // An empty point: wood between the crossing lines.
        const QColor wood = probe.atVertex("E5", {0.25, 0.25});
        EXPECT_LT(colorDistance(wood, style.wood), 70) << wood.name().toStdString();
        // Half-way between two empty points on a grid line: the line colour.
        const QColor line = probe.atVertex("E5", {0.0, 0.5});
        EXPECT_LT(colorDistance(line, style.line), 30) << line.name().toStdString();
        const QColor hline = probe.atVertex("F6", {0.5, 0.0});
        EXPECT_LT(colorDistance(hline, style.line), 30) << hline.name().toStdString();
        // The backdrop shows around a board that is not square to the window.
        if (c.size.width() != c.size.height()) {
            const QColor corner = img.pixelColor(0, 0);
            EXPECT_LT(colorDistance(corner, style.backdrop), 10) << corner.name().toStdString();
        }
    }
}

TEST(BoardRenderTest, StarPoints) {
    EXPECT_EQ(starPoints(19).size(), 9u);
    EXPECT_EQ(starPoints(13).size(), 5u);
    EXPECT_EQ(starPoints(9).size(), 5u);
    EXPECT_EQ(starPoints(9)[0], QPoint(2, 2));
    EXPECT_EQ(starPoints(19)[0], QPoint(3, 3));
    EXPECT_EQ(starPoints(10).size(), 4u);
    EXPECT_EQ(starPoints(5).size(), 1u);
    EXPECT_EQ(starPoints(4).size(), 0u);
    // A star point is drawn in the line colour at its centre.
    GameTreeModel model(NewGameParams{19, Rules()});
    BoardWidget widget(&model);
    const QImage img = widget.renderToImage({500, 500});
    const BoardGeometry g = widget.boardGeometry(QSizeF(500, 500), 1.0);
    // The pixel diagonally next to the centre: on the dot, off the lines.
    const QPointF c = g.center(3, 3);
    const QPoint hoshi(int(c.x()) + 1, int(c.y()) + 1);
    EXPECT_LT(colorDistance(img.pixelColor(hoshi), BoardStyle().line), 40);
    const QPoint plain(int(g.center(4, 4).x()) + 1, int(g.center(4, 4).y()) + 1);
    EXPECT_GT(colorDistance(img.pixelColor(plain), BoardStyle().line), 200);
}

TEST(BoardRenderTest, ColumnLettersSkipI) {
    EXPECT_EQ(BoardRenderer::columnLetter(0), QChar('A'));
    EXPECT_EQ(BoardRenderer::columnLetter(7), QChar('H'));
    EXPECT_EQ(BoardRenderer::columnLetter(8), QChar('J'));
    EXPECT_EQ(BoardRenderer::columnLetter(24), QChar('Z'));
}

TEST(BoardRenderTest, ScreenshotOfAPositionWithACapture) {
    GameTreeModel model(NewGameParams{19, Rules()});
    // A few opening moves; Black captures the white stone at K10.
    ASSERT_TRUE(playAll(
        model, {"Q16", "D4", "K11", "K10", "J10", "D16", "L10", "Q4", "K9", "C17", "R4", "R3"}));
    ASSERT_GE(model.state().board().prisoners(kBlack), 1);
    BoardWidget widget(&model);
    const QString dir = QStringLiteral(MOVE37_UI_TEST_OUT_DIR);
    QDir().mkpath(dir);
    const QString plain = dir + "/board-capture.png";
    const QString numbered = dir + "/board-capture-numbers.png";
    ASSERT_TRUE(widget.renderToImage({760, 760}).save(plain));
    widget.setShowMoveNumbers(true);
    ASSERT_TRUE(widget.renderToImage({760, 760}, 2.0).save(numbered));
    QImage back(plain);
    EXPECT_EQ(back.size(), QSize(760, 760));
    EXPECT_EQ(QImage(numbered).size(), QSize(1520, 1520));
}

}  // namespace
}  // namespace m37::ui
