// GtpPositionSync: what an engine is told of the root's stones. Handicap
// stones go as set_free_handicap; other setup stones as plays; an engine
// that refuses set_free_handicap (the test engine knows no such command)
// fails that sync and gets the stones as plays from the next one on.
#include <gtest/gtest.h>
#include <QRegularExpression>

#include "engine/sgf/sgf_reader.h"
#include "tests/ui/play_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/game_tree_model.h"
#include "ui/gtp_position_sync.h"
#include "ui/gtp_process.h"

namespace m37::ui {
namespace {

using test::waitFor;

std::unique_ptr<SgfNode> parse(const char* text) {
    SgfReadResult r = readSgf(text);
    EXPECT_TRUE(r.ok());
    return std::move(r.games.front());
}

struct SyncResult {
    bool done = false;
    bool ok = false;
    QString error;
};

// Syncs and waits for the answer.
SyncResult syncAndWait(GtpPositionSync& sync, const GtpPosition& target) {
    auto r = std::make_shared<SyncResult>();
    sync.sync(target, [r](bool ok, const QString& error) {
        r->done = true;
        r->ok = ok;
        r->error = error;
    });
    EXPECT_TRUE(waitFor([&] { return r->done; }));
    return *r;
}

TEST(GtpPositionSyncTest, PositionKnowsHandicapFromOtherSetup) {
    GameTreeModel handicap;
    ASSERT_TRUE(handicap.loadTree(parse("(;SZ[9]HA[2]AB[cc][gg];W[ee])")));
    GtpPosition p = GtpPosition::of(handicap.root(), handicap.state());
    EXPECT_TRUE(p.handicap);
    EXPECT_EQ(p.setup.size(), 2u);

    GameTreeModel setup;
    ASSERT_TRUE(setup.loadTree(parse("(;SZ[9]AB[cc][gg]AW[ee])")));
    p = GtpPosition::of(setup.root(), setup.state());
    EXPECT_FALSE(p.handicap) << "no HA";
    EXPECT_EQ(p.setup.size(), 3u);
}

TEST(GtpPositionSyncTest, RefusedHandicapFallsBackToPlays) {
    GameTreeModel model;
    ASSERT_TRUE(model.loadTree(parse("(;SZ[9]KM[0.5]HA[2]AB[cc][gg];W[ee])")));
    ASSERT_TRUE(model.toEnd());
    GtpProcess engine(test::fakeEngine("ok"));
    QStringList sent;
    QObject::connect(&engine, &GtpProcess::sent, [&](const QString& line) { sent << line; });
    engine.start();
    GtpPositionSync sync(&engine);
    const GtpPosition target = GtpPosition::of(model.root(), model.state());

    SyncResult first = syncAndWait(sync, target);
    EXPECT_FALSE(first.ok);
    EXPECT_NE(first.error.indexOf("set_free_handicap"), -1) << first.error.toStdString();
    EXPECT_EQ(sent.filter("set_free_handicap").size(), 1) << sent.join('\n').toStdString();
    EXPECT_NE(sent.filter("set_free_handicap").value(0).indexOf("C7 G3"), -1)
        << sent.join('\n').toStdString();

    sent.clear();
    SyncResult second = syncAndWait(sync, target);
    EXPECT_TRUE(second.ok) << second.error.toStdString();
    EXPECT_TRUE(sent.filter("set_free_handicap").isEmpty()) << sent.join('\n').toStdString();
    QStringList plays = sent.filter(QRegularExpression("play [BW] "));
    for (QString& p : plays) p = p.section(' ', -3);  // drop the command id
    EXPECT_EQ(plays, QStringList({"play B C7", "play B G3", "play W E5"}))
        << sent.join('\n').toStdString();
    engine.stop();
}

}  // namespace
}  // namespace m37::ui
