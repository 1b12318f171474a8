// ScoringView: after two passes the engine proposes the dead stones (in
// the background); a click toggles a group and changes the score; Accept
// writes RE. Estimates that arrive too late are dropped.
#include <gtest/gtest.h>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include "engine/go/scoring.h"
#include "tests/ui/ui_test_util.h"
#include "ui/board_widget.h"
#include "ui/game_tree_model.h"
#include "ui/scoring_view.h"

namespace m37::ui {
namespace {

using test::vertex;

// Black walls column D, White column F; a lone White stone at B5 inside
// Black's side and a lone Black stone at H5 inside White's; two passes.
void finishedGame(GameTreeModel& m) {
    for (int row = 1; row <= 9; ++row) {
        ASSERT_EQ(m.play(vertex(m, "D" + std::to_string(row))), MoveError::kNone);
        ASSERT_EQ(m.play(vertex(m, "F" + std::to_string(row))), MoveError::kNone);
    }
    ASSERT_TRUE(test::playAll(m, {"H5", "B5", "pass", "pass"}));
    ASSERT_TRUE(m.state().gameOver());
}

// Starts scoring and waits for the background estimate: begin() returns
// before it (the GUI thread does not wait).
void beginAndWait(ScoringView& view) {
    QSignalSpy spy(&view, &ScoringView::estimated);
    view.begin();
    EXPECT_TRUE(view.active());
    EXPECT_TRUE(view.estimating()) << "the estimate runs off the GUI thread";
    EXPECT_TRUE(view.dead().empty());
    ASSERT_TRUE(spy.count() > 0 || spy.wait(60000));
    EXPECT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.front().front().toBool()) << "applied";
    EXPECT_FALSE(view.estimating());
}

// Lets every estimate finish and its answer be delivered.
void drainEstimates() {
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

TEST(ScoringViewTest, ProposesDeadStonesAndToggleChangesTheScore) {
    GameTreeModel model(NewGameParams{9, Rules()});
    finishedGame(model);
    BoardWidget board(&model);
    board.resize(600, 600);
    ScoringView view(&board);
    beginAndWait(view);
    ASSERT_TRUE(view.active());
    const Loc b5 = vertex(model, "B5"), h5 = vertex(model, "H5");
    EXPECT_TRUE(view.isDead(b5));
    EXPECT_TRUE(view.isDead(h5));
    EXPECT_FALSE(view.isDead(vertex(model, "D5")));
    EXPECT_FALSE(view.isDead(vertex(model, "F5")));
    const Score proposed = view.score();
    const Score expected = score(model.state(), {b5, h5});
    EXPECT_FLOAT_EQ(proposed.black, expected.black);
    EXPECT_FLOAT_EQ(proposed.white, expected.white);

    // B5 alive: Black's side is no longer Black's area.
    EXPECT_TRUE(view.toggle(b5));
    EXPECT_FALSE(view.isDead(b5));
    EXPECT_LT(view.score().black, proposed.black);
    EXPECT_NE(view.resultText(), QString::fromStdString(proposed.toString()));
    EXPECT_TRUE(view.toggle(b5));
    EXPECT_FLOAT_EQ(view.score().black, proposed.black);
    EXPECT_FALSE(view.toggle(vertex(model, "A1"))) << "an empty point";

    // A click on the board toggles too: the whole Black wall dies.
    QTest::mouseClick(&view, Qt::LeftButton, {}, test::pixelOf(board, "D5"));
    EXPECT_TRUE(view.isDead(vertex(model, "D1")));
    EXPECT_TRUE(view.isDead(vertex(model, "D9")));
    EXPECT_GT(view.score().white, proposed.white);
    QTest::mouseClick(&view, Qt::LeftButton, {}, test::pixelOf(board, "D5"));
    EXPECT_FALSE(view.isDead(vertex(model, "D1")));

    bool accepted = false;
    QObject::connect(&view, &ScoringView::finished, [&](bool a) { accepted = a; });
    auto* ok = view.findChild<QPushButton*>("acceptScore");
    ASSERT_NE(ok, nullptr);
    ok->click();
    EXPECT_TRUE(accepted);
    EXPECT_FALSE(view.active());
    EXPECT_EQ(model.gameInfo().result, QString::fromStdString(proposed.toString()));
}

// What is drawn: a dark square on Black's territory, a light one on
// White's, nothing on the dame between the walls.
TEST(ScoringViewTest, PaintsTerritoryOverTheBoard) {
    GameTreeModel model(NewGameParams{9, Rules()});
    finishedGame(model);
    BoardWidget board(&model);
    board.resize(540, 540);
    ScoringView view(&board);
    board.show();
    beginAndWait(view);
    view.findChild<QWidget*>("scoringPanel")->hide();  // keep the corner clear
    const QImage image = board.grab().toImage();
    if (qEnvironmentVariableIsSet("M37_SCORING_PNG"))
        image.save(qEnvironmentVariable("M37_SCORING_PNG"));
    const QImage bare = [&] {
        view.hide();
        return board.grab().toImage();
    }();
    auto at = [&](const QImage& img, const char* v) {
        return img.pixelColor(test::pixelOf(board, v));
    };
    EXPECT_LT(test::luminance(at(image, "A2")), 60) << "Black's territory";
    EXPECT_GT(test::luminance(at(image, "J2")), 200) << "White's territory";
    EXPECT_EQ(at(image, "E2"), at(bare, "E2")) << "dame";
    EXPECT_NE(at(image, "B5"), at(bare, "B5")) << "the dead stone is marked";
}

TEST(ScoringViewTest, TerritoryRulesCountPrisonersAndDeadStones) {
    GameTreeModel model(NewGameParams{9, *Rules::preset("japanese")});
    finishedGame(model);
    BoardWidget board(&model);
    ScoringView view(&board);
    beginAndWait(view);
    const Score s = view.score();
    const Score expected =
        territoryScore(model.state(), {vertex(model, "B5"), vertex(model, "H5")});
    EXPECT_FLOAT_EQ(s.black, expected.black);
    EXPECT_FLOAT_EQ(s.white, expected.white);
    EXPECT_NE(view.summary().indexOf("territory"), -1);
    view.cancel();
    EXPECT_TRUE(model.gameInfo().result.isEmpty());
}

// Accept waits for the estimate (or the user's own marks).
TEST(ScoringViewTest, AcceptIsEnabledOnceTheDeadStonesAreKnown) {
    GameTreeModel model(NewGameParams{9, Rules()});
    finishedGame(model);
    BoardWidget board(&model);
    board.resize(600, 600);
    ScoringView view(&board);
    auto* ok = view.findChild<QPushButton*>("acceptScore");
    ASSERT_NE(ok, nullptr);
    view.begin();
    EXPECT_FALSE(ok->isEnabled());
    drainEstimates();
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(view.isDead(vertex(model, "B5")));
}

// An estimate of a scoring that was cancelled, or started again, is
// dropped; one that comes after the user marked stones does not undo them.
TEST(ScoringViewTest, LateEstimatesAreDropped) {
    GameTreeModel model(NewGameParams{9, Rules()});
    finishedGame(model);
    BoardWidget board(&model);
    board.resize(600, 600);
    ScoringView view(&board);
    QSignalSpy spy(&view, &ScoringView::estimated);
    const Loc b5 = vertex(model, "B5"), h5 = vertex(model, "H5");

    view.begin();
    view.cancel();
    drainEstimates();
    EXPECT_EQ(spy.count(), 0) << "cancelled: its estimate is dropped";
    EXPECT_TRUE(view.dead().empty());

    view.begin();
    view.begin();  // again: only the second estimate counts
    drainEstimates();
    EXPECT_EQ(spy.count(), 1);
    EXPECT_TRUE(view.isDead(b5) && view.isDead(h5));

    spy.clear();
    view.begin();
    EXPECT_TRUE(view.toggle(h5));  // the user marks H5 dead before the estimate
    drainEstimates();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_FALSE(spy.front().front().toBool()) << "not applied";
    EXPECT_TRUE(view.isDead(h5));
    EXPECT_FALSE(view.isDead(b5)) << "the user's marks are kept, the estimate's not added";
    EXPECT_FALSE(view.estimating());
}

// Handicap under area rules: White's compensation (one point per stone
// under Chinese rules) is in the score, none under Japanese.
TEST(ScoringViewTest, HandicapCompensationFollowsTheRules) {
    for (const char* preset : {"chinese", "japanese"}) {
        NewGameParams params(9, *Rules::preset(preset));
        params.rules.komi = 0.5f;
        params.handicap = 4;
        GameTreeModel model(params);
        ASSERT_EQ(model.state().handicap(), 4);
        ASSERT_TRUE(test::playAll(model, {"pass", "pass"}));
        BoardWidget board(&model);
        board.resize(600, 600);
        ScoringView view(&board);
        beginAndWait(view);
        // All four stones alive (one group through the empty points).
        const Loc d4 = vertex(model, "C3");
        ASSERT_EQ(model.state().board().at(d4), kBlack);
        if (view.isDead(d4)) EXPECT_TRUE(view.toggle(d4));
        ASSERT_TRUE(view.dead().empty());
        const Score s = view.score();
        if (std::string(preset) == "chinese") {
            // Black's 4 stones own the empty board (81 points); White 0.5 + 4.
            EXPECT_FLOAT_EQ(s.black, 81.0f);
            EXPECT_FLOAT_EQ(s.white, 4.5f);
        } else {
            // Territory: the board is Black's minus its 4 stones.
            EXPECT_FLOAT_EQ(s.black, 77.0f);
            EXPECT_FLOAT_EQ(s.white, 0.5f);
        }
        EXPECT_EQ(view.resultText(), QString::fromStdString(s.toString()));
    }
}

}  // namespace
}  // namespace m37::ui
