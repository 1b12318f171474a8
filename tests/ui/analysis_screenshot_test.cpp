// `move37 --screenshot` under Xvfb (xvfb-run) on a real 19x19 professional
// game: PNGs of the window after a 150-visit analysis with overlays off and
// with each group of overlays on; the images must have the window's size
// and differ inside the board, where the overlays are; bad input exits
// non-zero with a message. The human policy is a random Leela Zero net
// written for the test. The PNGs stay in the build folder to look at.
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "engine/nn/lz_random_net.h"

namespace m37::ui {
namespace {

constexpr int kTimeoutMs = 300000;
const QString kGame = QStringLiteral("/usr/share/goban/M-68-3.sgf");

struct ProcessRun {
    int exitCode = -1;
    QString err;
};

class ScreenshotTest : public ::testing::Test {
  protected:
    void SetUp() override {
        xvfb_ = QStandardPaths::findExecutable("xvfb-run");
        if (xvfb_.isEmpty()) GTEST_SKIP() << "xvfb-run not installed";
        if (!QFile::exists(kGame)) GTEST_SKIP() << "goban-original-games not installed";
        ASSERT_TRUE(dir_.isValid());
        out_ = QStringLiteral(MOVE37_UI_TEST_OUT_DIR "/screenshots");
        QDir().mkpath(out_);
        human_ = dir_.filePath("human.txt.gz");
        nn::RandomLzSpec spec;
        spec.blocks = 1;
        spec.filters = 8;
        std::string error;
        ASSERT_TRUE(nn::writeRandomLzWeights(human_.toStdString(), spec, &error)) << error;
    }

    ProcessRun run(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", dir_.path());
        env.insert("XDG_CONFIG_HOME", dir_.filePath("config"));
        env.insert("XDG_DATA_HOME", dir_.filePath("data"));
        env.insert("XDG_CACHE_HOME", dir_.filePath("cache"));
        env.insert("QT_QPA_PLATFORM", "xcb");  // a real X server: Xvfb
        p.setProcessEnvironment(env);
        QStringList all{"-a",         "-s", "-screen 0 1920x1200x24", MOVE37_GUI_BINARY,
                        "--language", "en"};
        all << args;
        p.start(xvfb_, all);
        EXPECT_TRUE(p.waitForFinished(kTimeoutMs));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

    QString shot(const QString& name, const QString& overlays) {
        const QString png = out_ + "/" + name + ".png";
        QFile::remove(png);
        const ProcessRun r =
            run({"--screenshot", png, "--sgf", kGame, "--move", "120", "--analyze-visits", "150",
                 "--threads", "2", "--human-policy", human_, "--overlay", overlays});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return png;
    }

    QString xvfb_, out_, human_;
    QTemporaryDir dir_;
};

// Pixels that differ between two images inside `area`.
int differing(const QImage& a, const QImage& b, const QRect& area) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y)) ++n;
    return n;
}

TEST_F(ScreenshotTest, OverlaysChangeTheBoard) {
    const QImage off(shot("off", ""));
    ASSERT_FALSE(off.isNull());
    EXPECT_EQ(off.size(), QSize(1480, 940));
    // The board lies in the left part of the window, below the toolbars.
    const QRect board(120, 120, 600, 600);
    for (const QString& overlays :
         {QStringLiteral("policy"), QStringLiteral("human"), QStringLiteral("split,surprise"),
          QStringLiteral("candidates"), QStringLiteral("ownership")}) {
        QString name = overlays;
        const QImage on(shot(name.replace(',', '-'), overlays));
        ASSERT_FALSE(on.isNull()) << overlays.toStdString();
        ASSERT_EQ(on.size(), off.size());
        const int diff = differing(off, on, board);
        EXPECT_GT(diff, board.width() * board.height() / 100)
            << overlays.toStdString() << ": only " << diff << " pixels differ";
    }
    // With the overlays off the analysis leaves the board alone: a second
    // run draws the very same board.
    const QImage off2(shot("off-again", ""));
    EXPECT_EQ(differing(off, off2, board), 0);
}

TEST_F(ScreenshotTest, BadInputExitsWithAMessage) {
    const QString png = dir_.filePath("x.png");
    ProcessRun r = run({"--screenshot", png, "--sgf", kGame, "--move", "9999"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--move 9999")) << r.err.toStdString();
    r = run({"--screenshot", png, "--sgf", kGame, "--overlay", "policy,heat"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("heat")) << r.err.toStdString();
    r = run({"--screenshot", png, "--sgf", dir_.filePath("missing.sgf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("missing.sgf")) << r.err.toStdString();
    r = run({"--screenshot", png, "--sgf", kGame, "--analyze-visits", "10", "--network",
             dir_.filePath("nonet.gz")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains("nonet.gz")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(png));
}

}  // namespace
}  // namespace m37::ui
