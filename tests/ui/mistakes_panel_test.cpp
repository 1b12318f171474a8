// MistakesPanel: rows at or above the threshold in move order, the
// threshold combo, next/previous mistake, clicking a row.
#include "ui/mistakes_panel.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "engine/go/coord.h"

namespace m37::ui {
namespace {

MoveReview review(int moveNumber, MoveCategory c, float pointsLost) {
    MoveReview m;
    m.moveNumber = moveNumber;
    m.color = moveNumber % 2 ? kBlack : kWhite;
    m.move = *parseGtpVertex("C3", 9);
    m.bestMove = *parseGtpVertex("D4", 9);
    m.pointsLost = pointsLost;
    m.winrateLost = pointsLost / 40.0f;
    m.category = c;
    return m;
}

class MistakesPanelTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        panel = std::make_unique<MistakesPanel>();
        // Out of order on purpose: rows are sorted by move.
        panel->addMove(review(30, MoveCategory::kBlunder, 15), 9);
        panel->addMove(review(4, MoveCategory::kMistake, 4), 9);
        panel->addMove(review(5, MoveCategory::kGood, 0.1f), 9);
        panel->addMove(review(11, MoveCategory::kSlight, 0.7f), 9);
        panel->addMove(review(17, MoveCategory::kInaccuracy, 2), 9);
        panel->resize(500, 300);
        panel->show();
    }
    void TearDown() override {
        panel.reset();
        QSettings().clear();
    }
    std::unique_ptr<MistakesPanel> panel;
};

TEST_F(MistakesPanelTest, ListsMovesAboveTheThresholdInOrder) {
    EXPECT_EQ(panel->threshold(), MoveCategory::kInaccuracy);
    EXPECT_EQ(panel->listedMoves(), (std::vector<int>{4, 17, 30}));
    QTreeWidgetItem* last = panel->list()->topLevelItem(2);
    EXPECT_EQ(last->text(0), "30");
    EXPECT_EQ(last->text(1), "White");
    EXPECT_EQ(last->text(2), "C3");
    EXPECT_EQ(last->text(3), "D4");
    EXPECT_EQ(last->text(4), "15.0");
    EXPECT_EQ(last->text(6), "Blunder");
    panel->setThreshold(MoveCategory::kMistake);
    EXPECT_EQ(panel->listedMoves(), (std::vector<int>{4, 30}));
    // The combo changes it too, and the choice is remembered.
    auto* combo = panel->findChild<QComboBox*>("mistakeThreshold");
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(0);  // slight and worse
    EXPECT_EQ(panel->listedMoves(), (std::vector<int>{4, 11, 17, 30}));
    MistakesPanel again;
    EXPECT_EQ(again.threshold(), MoveCategory::kSlight);
    panel->clear();
    EXPECT_TRUE(panel->listedMoves().empty());
}

TEST_F(MistakesPanelTest, NextAndPreviousMistake) {
    EXPECT_EQ(panel->nextMistake(0), 4);
    EXPECT_EQ(panel->nextMistake(4), 17);
    EXPECT_EQ(panel->nextMistake(20), 30);
    EXPECT_FALSE(panel->nextMistake(30).has_value());
    EXPECT_EQ(panel->previousMistake(31), 30);
    EXPECT_EQ(panel->previousMistake(30), 17);
    EXPECT_FALSE(panel->previousMistake(4).has_value());
}

TEST_F(MistakesPanelTest, ClickingARowActivatesItsMove) {
    QSignalSpy spy(panel.get(), &MistakesPanel::moveActivated);
    QTreeWidget* list = panel->list();
    const QRect r = list->visualItemRect(list->topLevelItem(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 17);
    panel->setCurrentMove(30);
    EXPECT_EQ(list->currentItem(), list->topLevelItem(2));
    panel->setCurrentMove(5);  // not listed
    EXPECT_EQ(list->currentItem(), nullptr);
}

}  // namespace
}  // namespace m37::ui
