// GtpProcess against real engines (GNU Go, Leela Zero) and the misbehaving
// test engine: answers, streamed analysis, and every failure — crash
// (a process killed mid-analysis or mid-genmove), hang, garbage, flood,
// start failure — reported once, then restart() works.
#include <gtest/gtest.h>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <csignal>

#include "engine/go/coord.h"
#include "engine/nn/lz_random_net.h"
#include "tests/ui/play_test_util.h"
#include "ui/gtp_process.h"

namespace m37::ui {
namespace {

using test::waitFor;

struct Failure {
    int count = 0;
    GtpFailure kind{};
    QString message;
};

void record(GtpProcess& p, Failure* f) {
    QObject::connect(&p, &GtpProcess::failed, [f](GtpFailure k, const QString& m) {
        ++f->count;
        f->kind = k;
        f->message = m;
    });
}

TEST(GtpProcessTest, GnuGoAnswersPlayAndGenmove) {
    if (!test::have(test::kGnuGo)) GTEST_SKIP() << "gnugo not installed";
    GtpProcess p(GtpProcessParams::fromCommandLine("GNU Go", "/usr/games/gnugo --mode gtp"));
    Failure f;
    record(p, &f);
    QStringList sent, received;
    QObject::connect(&p, &GtpProcess::sent, [&](const QString& l) { sent << l; });
    QObject::connect(&p, &GtpProcess::received, [&](const QString& l) { received << l; });
    p.start();
    std::vector<GtpAnswer> answers;
    auto keep = [&](const GtpAnswer& a) { answers.push_back(a); };
    p.send("boardsize 9", keep);
    p.send("clear_board", keep);
    p.send("play B E5", keep);
    p.send("genmove W", keep);
    p.send("play B E5", keep);  // occupied now
    p.send("list_commands", keep);
    ASSERT_TRUE(waitFor([&] { return answers.size() == 6 || f.count > 0; }));
    ASSERT_EQ(f.count, 0) << f.message.toStdString();
    for (int i = 0; i < 4; ++i) EXPECT_TRUE(answers[size_t(i)].ok) << i;
    const auto move = parseGtpVertex(answers[3].text.toStdString(), 9);
    ASSERT_TRUE(move) << answers[3].text.toStdString();
    EXPECT_NE(*move, *parseGtpVertex("E5", 9));
    EXPECT_TRUE(answers[4].answered());
    EXPECT_FALSE(answers[4].ok) << "illegal move refused";
    EXPECT_TRUE(answers[5].text.split('\n').contains("genmove")) << "multi-line answer";
    EXPECT_EQ(sent.value(3), "4 genmove W");
    EXPECT_TRUE(received.contains("=4 " + answers[3].text));
    EXPECT_EQ(p.pending(), 0);
}

TEST(GtpProcessTest, GnuGoKilledWhileThinkingIsACrashAndRestartWorks) {
    if (!test::have(test::kGnuGo)) GTEST_SKIP() << "gnugo not installed";
    GtpProcess p(GtpProcessParams::fromCommandLine("GNU Go", "/usr/games/gnugo --mode gtp"));
    Failure f;
    record(p, &f);
    p.start();
    std::optional<GtpAnswer> genmove, size;
    p.send("boardsize 19", [&](const GtpAnswer& a) { size = a; });
    ASSERT_TRUE(waitFor([&] { return size.has_value(); }));
    // Killed as soon as genmove is on its way (GNU Go may answer fast).
    p.send("genmove B", [&](const GtpAnswer& a) { genmove = a; });
    ASSERT_EQ(p.currentId(), 2);
    ::kill(pid_t(p.pid()), SIGKILL);
    ASSERT_TRUE(waitFor([&] { return f.count > 0; }));
    EXPECT_EQ(f.kind, GtpFailure::kExit);
    EXPECT_NE(f.message.indexOf("GNU Go crashed"), -1) << f.message.toStdString();
    EXPECT_NE(f.message.indexOf("genmove B"), -1) << f.message.toStdString();
    ASSERT_TRUE(genmove);
    EXPECT_FALSE(genmove->answered());
    EXPECT_EQ(p.state(), GtpProcess::State::kFailed);
    // Sent to a failed engine: the callback fails at once.
    std::optional<GtpAnswer> late;
    p.send("name", [&](const GtpAnswer& a) { late = a; });
    ASSERT_TRUE(late);
    EXPECT_FALSE(late->answered());

    p.restart();
    std::optional<GtpAnswer> name;
    p.send("name", [&](const GtpAnswer& a) { name = a; });
    ASSERT_TRUE(waitFor([&] { return name.has_value(); }));
    EXPECT_TRUE(name->ok);
    EXPECT_EQ(name->text, "GNU Go");
    EXPECT_EQ(f.count, 1);
}

TEST(GtpProcessTest, LeelaZeroKilledMidAnalysisIsReportedAndRestartAnalysesAgain) {
    if (!test::have(test::kLeelaz)) GTEST_SKIP() << "leelaz not installed";
    QTemporaryDir dir;
    const std::string net = QDir(dir.path()).filePath("net.txt.gz").toStdString();
    std::string error;
    ASSERT_TRUE(nn::writeRandomLzWeights(net, nn::RandomLzSpec{}, &error)) << error;
    GtpProcess p(GtpProcessParams::fromCommandLine(
        "Leela Zero", QStringLiteral("/usr/games/leelaz --cpu-only -g --noponder -t 1 -w %1")
                          .arg(QString::fromStdString(net))));
    Failure f;
    record(p, &f);
    std::vector<AnalysisSnapshot> snapshots;
    QObject::connect(&p, &GtpProcess::snapshot,
                     [&](const AnalysisSnapshot& s) { snapshots.push_back(s); });
    p.start();
    const gtp::AnalysisLineContext ctx{gtp::AnalysisFormat::kLeelaZero, 19, kWhite};
    p.send("play B D4");
    p.analyze("lz-analyze W 10", ctx);
    ASSERT_TRUE(waitFor([&] { return snapshots.size() >= 3 || f.count > 0; }, 60000))
        << f.message.toStdString();
    ASSERT_EQ(f.count, 0);
    EXPECT_TRUE(p.analyzing());
    EXPECT_FALSE(snapshots.back().candidates.empty());
    EXPECT_EQ(snapshots.back().toMove, kWhite);
    EXPECT_GE(snapshots.back().rootVisits, snapshots.front().rootVisits);

    ::kill(pid_t(p.pid()), SIGKILL);
    ASSERT_TRUE(waitFor([&] { return f.count > 0; }));
    EXPECT_EQ(f.kind, GtpFailure::kExit);
    EXPECT_NE(f.message.indexOf("lz-analyze"), -1) << f.message.toStdString();

    p.restart();
    snapshots.clear();
    p.analyze("lz-analyze B 10", {gtp::AnalysisFormat::kLeelaZero, 19, kBlack});
    ASSERT_TRUE(waitFor([&] { return snapshots.size() >= 2 || f.count > 1; }, 60000));
    // A command ends the stream and is answered.
    std::optional<GtpAnswer> name;
    p.send("name", [&](const GtpAnswer& a) { name = a; });
    ASSERT_TRUE(waitFor([&] { return name.has_value(); }));
    EXPECT_EQ(name->text, "Leela Zero");
    EXPECT_FALSE(p.analyzing());
    EXPECT_EQ(f.count, 1);
}

TEST(GtpProcessTest, FakeAnalysisStreamEndsOnStopAndOnTheNextCommand) {
    GtpProcess p(test::fakeEngine("ok"));
    Failure f;
    record(p, &f);
    int snapshots = 0;
    AnalysisSnapshot last;
    QObject::connect(&p, &GtpProcess::snapshot, [&](const AnalysisSnapshot& s) {
        ++snapshots;
        last = s;
    });
    p.start();
    bool ended = false;
    p.analyze("lz-analyze 10", {gtp::AnalysisFormat::kLeelaZero, 19, kBlack},
              [&](const GtpAnswer& a) { ended = a.ok; });
    ASSERT_TRUE(waitFor([&] { return snapshots >= 3; }, 20000)) << f.message.toStdString();
    ASSERT_EQ(last.candidates.size(), 2u);
    EXPECT_EQ(last.candidates[1].move, kPassLoc);
    p.stopAnalysis();
    ASSERT_TRUE(waitFor([&] { return ended; }));
    EXPECT_FALSE(p.analyzing());
    // Again, ended by a command this time.
    snapshots = 0;
    p.analyze("lz-analyze 10", {gtp::AnalysisFormat::kLeelaZero, 19, kBlack});
    ASSERT_TRUE(waitFor([&] { return snapshots >= 1; }, 20000));
    std::optional<GtpAnswer> name;
    p.send("name", [&](const GtpAnswer& a) { name = a; });
    ASSERT_TRUE(waitFor([&] { return name.has_value(); }));
    EXPECT_EQ(name->text, "Misbehaving");
    EXPECT_EQ(f.count, 0);
}

struct BadCase {
    const char* mode;
    GtpFailure kind;
    const char* says;
};

class GtpProcessBadEngine : public ::testing::TestWithParam<BadCase> {};

TEST_P(GtpProcessBadEngine, IsReportedOnceThenRestartWorks) {
    const BadCase c = GetParam();
    QTemporaryDir dir;
    const QString once = QDir(dir.path()).filePath("done");
    GtpProcessParams params = test::fakeEngine(c.mode, {"--once", once});
    params.commandTimeoutMs = 1500;
    params.startTimeoutMs = 20000;
    params.maxLineBytes = 1 << 20;
    params.maxAnswerBytes = 1 << 20;
    GtpProcess p(params);
    Failure f;
    record(p, &f);
    p.start();
    std::optional<GtpAnswer> first, genmove;
    p.send("protocol_version", [&](const GtpAnswer& a) { first = a; });
    ASSERT_TRUE(waitFor([&] { return first.has_value(); }));
    ASSERT_TRUE(first->ok) << first->transport.toStdString();
    p.send("genmove B", [&](const GtpAnswer& a) { genmove = a; });
    ASSERT_TRUE(waitFor([&] { return f.count > 0; }, 20000)) << c.mode;
    EXPECT_EQ(f.kind, c.kind) << f.message.toStdString();
    EXPECT_NE(f.message.indexOf(c.says), -1) << f.message.toStdString();
    ASSERT_TRUE(genmove);
    EXPECT_FALSE(genmove->answered());
    EXPECT_EQ(p.state(), GtpProcess::State::kFailed);

    p.restart();
    std::optional<GtpAnswer> again;
    p.send("genmove B", [&](const GtpAnswer& a) { again = a; });
    ASSERT_TRUE(waitFor([&] { return again.has_value(); }, 20000));
    EXPECT_TRUE(again->ok) << again->transport.toStdString();
    EXPECT_EQ(again->text, "A1");
    EXPECT_EQ(f.count, 1);
}

INSTANTIATE_TEST_SUITE_P(Modes, GtpProcessBadEngine,
                         ::testing::Values(BadCase{"crash", GtpFailure::kExit,
                                                   "exited with code 3"},
                                           BadCase{"hang", GtpFailure::kTimeout, "did not answer"},
                                           BadCase{"garbage", GtpFailure::kGarbage, "not GTP"},
                                           BadCase{"flood", GtpFailure::kFlood, "flood"},
                                           BadCase{"bigreply", GtpFailure::kFlood, "flood"}),
                         [](const auto& info) { return std::string(info.param.mode); });

TEST(GtpProcessTest, MissingProgramIsAStartFailure) {
    GtpProcess p(GtpProcessParams::fromCommandLine("Nothing", "/nonexistent/engine --gtp"));
    Failure f;
    record(p, &f);
    std::optional<GtpAnswer> a;
    p.start();
    p.send("name", [&](const GtpAnswer& x) { a = x; });
    ASSERT_TRUE(waitFor([&] { return f.count > 0; }));
    EXPECT_EQ(f.kind, GtpFailure::kStart);
    EXPECT_NE(f.message.indexOf("/nonexistent/engine"), -1) << f.message.toStdString();
    ASSERT_TRUE(a);
    EXPECT_FALSE(a->answered());
}

TEST(GtpProcessTest, CommandLinesAreSplitLikeAShell) {
    auto p = GtpProcessParams::fromCommandLine(
        "K", "katago gtp -model \"/my nets/b18.bin.gz\" -config \"a b.cfg\"", "/tmp");
    EXPECT_EQ(p.program, "katago");
    EXPECT_EQ(p.arguments,
              QStringList({"gtp", "-model", "/my nets/b18.bin.gz", "-config", "a b.cfg"}));
    EXPECT_EQ(p.workingDirectory, "/tmp");
}

}  // namespace
}  // namespace m37::ui
