// PlayController: a 9x9 game against GNU Go (moves go into the tree,
// undo takes back the reply, navigation re-syncs the engine), the embedded
// engine, engine vs engine, a crashing engine restarted without losing the
// game, resignation.
#include <gtest/gtest.h>
#include <QDir>
#include <QTemporaryDir>
#include <set>

#include "engine/nn/lz_random_net.h"
#include "tests/ui/play_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/game_tree_model.h"
#include "ui/gtp_process.h"
#include "ui/play_controller.h"

namespace m37::ui {
namespace {

using test::playAll;
using test::vertex;
using test::waitFor;

PlayerSetup gnugo() {
    return {PlayerKind::kExternal,
            {"GNU Go", QString::fromUtf8(test::kGnuGo) + " --mode gtp --level 1", {}}};
}

PlayerSetup fake(const QStringList& args) {
    const GtpProcessParams p = test::fakeEngine(args.value(0, "ok"), args.mid(1));
    QString line = "python3";
    for (const QString& a : p.arguments) line += " \"" + a + "\"";
    return {PlayerKind::kExternal, {"Fake", line, {}}};
}

// The moves of the main line from the root to the current node.
int depth(const GameTreeModel& m) {
    return int(m.path().size()) - 1;
}

TEST(PlayControllerTest, NineByNineGameAgainstGnuGoWithUndo) {
    if (!test::have(test::kGnuGo)) GTEST_SKIP() << "gnugo not installed";
    GameTreeModel model(NewGameParams{9, Rules()});
    PlayController play(&model);
    QStringList failures;
    QObject::connect(&play, &PlayController::engineFailed,
                     [&](const QString& m) { failures << m; });
    PlaySetup setup;
    setup.white = gnugo();
    play.start(setup);
    EXPECT_TRUE(play.isEngine(kWhite));
    EXPECT_FALSE(play.isEngine(kBlack));
    EXPECT_FALSE(play.thinking()) << "Black (the user) to move";

    // Three moves of the user, each answered by GNU Go.
    for (const char* mv : {"E5", "C3", "G7"}) {
        const int before = depth(model);
        if (model.play(vertex(model, mv)) != MoveError::kNone) {
            // GNU Go took that point: play the first legal point instead.
            for (int i = 0; i < 81; ++i) {
                const Loc l = model.state().board().loc(i % 9, i / 9);
                if (model.state().isLegal(l, kBlack) && model.play(l) == MoveError::kNone) break;
            }
        }
        ASSERT_EQ(depth(model), before + 1);
        EXPECT_TRUE(play.thinking());
        ASSERT_TRUE(waitFor([&] { return depth(model) == before + 2 || !failures.isEmpty(); }))
            << "no reply";
        ASSERT_TRUE(failures.isEmpty()) << failures.join('\n').toStdString();
        EXPECT_EQ(nodeMove(*model.current(), 9).color, kWhite);
        EXPECT_EQ(model.state().toMove(), kBlack);
    }
    EXPECT_EQ(model.moveNumber(), 6);
    EXPECT_EQ(model.root().subtreeSize(), 7u) << "root + 6 moves";

    // Undo takes back GNU Go's reply and the user's move.
    play.undo();
    EXPECT_EQ(model.moveNumber(), 4);
    EXPECT_EQ(model.state().toMove(), kBlack);
    EXPECT_FALSE(play.thinking());
    // Another move there: GNU Go, re-synced to this position, answers.
    Loc other = kNullLoc;
    for (int i = 0; i < 81 && other == kNullLoc; ++i) {
        const Loc l = model.state().board().loc(i % 9, i / 9);
        if (model.state().isLegal(l, kBlack) && model.current()->childCount() > 0 &&
            nodeMove(*model.current()->child(0), 9).loc != l)
            other = l;
    }
    ASSERT_EQ(model.play(other), MoveError::kNone);
    ASSERT_TRUE(waitFor([&] { return model.moveNumber() == 6 || !failures.isEmpty(); }));
    ASSERT_TRUE(failures.isEmpty()) << failures.join('\n').toStdString();
    EXPECT_EQ(model.root().subtreeSize(), 9u) << "the old line stays as a variation";

    // The user passes; GNU Go answers (a move or a pass).
    play.pass();
    ASSERT_TRUE(waitFor([&] { return model.moveNumber() == 8 || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty());
}

TEST(PlayControllerTest, EmbeddedEngineReplies) {
    GameTreeModel model(NewGameParams{9, Rules()});
    PlayController play(&model);
    QStringList failures;
    QObject::connect(&play, &PlayController::engineFailed,
                     [&](const QString& m) { failures << m; });
    PlaySetup setup;
    setup.black = {PlayerKind::kEmbedded, {}};  // rollouts, no network
    setup.strength.visits = 60;
    setup.threads = 1;
    play.start(setup);
    EXPECT_TRUE(play.thinking()) << "the engine has Black: it plays first";
    ASSERT_TRUE(waitFor([&] { return model.moveNumber() == 1 || !failures.isEmpty(); }, 60000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join('\n').toStdString();
    EXPECT_EQ(nodeMove(*model.current(), 9).color, kBlack);
    // The user's reply, then the engine's.
    Loc l = kNullLoc;
    for (int i = 0; i < 81 && l == kNullLoc; ++i) {
        const Loc c = model.state().board().loc(i % 9, i / 9);
        if (model.state().isLegal(c, kWhite)) l = c;
    }
    ASSERT_EQ(model.play(l), MoveError::kNone);
    ASSERT_TRUE(waitFor([&] { return model.moveNumber() == 3 || !failures.isEmpty(); }, 60000));
    EXPECT_TRUE(failures.isEmpty());
    // Navigating away cancels nothing that is running; back, the user plays.
    play.undo();
    EXPECT_EQ(model.moveNumber(), 1);
    EXPECT_EQ(model.state().toMove(), kWhite);
}

TEST(PlayControllerTest, EmbeddedEngineOnANetworkAndABadNetworkFile) {
    QTemporaryDir dir;
    const QString net = QDir(dir.path()).filePath("net.txt.gz");
    std::string error;
    ASSERT_TRUE(nn::writeRandomLzWeights(net.toStdString(), nn::RandomLzSpec{}, &error)) << error;
    GameTreeModel model(NewGameParams{19, Rules()});
    PlayController play(&model);
    QStringList failures;
    QObject::connect(&play, &PlayController::engineFailed,
                     [&](const QString& m) { failures << m; });
    PlaySetup setup;
    setup.black = {PlayerKind::kEmbedded, {}};
    setup.strength.visits = 16;
    setup.threads = 1;
    setup.networkPath = net;
    play.start(setup);
    ASSERT_TRUE(waitFor([&] { return model.moveNumber() == 1 || !failures.isEmpty(); }, 60000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join('\n').toStdString();

    // A file that is no network: a clear message, the game untouched.
    GameTreeModel other(NewGameParams{9, Rules()});
    PlayController bad(&other);
    QObject::connect(&bad, &PlayController::engineFailed, [&](const QString& m) { failures << m; });
    setup.networkPath = QDir(dir.path()).filePath("missing.m37");
    bad.start(setup);
    ASSERT_TRUE(waitFor([&] { return !failures.isEmpty(); }, 30000));
    EXPECT_NE(failures.first().indexOf("could not be loaded"), -1)
        << failures.first().toStdString();
    EXPECT_NE(failures.first().indexOf("missing.m37"), -1) << failures.first().toStdString();
    EXPECT_EQ(other.moveNumber(), 0);
    EXPECT_FALSE(bad.thinking());
}

TEST(PlayControllerTest, TwoEnginesPlayEachOtherUpToTheLimit) {
    GameTreeModel model(NewGameParams{5, Rules()});
    PlayController play(&model);
    PlaySetup setup;
    setup.black = fake({"ok"});
    setup.white = fake({"ok"});
    setup.maxMoves = 6;
    QString status;
    QObject::connect(&play, &PlayController::status, [&](const QString& s) { status = s; });
    play.start(setup);
    ASSERT_TRUE(waitFor([&] { return status.contains("stopped after 6"); }, 30000))
        << status.toStdString();
    EXPECT_EQ(model.moveNumber(), 6);
    // Each engine was told the other's moves (it plays the first point it
    // believes empty): six distinct points.
    std::set<Loc> points;
    for (const MoveRecord& m : model.state().moves()) points.insert(m.loc);
    EXPECT_EQ(points.size(), 6u);
    EXPECT_TRUE(play.failure().isEmpty()) << play.failure().toStdString();
}

TEST(PlayControllerTest, CrashedEngineIsRestartedAndTheGameGoesOn) {
    QTemporaryDir dir;
    GameTreeModel model(NewGameParams{9, Rules()});
    PlayController play(&model);
    QStringList failures;
    QObject::connect(&play, &PlayController::engineFailed,
                     [&](const QString& m) { failures << m; });
    PlaySetup setup;
    setup.white = fake({"crash", "--once", QDir(dir.path()).filePath("crashed")});
    play.start(setup);
    ASSERT_TRUE(playAll(model, {"E5"}));
    ASSERT_TRUE(waitFor([&] { return !failures.isEmpty(); }, 20000));
    EXPECT_NE(failures.first().indexOf("exited with code 3"), -1) << failures.first().toStdString();
    EXPECT_FALSE(play.thinking());
    EXPECT_EQ(model.moveNumber(), 1) << "the game is kept";
    EXPECT_FALSE(play.failure().isEmpty());

    play.restartEngines();
    ASSERT_TRUE(waitFor([&] { return model.moveNumber() == 2; }, 20000));
    EXPECT_EQ(failures.size(), 1);
    EXPECT_EQ(nodeMove(*model.current(), 9).loc, vertex(model, "A1"));
    EXPECT_TRUE(play.failure().isEmpty());
}

TEST(PlayControllerTest, GarbageMoveIsReportedNotPlayed) {
    GameTreeModel model(NewGameParams{9, Rules()});
    PlayController play(&model);
    QStringList failures;
    QObject::connect(&play, &PlayController::engineFailed,
                     [&](const QString& m) { failures << m; });
    PlaySetup setup;
    setup.white = fake({"hang"});
    setup.genmoveTimeoutMs = 1000;
    play.start(setup);
    ASSERT_TRUE(playAll(model, {"E5"}));
    ASSERT_TRUE(waitFor([&] { return !failures.isEmpty(); }, 20000));
    EXPECT_NE(failures.first().indexOf("seems to hang"), -1) << failures.first().toStdString();
    EXPECT_EQ(model.moveNumber(), 1);
}

TEST(PlayControllerTest, OpeningAnotherGameDetachesTheEngines) {
    GameTreeModel model(NewGameParams{9, Rules()});
    PlayController play(&model);
    PlaySetup setup;
    setup.white = fake({"ok"});
    play.start(setup);
    ASSERT_TRUE(play.active());
    model.newGame(NewGameParams{13, Rules()});
    EXPECT_FALSE(play.active());
    EXPECT_EQ(play.process(kWhite), nullptr);
    ASSERT_TRUE(playAll(model, {"D4"}));
    EXPECT_FALSE(play.thinking());
}

TEST(PlayControllerTest, ResignWritesTheResult) {
    GameTreeModel model(NewGameParams{9, Rules()});
    PlayController play(&model);
    PlaySetup setup;
    setup.white = fake({"ok"});
    play.start(setup);
    QString result;
    QObject::connect(&play, &PlayController::gameEnded, [&](const QString& r) { result = r; });
    play.resign();
    EXPECT_EQ(result, "W+R");
    EXPECT_EQ(model.gameInfo().result, "W+R");
    // The game is over: a move of the user gets no reply.
    ASSERT_TRUE(playAll(model, {"E5"}));
    EXPECT_FALSE(play.thinking());
}

}  // namespace
}  // namespace m37::ui
