// WinrateGraph: a click (and a drag) on the plot gives the move under it,
// the marker follows the current move, the score axis shows only with
// leads, and the chart follows a dark palette.
#include "ui/winrate_graph.h"

#include <gtest/gtest.h>
#include <QChart>
#include <QSignalSpy>
#include <QTest>

namespace m37::ui {
namespace {

class WinrateGraphTest : public ::testing::Test {
  protected:
    void SetUp() override {
        graph.resize(600, 300);
        for (int m = 0; m <= 40; ++m) graph.setPoint(m, 0.5f + 0.01f * float(m % 7), std::nullopt);
        graph.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&graph));
    }
    WinrateGraph graph;
};

TEST_F(WinrateGraphTest, ClickGoesToTheMoveUnderTheMouse) {
    QSignalSpy spy(&graph, &WinrateGraph::moveClicked);
    for (int move : {0, 7, 23, 40}) {
        const QPoint at = graph.positionOf(move, 0.3f);
        EXPECT_EQ(graph.moveAt(at), move);
        QTest::mouseClick(graph.viewport(), Qt::LeftButton, {}, at);
        ASSERT_FALSE(spy.isEmpty()) << move;
        EXPECT_EQ(spy.takeLast().at(0).toInt(), move);
    }
    // Between two moves: the nearer one.
    const QPoint a = graph.positionOf(12, 0.5f), b = graph.positionOf(13, 0.5f);
    EXPECT_EQ(graph.moveAt(QPoint(a.x() + (b.x() - a.x()) / 4, a.y())), 12);
    // Outside the plot: nothing.
    EXPECT_FALSE(graph.moveAt(QPoint(1, 1)).has_value());
}

TEST_F(WinrateGraphTest, DragFollowsTheMouse) {
    QSignalSpy spy(&graph, &WinrateGraph::moveClicked);
    QTest::mousePress(graph.viewport(), Qt::LeftButton, {}, graph.positionOf(5, 0.5f));
    QMouseEvent move(QEvent::MouseMove, graph.positionOf(20, 0.5f),
                     graph.viewport()->mapToGlobal(graph.positionOf(20, 0.5f)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(graph.viewport(), &move);
    QTest::mouseRelease(graph.viewport(), Qt::LeftButton, {}, graph.positionOf(20, 0.5f));
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 5);
    EXPECT_EQ(spy.at(1).at(0).toInt(), 20);
}

TEST_F(WinrateGraphTest, PointsMarkerScoreAndClear) {
    EXPECT_EQ(graph.pointCount(), 41);
    EXPECT_FALSE(graph.hasScore());
    graph.setPoint(41, 0.2f, -12.5f);
    graph.setPoint(41, 0.25f, -10.0f);  // replaces
    EXPECT_EQ(graph.pointCount(), 42);
    EXPECT_TRUE(graph.hasScore());
    graph.setCurrentMove(17);
    EXPECT_EQ(graph.currentMove(), 17);
    graph.clear();
    EXPECT_EQ(graph.pointCount(), 0);
    EXPECT_FALSE(graph.moveAt(graph.positionOf(3, 0.5f)).has_value());
}

TEST_F(WinrateGraphTest, FollowsADarkPalette) {
    QPalette dark = graph.palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    graph.setPalette(dark);
    EXPECT_EQ(graph.chart()->theme(), QChart::ChartThemeDark);
    QPalette light = dark;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    graph.setPalette(light);
    EXPECT_EQ(graph.chart()->theme(), QChart::ChartThemeLight);
}

}  // namespace
}  // namespace m37::ui
