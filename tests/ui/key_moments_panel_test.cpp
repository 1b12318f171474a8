// KeyMomentsPanel: rows in move order whatever order the moments come in
// (a move with several kinds keeps one row each), the kind filter,
// next/previous moment, the row of the current move selected, a click
// emits the move, and the "what" texts.
#include "ui/key_moments_panel.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "engine/go/coord.h"

namespace m37::ui {
namespace {

Loc at(const char* v) {
    return *parseGtpVertex(v, 19);
}

std::vector<KeyMoment> someMoments() {
    KeyMoment surprise;
    surprise.kind = KeyMomentKind::kSurprise;
    surprise.moveNumber = 37;
    surprise.color = kBlack;
    surprise.move = surprise.engineMove = at("O10");
    surprise.value = 0.0002f;
    KeyMoment mistake;
    mistake.kind = KeyMomentKind::kMistake;
    mistake.moveNumber = 54;
    mistake.color = kWhite;
    mistake.move = at("D4");
    mistake.engineMove = at("Q16");
    mistake.value = 12.1f;
    mistake.valueIsPoints = true;
    mistake.category = MoveCategory::kBlunder;
    KeyMoment turn = mistake;
    turn.kind = KeyMomentKind::kTurningPoint;
    turn.value = -0.3f;
    turn.leadChanged = true;
    KeyMoment early = surprise;
    early.moveNumber = 12;
    early.move = at("C3");
    return {mistake, turn, surprise, early};  // not in move order
}

class KeyMomentsPanelTest : public ::testing::Test {
  protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

TEST_F(KeyMomentsPanelTest, RowsInMoveOrderWithTheirTexts) {
    KeyMomentsPanel panel;
    panel.setMoments(someMoments(), 19);
    EXPECT_EQ(panel.listedMoves(), (std::vector<int>{12, 37, 54, 54}));
    QTreeWidget* list = panel.list();
    EXPECT_EQ(list->topLevelItem(1)->text(2), "O10");
    EXPECT_EQ(list->topLevelItem(1)->text(3), "Surprise");
    EXPECT_EQ(list->topLevelItem(1)->text(4), "engine's O10 has human prior 0.02% (played)");
    EXPECT_EQ(list->topLevelItem(0)->text(4), "engine's O10 has human prior 0.02%");
    EXPECT_EQ(list->topLevelItem(2)->text(4), "Blunder: lost 12.1 pts (best Q16)");
    EXPECT_EQ(list->topLevelItem(3)->text(4), "Black −30.0%, White takes the lead");

    EXPECT_EQ(panel.nextMoment(12), 37);
    EXPECT_EQ(panel.previousMoment(54), 37);
    EXPECT_FALSE(panel.nextMoment(54).has_value());
    panel.setCurrentMove(37);
    EXPECT_EQ(list->currentItem(), list->topLevelItem(1));
    panel.setCurrentMove(13);
    EXPECT_EQ(list->currentItem(), nullptr);
}

TEST_F(KeyMomentsPanelTest, FilterAndClick) {
    KeyMomentsPanel panel;
    panel.resize(600, 300);
    panel.show();
    panel.setMoments(someMoments(), 19);
    panel.setFilter(KeyMomentKind::kSurprise);
    EXPECT_EQ(panel.listedMoves(), (std::vector<int>{12, 37}));
    // Remembered.
    KeyMomentsPanel again;
    EXPECT_EQ(again.filter(), KeyMomentKind::kSurprise);
    panel.setFilter(std::nullopt);
    EXPECT_EQ(panel.listedMoves().size(), 4u);

    QSignalSpy activated(&panel, &KeyMomentsPanel::moveActivated);
    QTreeWidget* list = panel.list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->topLevelItem(2)).center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toInt(), 54);
    panel.clear();
    EXPECT_TRUE(panel.listedMoves().empty());
}

}  // namespace
}  // namespace m37::ui
