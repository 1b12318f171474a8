// Game review: categories by points and by winrate, the mover's view of
// hand-made snapshots, the positions of a line, and reviews driven by a real
// rollout search (a move that throws away a big group is a blunder;
// progress, cancel, a game that ends with two passes).
#include "engine/review/game_review.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_reader.h"

namespace m37 {
namespace {

Loc at(const char* v, int size = 9) {
    return *parseGtpVertex(v, size);
}

CandidateMove candidate(Loc m, int visits, float winrate, std::optional<float> lead) {
    CandidateMove c;
    c.move = m;
    c.visits = visits;
    c.winrate = winrate;
    c.scoreLead = lead;
    c.pv = {m};
    return c;
}

AnalysisSnapshot snapshot(Color toMove, float winrate, std::optional<float> lead) {
    AnalysisSnapshot s;
    s.toMove = toMove;
    s.boardSize = 9;
    s.rootWinrate = winrate;
    s.rootScoreLead = lead;
    s.rootVisits = 100;
    s.final = true;
    return s;
}

TEST(ClassifyMove, PointsLostAgainstKaTrainThresholds) {
    const ReviewThresholds t;
    auto cat = [&](float lost) { return classifyMove(lost, 0.0f, false, t); };
    EXPECT_EQ(cat(-3.0f), MoveCategory::kGood);
    EXPECT_EQ(cat(0.49f), MoveCategory::kGood);
    EXPECT_EQ(cat(0.5f), MoveCategory::kSlight);
    EXPECT_EQ(cat(1.49f), MoveCategory::kSlight);
    EXPECT_EQ(cat(1.5f), MoveCategory::kInaccuracy);
    EXPECT_EQ(cat(3.0f), MoveCategory::kMistake);
    EXPECT_EQ(cat(5.9f), MoveCategory::kMistake);
    EXPECT_EQ(cat(6.0f), MoveCategory::kBadMistake);
    EXPECT_EQ(cat(12.0f), MoveCategory::kBlunder);
    EXPECT_EQ(cat(80.0f), MoveCategory::kBlunder);
    // The score decides when known, whatever the winrate says.
    EXPECT_EQ(classifyMove(0.1f, 0.9f, false, t), MoveCategory::kGood);
}

TEST(ClassifyMove, WinrateWhenNoScore) {
    const ReviewThresholds t;
    auto cat = [&](float lost) { return classifyMove(std::nullopt, lost, false, t); };
    EXPECT_EQ(cat(-0.2f), MoveCategory::kGood);
    EXPECT_EQ(cat(0.01f), MoveCategory::kGood);
    EXPECT_EQ(cat(0.03f), MoveCategory::kSlight);
    EXPECT_EQ(cat(0.07f), MoveCategory::kInaccuracy);
    EXPECT_EQ(cat(0.15f), MoveCategory::kMistake);
    EXPECT_EQ(cat(0.25f), MoveCategory::kBadMistake);
    EXPECT_EQ(cat(0.60f), MoveCategory::kBlunder);
}

TEST(ClassifyMove, ThresholdsAndTheBestMoveRuleAreParameters) {
    ReviewThresholds t;
    EXPECT_EQ(classifyMove(20.0f, 0.5f, true, t), MoveCategory::kGood);
    t.bestMoveIsGood = false;
    EXPECT_EQ(classifyMove(20.0f, 0.5f, true, t), MoveCategory::kBlunder);
    t.points = {1, 2, 4, 8, 100};
    EXPECT_EQ(classifyMove(20.0f, 0.5f, false, t), MoveCategory::kBadMistake);
    EXPECT_EQ(classifyMove(1.0f, 0.5f, false, t), MoveCategory::kSlight);
    EXPECT_STREQ(moveCategoryName(MoveCategory::kBlunder), "blunder");
    EXPECT_STREQ(moveCategoryName(MoveCategory::kBadMistake), "bad mistake");
}

TEST(ReviewMove, HandMadeSnapshotsFromTheMoversView) {
    // Black to play at 70% and +5; after Black's E5 White is at 60% and +2.
    AnalysisSnapshot before = snapshot(kBlack, 0.7f, 5.0f);
    before.candidates = {candidate(at("D4"), 60, 0.72f, 5.5f), candidate(at("C3"), 30, 0.6f, 3.f),
                         candidate(at("E5"), 10, 0.4f, -2.f)};
    AnalysisSnapshot after = snapshot(kWhite, 0.6f, 2.0f);
    MoveReview r = reviewMove(before, &after, {kBlack, at("E5")}, ReviewThresholds{});
    EXPECT_EQ(r.color, kBlack);
    EXPECT_EQ(r.move, at("E5"));
    EXPECT_FLOAT_EQ(r.winrateBefore, 0.7f);
    EXPECT_FLOAT_EQ(r.winrateAfter, 0.4f);
    EXPECT_NEAR(r.winrateLost, 0.3f, 1e-6);
    ASSERT_TRUE(r.pointsLost.has_value());
    EXPECT_FLOAT_EQ(*r.scoreBefore, 5.0f);
    EXPECT_FLOAT_EQ(*r.scoreAfter, -2.0f);
    EXPECT_FLOAT_EQ(*r.pointsLost, 7.0f);
    EXPECT_EQ(r.bestMove, at("D4"));
    EXPECT_EQ(r.playedRank, 3);
    EXPECT_EQ(r.category, MoveCategory::kBadMistake);

    // White's move from White's view; a move the search never listed.
    AnalysisSnapshot wBefore = snapshot(kWhite, 0.55f, 1.0f);
    wBefore.candidates = {candidate(at("C7"), 50, 0.56f, 1.2f)};
    AnalysisSnapshot wAfter = snapshot(kBlack, 0.5f, 0.0f);
    MoveReview w = reviewMove(wBefore, &wAfter, {kWhite, at("J9")}, ReviewThresholds{});
    EXPECT_FLOAT_EQ(w.winrateAfter, 0.5f);
    EXPECT_FLOAT_EQ(*w.pointsLost, 1.0f);
    EXPECT_FALSE(w.playedRank.has_value());
    EXPECT_EQ(w.bestMove, at("C7"));
    EXPECT_EQ(w.category, MoveCategory::kSlight);
}

TEST(ReviewMove, RootValuesFromEitherSide) {
    AnalysisSnapshot s = snapshot(kWhite, 0.3f, -4.0f);
    s.candidates = {candidate(at("D4"), 40, 0.45f, 2.0f)};  // not the position's value
    EXPECT_FLOAT_EQ(rootValue(s, kWhite).winrate, 0.3f);
    EXPECT_FLOAT_EQ(rootValue(s, kBlack).winrate, 0.7f);
    EXPECT_FLOAT_EQ(*rootValue(s, kWhite).lead, -4.0f);
    EXPECT_FLOAT_EQ(*rootValue(s, kBlack).lead, 4.0f);
    s.rootScoreLead.reset();
    EXPECT_FALSE(rootValue(s, kBlack).lead.has_value());
}

TEST(ReviewMove, WinrateOnlyWhenTheEvaluatorHasNoScore) {
    AnalysisSnapshot before = snapshot(kBlack, 0.8f, std::nullopt);
    before.candidates = {candidate(at("D4"), 60, 0.8f, std::nullopt),
                         candidate(at("A1"), 5, 0.3f, std::nullopt)};
    AnalysisSnapshot after = snapshot(kWhite, 0.7f, std::nullopt);
    MoveReview r = reviewMove(before, &after, {kBlack, at("A1")}, ReviewThresholds{});
    EXPECT_FALSE(r.pointsLost.has_value());
    EXPECT_NEAR(r.winrateLost, 0.5f, 1e-6);
    EXPECT_EQ(r.category, MoveCategory::kBlunder);
    EXPECT_EQ(r.playedRank, 2);
}

TEST(ReviewMove, LastMoveWithoutAfterUsesThePlayedCandidate) {
    AnalysisSnapshot before = snapshot(kBlack, 0.6f, 3.0f);
    before.candidates = {candidate(at("D4"), 60, 0.62f, 3.5f), candidate(at("A1"), 8, 0.2f, -6.f)};
    MoveReview r = reviewMove(before, nullptr, {kBlack, at("A1")}, ReviewThresholds{});
    EXPECT_FLOAT_EQ(r.winrateAfter, 0.2f);
    EXPECT_FLOAT_EQ(*r.pointsLost, 9.0f);
    EXPECT_EQ(r.category, MoveCategory::kBadMistake);
    // Not searched: nothing known, nothing lost.
    MoveReview u = reviewMove(before, nullptr, {kBlack, at("J9")}, ReviewThresholds{});
    EXPECT_FLOAT_EQ(u.winrateLost, 0.0f);
    EXPECT_EQ(u.category, MoveCategory::kGood);
}

TEST(LinePositions, OnePositionPerMoveFromTheSetup) {
    GameState g(9);
    g.setup({{at("C3"), kBlack}, {at("G7"), kWhite}});
    for (const char* v : {"E5", "E4", "D4"}) ASSERT_EQ(g.play(at(v)), MoveError::kNone);
    g.play(kPassLoc);
    std::vector<GameState> line = linePositions(g);
    ASSERT_EQ(line.size(), 5u);
    for (size_t i = 0; i < line.size(); ++i) EXPECT_EQ(line[i].moveNumber(), int(i));
    EXPECT_EQ(line[0].board().at(at("C3")), kBlack);  // the setup stays
    EXPECT_EQ(line[0].board().at(at("E5")), kEmpty);
    EXPECT_EQ(line[0].toMove(), kBlack);
    EXPECT_EQ(line[1].board().at(at("E5")), kBlack);
    EXPECT_EQ(line[3].toMove(), kWhite);
    EXPECT_EQ(line[4].moves().back().loc, kPassLoc);
}

TEST(LinePositions, MainLineOfAnSgfGame) {
    SgfReadResult r = readSgf("(;GM[1]SZ[9]KM[7]AB[cc];W[ee];B[dd](;W[ce])(;W[gg]))");
    ASSERT_TRUE(r.ok());
    std::string error;
    std::vector<GameState> line = mainLinePositions(*r.games[0], &error);
    ASSERT_EQ(line.size(), 4u) << error;
    EXPECT_EQ(line[0].toMove(), kWhite);
    EXPECT_EQ(line[3].moves().back().loc, at("C5"));  // "ce": the main line, not the variation

    SgfReadResult bad = readSgf("(;GM[1]SZ[99];B[aa])");
    ASSERT_FALSE(bad.games.empty());
    EXPECT_TRUE(mainLinePositions(*bad.games[0], &error).empty());
    EXPECT_FALSE(error.empty());
}

// Black's eight stones on row 6 and White's seven on row 5 share their one
// liberty, H5: whoever plays there captures. Black plays E2 instead and
// White captures eight stones.
GameState semeaiPosition() {
    const char* rows[] = {
        ".........",  // 9
        ".........",  // 8
        "OOOOOOOOO",  // 7
        "XXXXXXXXO",  // 6
        "OOOOOOO.O",  // 5
        "XXXXXXXXX",  // 4
        ".........",  // 3
        ".........",  // 2
        ".........",  // 1
    };
    std::vector<std::pair<Loc, Color>> stones;
    for (int y = 0; y < 9; ++y)
        for (int x = 0; x < 9; ++x) {
            char c = rows[y][x];
            if (c != '.') stones.push_back({makeLoc(x, y, 9), c == 'X' ? kBlack : kWhite});
        }
    GameState g(9);
    g.setup(stones);
    g.setToMove(kBlack);
    return g;
}

SearchParams rolloutParams() {
    SearchParams p;
    p.rollouts = true;
    p.threads = 1;
    p.seed = 7;
    return p;
}

TEST(ReviewGame, ThrowingAwayABigGroupIsABlunder) {
    GameState g = semeaiPosition();
    ASSERT_EQ(g.play(at("E2")), MoveError::kNone);
    ASSERT_EQ(g.play(at("H5")), MoveError::kNone);  // captures A6-H6
    ASSERT_EQ(g.board().at(at("A6")), kEmpty);
    std::vector<GameState> line = linePositions(g);
    ASSERT_EQ(line.size(), 3u);

    SearchEngine engine(rolloutParams());
    ReviewParams params;
    params.visits = 800;
    GameReview review = reviewGame(line, engine, params);
    ASSERT_FALSE(review.cancelled);
    ASSERT_EQ(review.moves.size(), 2u);
    const MoveReview& blunder = review.moves[0];
    EXPECT_EQ(blunder.moveNumber, 1);
    EXPECT_EQ(blunder.color, kBlack);
    EXPECT_EQ(blunder.move, at("E2"));
    EXPECT_EQ(blunder.bestMove, at("H5"));
    ASSERT_TRUE(blunder.pointsLost.has_value());
    // Fifteen stones change hands: beyond the blunder threshold.
    EXPECT_GT(*blunder.pointsLost, 12.0f);
    EXPECT_GT(blunder.winrateLost, 0.4f);
    EXPECT_EQ(blunder.category, MoveCategory::kBlunder);
    const MoveReview& capture = review.moves[1];
    EXPECT_EQ(capture.color, kWhite);
    EXPECT_EQ(capture.bestMove, at("H5"));
    EXPECT_EQ(capture.playedRank, 1);
    EXPECT_EQ(capture.category, MoveCategory::kGood);
    // Black's winrate in the positions: high, then low.
    ASSERT_EQ(review.positions.size(), 3u);
    EXPECT_TRUE(review.positions[2].analysed);
    EXPECT_GT(review.positions[0].blackWinrate, 0.6f);
    EXPECT_LT(review.positions[1].blackWinrate, 0.3f);
    EXPECT_LT(review.positions[2].blackWinrate, 0.3f);
    ASSERT_TRUE(review.positions[2].blackScoreLead.has_value());
    EXPECT_LT(*review.positions[2].blackScoreLead, -10.0f);
}

TEST(ReviewGame, ProgressPositionsAndMovesInOrderUpToTwoPasses) {
    GameState g(9);
    for (const char* v : {"E5", "C3", "G7", "C7"}) ASSERT_EQ(g.play(at(v)), MoveError::kNone);
    g.play(kPassLoc);
    g.play(kPassLoc);
    ASSERT_TRUE(g.gameOver());
    std::vector<GameState> line = linePositions(g);
    SearchEngine engine(rolloutParams());
    ReviewParams params;
    params.visits = 60;
    std::vector<std::pair<int, int>> progress;
    std::vector<int> positions, moves;
    ReviewCallbacks cb;
    cb.progress = [&](int done, int total) { progress.push_back({done, total}); };
    cb.position = [&](const PositionReview& p) { positions.push_back(p.index); };
    cb.move = [&](const MoveReview& m) { moves.push_back(m.moveNumber); };
    GameReview review = reviewGame(line, engine, params, cb);
    EXPECT_FALSE(review.cancelled);
    ASSERT_EQ(progress.size(), 7u);
    EXPECT_EQ(progress.back(), std::make_pair(7, 7));
    EXPECT_EQ(positions, (std::vector<int>{0, 1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(moves, (std::vector<int>{1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(review.moves.back().move, kPassLoc);
    for (const auto& p : review.positions) EXPECT_GE(p.visits, 1);
}

TEST(ReviewGame, CancelBetweenPositions) {
    GameState g(9);
    for (const char* v : {"E5", "C3", "G7", "C7", "D5"}) ASSERT_EQ(g.play(at(v)), MoveError::kNone);
    std::vector<GameState> line = linePositions(g);
    SearchEngine engine(rolloutParams());
    ReviewParams params;
    params.visits = 40;
    std::atomic<bool> cancel{false};
    ReviewCallbacks cb;
    cb.progress = [&](int done, int) {
        if (done == 2) cancel = true;
    };
    GameReview review = reviewGame(line, engine, params, cb, &cancel);
    EXPECT_TRUE(review.cancelled);
    EXPECT_EQ(review.snapshots.size(), 2u);
    EXPECT_EQ(review.moves.size(), 1u);
    EXPECT_TRUE(review.positions[1].analysed);
    EXPECT_FALSE(review.positions[2].analysed);
}

TEST(ReviewGame, CancelInterruptsARunningSearch) {
    std::vector<GameState> line = linePositions(semeaiPosition());
    SearchEngine engine(rolloutParams());
    ReviewParams params;
    params.visits = int64_t(1) << 40;  // never reached: only the cancel ends it
    params.pollMs = 10;
    std::atomic<bool> cancel{false};
    std::thread canceller([&] {
        while (!engine.running()) std::this_thread::yield();
        cancel = true;
    });
    GameReview review = reviewGame(line, engine, params, {}, &cancel);
    canceller.join();
    EXPECT_TRUE(review.cancelled);
    EXPECT_TRUE(review.snapshots.empty());
    EXPECT_FALSE(review.positions[0].analysed);
}

}  // namespace
}  // namespace m37
