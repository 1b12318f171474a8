// GameReviewRunner: reviews a 9x9 game in its thread to 100 % with a result
// per position and per move; a cancel midway ends the run without hanging;
// the runner can be destroyed while it runs; the current line and finding
// a move's node again.
#include "ui/game_review_runner.h"

#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTest>

#include "tests/ui/review_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/game_tree_model.h"

namespace m37::ui {
namespace {

GameReviewRunParams params(int64_t visits) {
    GameReviewRunParams p;
    p.review.visits = visits;
    p.search.threads = 1;
    p.search.seed = 3;
    return p;
}

TEST(GameReviewRunner, ReviewsAShortGameToTheEnd) {
    GameTreeModel model(NewGameParams{9});
    ASSERT_TRUE(test::loadGame(model, test::kBlunderGame));
    ReviewLine line = currentReviewLine(model);
    ASSERT_EQ(line.positions.size(), 7u);
    GameReviewRunner runner;
    QSignalSpy progress(&runner, &GameReviewRunner::progress);
    QSignalSpy finished(&runner, &GameReviewRunner::finished);
    ASSERT_TRUE(runner.start(line, params(800)));
    EXPECT_TRUE(runner.running());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(runner.running());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 7);
    EXPECT_EQ(progress.last().at(1).toInt(), 7);
    EXPECT_EQ(runner.done(), runner.total());
    ASSERT_EQ(runner.positions().size(), 7u);
    ASSERT_EQ(runner.moves().size(), 6u);
    const MoveReview& blunder = runner.moves()[0];
    EXPECT_EQ(blunder.moveNumber, 1);
    EXPECT_EQ(blunder.move, test::vertex(model, "E2"));
    EXPECT_EQ(blunder.bestMove, test::vertex(model, "H5"));
    EXPECT_EQ(blunder.category, MoveCategory::kBlunder);
}

TEST(GameReviewRunner, CancelMidwayFinishesWithoutHanging) {
    GameTreeModel model(NewGameParams{9});
    ASSERT_TRUE(test::playAll(model, {"E5", "C3", "G7", "C7", "G3", "D5", "F4", "E3", "F6", "D7",
                                      "E7", "C5", "H5", "B4"}));
    GameReviewRunner runner;
    QSignalSpy finished(&runner, &GameReviewRunner::finished);
    QObject::connect(&runner, &GameReviewRunner::progress, &runner, [&runner](int done, int) {
        if (done == 1) runner.cancel();
    });
    ASSERT_TRUE(runner.start(currentReviewLine(model), params(5000)));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(runner.running());
    EXPECT_GE(runner.done(), 1);
    EXPECT_LT(runner.done(), runner.total());
}

TEST(GameReviewRunner, CancelDuringAnEndlessSearchAndRestart) {
    GameTreeModel model(NewGameParams{9});
    ASSERT_TRUE(test::playAll(model, {"E5", "C3"}));
    GameReviewRunner runner;
    QSignalSpy finished(&runner, &GameReviewRunner::finished);
    ASSERT_TRUE(runner.start(currentReviewLine(model), params(int64_t(1) << 40)));
    runner.cancel();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_EQ(runner.done(), 0);
    // A new run after a cancelled one; then one replaced by another while
    // it runs (only the second reports).
    ASSERT_TRUE(runner.start(currentReviewLine(model), params(int64_t(1) << 40)));
    ASSERT_TRUE(runner.start(currentReviewLine(model), params(50)));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.last().at(0).toBool());
    EXPECT_EQ(finished.size(), 2);
    EXPECT_EQ(runner.done(), 3);
    EXPECT_EQ(runner.moves().size(), 2u);
}

TEST(GameReviewRunner, DestroyedWhileRunning) {
    GameTreeModel model(NewGameParams{9});
    ASSERT_TRUE(test::playAll(model, {"E5", "C3"}));
    auto runner = std::make_unique<GameReviewRunner>();
    ASSERT_TRUE(runner->start(currentReviewLine(model), params(int64_t(1) << 40)));
    runner.reset();  // cancels; the thread ends and deletes itself
    // Its last signals go nowhere; the event loop keeps running.
    QTest::qWait(200);
    SUCCEED();
}

TEST(ReviewLine, CurrentLineAndNodesOfItsMoves) {
    GameTreeModel model(NewGameParams{9});
    ASSERT_TRUE(test::playAll(model, {"E5", "C3", "G7"}));
    model.back(2);
    ASSERT_TRUE(test::playAll(model, {"D4"}));  // a variation at move 2
    // The line through the current node goes on to the end of the main line.
    model.toStart();
    model.forward(1);
    ReviewLine line = currentReviewLine(model);
    ASSERT_EQ(line.moves.size(), 3u);
    EXPECT_EQ(line.boardSize, 9);
    EXPECT_EQ(line.moves[1].loc, test::vertex(model, "C3"));
    const SgfNode* node = nodeOfMove(model.root(), line.moves, 2, 9);
    ASSERT_TRUE(model.goTo(node));
    EXPECT_EQ(model.moveNumber(), 2);
    EXPECT_EQ(model.lastMove(), test::vertex(model, "C3"));
    EXPECT_EQ(nodeOfMove(model.root(), line.moves, 0, 9), &model.root());
    // Past the end: the last node of the line.
    EXPECT_EQ(nodeOfMove(model.root(), line.moves, 99, 9)->parent()->parent()->parent(),
              &model.root());
}

}  // namespace
}  // namespace m37::ui
