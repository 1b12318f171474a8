// Live analysis off the GUI thread: AnalysisWorker in its own QThread
// (snapshots of the request asked for, none of an older one after a newer
// one's, network load errors, a human-policy Leela Zero file, ownership
// from playouts) and AnalysisController on a GameTreeModel (restarts on
// navigation, only snapshots of the position shown, 50 quick navigations,
// shutdown while searching). Real search on light rollouts; waits are
// liveness bounds, not speed checks.
#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "engine/nn/evaluator.h"
#include "engine/nn/lz_random_net.h"
#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"
#include "ui/analysis_controller.h"
#include "ui/analysis_worker.h"
#include "ui/engine_settings.h"
#include "ui/shipped_networks.h"

namespace m37::ui {
namespace {

constexpr int kWaitMs = 120000;  // loaded CI machines: generous liveness bound

using test::playAll;

GameState position9() {
    GameState g(9);
    for (const char* v : {"E5", "C3", "G7", "D7"}) g.play(*parseGtpVertex(v, 9));
    return g;
}

// A worker in its own thread, torn down like AnalysisController does.
struct ThreadedWorker {
    QThread thread;
    AnalysisWorker* worker = new AnalysisWorker;
    QObject receiver;  // lives in the test's (GUI) thread
    std::vector<std::pair<quint64, AnalysisSnapshot>> got;
    QStringList errors;
    QString ready;

    explicit ThreadedWorker(const AnalysisParams& p) {
        worker->moveToThread(&thread);
        QObject::connect(worker, &AnalysisWorker::snapshot, &receiver,
                         [this](const AnalysisSnapshot& s, quint64 id) {
                             got.push_back({id, s});
                         });
        QObject::connect(worker, &AnalysisWorker::loadFailed, &receiver,
                         [this](const QString& m) { errors << m; });
        QObject::connect(worker, &AnalysisWorker::engineReady, &receiver,
                         [this](const QString& d) { ready = d; });
        thread.start();
        worker->setParams(p);
    }
    ~ThreadedWorker() {
        worker->stop();
        thread.quit();
        thread.wait();
        delete worker;
    }
    bool finalFor(quint64 id) const {
        for (const auto& [i, s] : got)
            if (i == id && s.final) return true;
        return false;
    }
};

AnalysisParams rollouts(int visits, int threads = 1) {
    AnalysisParams p;
    p.visits = visits;
    p.threads = threads;
    p.intervalMs = 50;
    return p;
}

// Every candidate is a legal move of `g` for its side to move.
bool belongsTo(const AnalysisSnapshot& s, const GameState& g) {
    if (s.boardSize != g.size() || s.toMove != g.toMove()) return false;
    for (const CandidateMove& c : s.candidates)
        if (c.move != kPassLoc && !g.isLegal(c.move, g.toMove())) return false;
    return true;
}

TEST(AnalysisWorkerTest, DeliversSnapshotsOfTheRequest) {
    ThreadedWorker w(rollouts(300));
    const GameState g = position9();
    w.worker->analyse(g, 7);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.finalFor(7); }, kWaitMs));
    ASSERT_FALSE(w.got.empty());
    for (const auto& [id, s] : w.got) {
        EXPECT_EQ(id, 7u);
        EXPECT_TRUE(belongsTo(s, g));
    }
    const AnalysisSnapshot& last = w.got.back().second;
    EXPECT_TRUE(last.final);
    EXPECT_GE(last.rootVisits, 300);
    EXPECT_FALSE(last.candidates.empty());
    EXPECT_EQ(last.policy.size(), size_t(82));  // heuristic priors
    EXPECT_FALSE(last.policyFromNetwork);
    EXPECT_TRUE(last.humanPolicy.empty());
    // No ownership head: the worker adds playout ownership, Black's view.
    ASSERT_EQ(last.ownership.size(), size_t(81));
    auto own = [&](const char* v) {
        const Loc l = *parseGtpVertex(v, 9);
        return last.ownership[size_t(locY(l, 9) * 9 + locX(l, 9))];
    };
    for (float o : last.ownership) EXPECT_TRUE(o >= -1.0f && o <= 1.0f) << o;
    EXPECT_GT(own("E5") + own("G7"), own("C3") + own("D7") + 0.5f);  // black vs white stones
    EXPECT_TRUE(w.ready.contains("rollouts")) << w.ready.toStdString();
}

TEST(AnalysisWorkerTest, NoSnapshotOfAnOlderRequestAfterANewerOne) {
    ThreadedWorker w(rollouts(0, 2));  // until stopped
    GameState a = position9();
    GameState b = a;
    b.play(*parseGtpVertex("C7", 9));
    w.worker->analyse(a, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.got.empty(); }, kWaitMs));
    w.worker->analyse(b, 2);
    auto firstOf2 = [&] {
        for (size_t i = 0; i < w.got.size(); ++i)
            if (w.got[i].first == 2) return int(i);
        return -1;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return firstOf2() >= 0; }, kWaitMs));
    QTest::qWait(400);  // more snapshots of request 2 come in
    const int first = firstOf2();
    for (size_t i = size_t(first); i < w.got.size(); ++i) {
        EXPECT_EQ(w.got[i].first, 2u) << "snapshot " << i;
        EXPECT_TRUE(belongsTo(w.got[i].second, b));
    }
    for (int i = 0; i < first; ++i) EXPECT_TRUE(belongsTo(w.got[size_t(i)].second, a));
    // After stop() nothing new is emitted (one may still be queued).
    w.worker->stop();
    QTest::qWait(100);
    const size_t after = w.got.size();
    QTest::qWait(400);
    EXPECT_EQ(w.got.size(), after);
}

TEST(AnalysisWorkerTest, BadNetworkIsReportedAndRolloutsGoOn) {
    AnalysisParams p = rollouts(100);
    p.networkPath = "/nonexistent/dir/net.txt.gz";
    ThreadedWorker w(p);
    w.worker->analyse(position9(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.finalFor(1); }, kWaitMs));
    ASSERT_EQ(w.errors.size(), 1);
    EXPECT_TRUE(w.errors[0].contains("/nonexistent/dir/net.txt.gz")) << w.errors[0].toStdString();
    EXPECT_TRUE(w.errors[0].contains("rollouts")) << w.errors[0].toStdString();
}

// The settings' rollout weight on the shipped 9x9 net: the status line says
// so, and the rollouts give the candidates a score lead (the net has no
// score head); with the weight off, neither.
TEST(AnalysisWorkerTest, RolloutWeightMixesRolloutsIntoTheNetwork) {
    for (double weight : {0.3, 0.0}) {
        EngineSettings e;
        e.networkPath = shippedNetwork(kShippedEngine9x9);
        e.humanPolicyPath.clear();
        e.rolloutWeight = weight;
        AnalysisParams p = AnalysisParams::fromSettings(e);
        p.visits = 200;
        p.threads = 1;
        ThreadedWorker w(p);
        w.worker->analyse(position9(), 1);
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.finalFor(1); }, kWaitMs));
        EXPECT_TRUE(w.errors.isEmpty());
        const AnalysisSnapshot& last = w.got.back().second;
        ASSERT_FALSE(last.candidates.empty());
        EXPECT_TRUE(last.policyFromNetwork);
        EXPECT_EQ(w.ready.contains("zero-9x9.m37") && w.ready.contains("+ rollouts (weight 0.3)"),
                  weight > 0)
            << w.ready.toStdString();
        EXPECT_EQ(last.candidates[0].scoreLead.has_value(), weight > 0);
    }
}

TEST(AnalysisWorkerTest, HumanPolicyFromALeelaZeroFile) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::string net = dir.filePath("human.txt.gz").toStdString();
    nn::RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 8;
    std::string error;
    ASSERT_TRUE(nn::writeRandomLzWeights(net, spec, &error)) << error;
    AnalysisParams p = rollouts(80);
    p.humanPolicyPath = QString::fromStdString(net);
    ThreadedWorker w(p);
    GameState g(19);
    for (const char* v : {"Q16", "D4", "R4"}) g.play(*parseGtpVertex(v, 19));
    w.worker->analyse(g, 3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.finalFor(3); }, kWaitMs));
    EXPECT_TRUE(w.errors.isEmpty()) << w.errors.join('\n').toStdString();
    const AnalysisSnapshot& s = w.got.back().second;
    ASSERT_EQ(s.humanPolicy.size(), size_t(362));
    EXPECT_EQ(s.humanPolicy[size_t(nn::policyIndex(*parseGtpVertex("Q16", 19), 19))], 0.0f);
    ASSERT_FALSE(s.candidates.empty());
    EXPECT_TRUE(s.candidates[0].humanPrior.has_value());
    EXPECT_TRUE(w.ready.contains("human policy")) << w.ready.toStdString();
}

struct Game19 {
    GameTreeModel model{NewGameParams{19, Rules()}};
    bool load(const QString& path) {
        SgfReadResult read = readSgfFile(path.toStdString());
        if (read.games.empty()) return false;
        return model.loadTree(std::move(read.games.front()));
    }
};

TEST(AnalysisControllerTest, OnlySnapshotsOfThePositionShown) {
    GameTreeModel model(NewGameParams{9, Rules()});
    ASSERT_TRUE(playAll(model, {"E5", "C3", "G7", "D7", "C6", "F3", "G3", "E3"}));
    AnalysisController c(&model, rollouts(0, 2));
    int shown = 0, wrong = 0;
    QObject::connect(&c, &AnalysisController::snapshotChanged, [&] {
        if (!c.snapshot()) return;
        ++shown;
        if (!belongsTo(*c.snapshot(), model.state())) ++wrong;
    });
    c.setActive(true);
    for (int step = 0; step < 6; ++step) {
        const quint64 id = c.requestId();
        ASSERT_TRUE(QTest::qWaitFor([&] { return c.snapshot().has_value(); }, kWaitMs));
        EXPECT_EQ(c.requestId(), id);
        EXPECT_GE(c.firstSnapshotMs(), 0.0);
        model.back();  // a new request; the last snapshot goes at once
        EXPECT_FALSE(c.snapshot().has_value());
        EXPECT_EQ(c.requestId(), id + 1);
    }
    EXPECT_GT(shown, 0);
    EXPECT_EQ(wrong, 0);
    // A change that is not a new position (a comment) does not restart.
    ASSERT_TRUE(QTest::qWaitFor([&] { return c.snapshot().has_value(); }, kWaitMs));
    const quint64 id = c.requestId();
    model.setComment("a comment");
    EXPECT_EQ(c.requestId(), id);
    EXPECT_TRUE(c.snapshot().has_value());
    // Off: the snapshot goes, nothing more comes.
    c.setActive(false);
    EXPECT_FALSE(c.snapshot().has_value());
    QTest::qWait(300);
    EXPECT_FALSE(c.snapshot().has_value());
}

TEST(AnalysisControllerTest, FiftyQuickNavigationsThenTheLastNodesAnalysis) {
    const QString file = QStringLiteral("/usr/share/goban/M-68-3.sgf");
    Game19 game;
    if (!QFile::exists(file))
        GTEST_SKIP() << file.toStdString() << " missing (goban-original-games)";
    ASSERT_TRUE(game.load(file));
    game.model.forward(100);
    AnalysisController c(&game.model, rollouts(0, 2));
    c.setActive(true);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 50; ++i) {
        if (i % 3 == 2)
            game.model.back();
        else
            game.model.forward();
        QTest::qWait(i % 7);  // as key auto-repeat: events in between, sometimes none
    }
    const quint64 last = c.requestId();
    EXPECT_GE(last, 50u);
    ASSERT_TRUE(QTest::qWaitFor([&] { return c.snapshot().has_value(); }, kWaitMs));
    EXPECT_EQ(c.requestId(), last);
    EXPECT_TRUE(belongsTo(*c.snapshot(), game.model.state()));
    std::printf(
        "[ figures  ] 50 navigations in %lld ms; last node's first snapshot %.1f ms after "
        "its request; %d stale snapshots dropped\n",
        (long long)t.elapsed(), c.firstSnapshotMs(), c.staleDropped());
}

TEST(AnalysisControllerTest, ShutsDownWhileSearching) {
    GameTreeModel model(NewGameParams{19, Rules()});
    ASSERT_TRUE(playAll(model, {"Q16", "D4"}));
    QElapsedTimer t;
    {
        AnalysisController c(&model, rollouts(0, 2));
        c.setActive(true);
        ASSERT_TRUE(QTest::qWaitFor([&] { return c.snapshot().has_value(); }, kWaitMs));
        t.start();
    }  // stops, quits and joins
    std::printf("[ figures  ] shutdown while searching took %lld ms\n", (long long)t.elapsed());
}

}  // namespace
}  // namespace m37::ui
