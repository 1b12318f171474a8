// BoardWidget: clicks play at the clicked point; refusals (occupied, ko,
// suicide) are announced and change nothing; hover shows a ghost stone.
#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTest>

#include "tests/ui/ui_test_util.h"

namespace m37::ui {
namespace {

using test::pixelOf;
using test::playAll;
using test::vertex;

class BoardWidgetTest : public ::testing::Test {
  protected:
    void SetUp() override {
        widget.resize(600, 520);
        widget.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    }
    void click(const char* v) {
        QTest::mouseClick(&widget, Qt::LeftButton, {}, pixelOf(widget, v));
    }
    Color at(const char* v) { return model.state().board().at(vertex(model, v)); }

    GameTreeModel model{NewGameParams{9, Rules()}};
    BoardWidget widget{&model};
};

TEST_F(BoardWidgetTest, ClickPlaysAStoneThere) {
    click("C7");
    EXPECT_EQ(at("C7"), kBlack);
    click("G3");
    EXPECT_EQ(at("G3"), kWhite);
    click("J1");  // the corner
    EXPECT_EQ(at("J1"), kBlack);
    EXPECT_EQ(model.state().moveNumber(), 3);
}

TEST_F(BoardWidgetTest, ClickOnOccupiedPointIsRefused) {
    QSignalSpy refused(&widget, &BoardWidget::moveRefused);
    click("E5");
    ASSERT_EQ(at("E5"), kBlack);
    const std::string before = model.state().board().toString();
    click("E5");
    EXPECT_EQ(model.state().board().toString(), before);
    EXPECT_EQ(model.state().toMove(), kWhite);
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused.at(0).at(1).value<MoveError>(), MoveError::kOccupied);
    EXPECT_TRUE(refused.at(0).at(2).toString().contains("occupied"));
    EXPECT_TRUE(model.lastMessage().contains("occupied")) << model.lastMessage().toStdString();
}

TEST_F(BoardWidgetTest, KoRetakeIsRefused) {
    ASSERT_TRUE(playAll(model, {"E6", "F6", "D5", "G5", "E4", "F4", "A9", "E5"}));
    click("F5");  // Black takes the ko
    ASSERT_EQ(at("F5"), kBlack);
    ASSERT_EQ(at("E5"), kEmpty);
    QSignalSpy refused(&widget, &BoardWidget::moveRefused);
    click("E5");  // White may not retake at once
    EXPECT_EQ(at("E5"), kEmpty);
    EXPECT_EQ(at("F5"), kBlack);
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused.at(0).at(1).value<MoveError>(), MoveError::kKo);
    EXPECT_TRUE(model.lastMessage().contains("ko")) << model.lastMessage().toStdString();
    // After a ko threat and answer, the retake is legal.
    click("A1");
    click("B1");
    click("E5");
    EXPECT_EQ(at("E5"), kWhite);
    EXPECT_EQ(at("F5"), kEmpty);
}

TEST_F(BoardWidgetTest, SuicideIsRefused) {
    ASSERT_TRUE(playAll(model, {"C3", "A2", "C4", "B1"}));
    QSignalSpy refused(&widget, &BoardWidget::moveRefused);
    click("A1");
    EXPECT_EQ(at("A1"), kEmpty);
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused.at(0).at(1).value<MoveError>(), MoveError::kSuicide);
    EXPECT_TRUE(model.lastMessage().contains("suicide"));
}

TEST_F(BoardWidgetTest, ClickOffTheGridDoesNothing) {
    QSignalSpy refused(&widget, &BoardWidget::moveRefused);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(2, 2));
    const QPointF beyond =
        widget.boardGeometry().center(8, 8) + QPointF(1, 1) * widget.boardGeometry().cell();
    QTest::mouseClick(&widget, Qt::LeftButton, {}, beyond.toPoint());
    EXPECT_EQ(model.state().moveNumber(), 0);
    EXPECT_EQ(refused.count(), 0);
}

TEST_F(BoardWidgetTest, ClicksFollowTheBoardWhenResized) {
    widget.resize(900, 300);
    click("A9");
    widget.resize(250, 700);
    click("J1");
    EXPECT_EQ(at("A9"), kBlack);
    EXPECT_EQ(at("J1"), kWhite);
}

TEST_F(BoardWidgetTest, HoverShowsAGhostOfTheSideToMove) {
    const QPoint p = pixelOf(widget, "D6");
    const QImage before = widget.grab().toImage();
    QTest::mouseMove(&widget, p);
    const QImage hovered = widget.grab().toImage();
    const qreal dpr = hovered.devicePixelRatio();
    const int off = int(widget.boardGeometry().cell() * 0.25);
    const QPoint d = (p + QPoint(off, off)) * dpr;  // between the crossing lines
    const int lumBefore = test::luminance(before.pixelColor(d));
    const int lumHover = test::luminance(hovered.pixelColor(d));
    EXPECT_LT(lumHover, lumBefore - 40) << lumBefore << " " << lumHover;
    EXPECT_EQ(at("D6"), kEmpty);
}

}  // namespace
}  // namespace m37::ui
