// The real move37 killed mid-edit, then restored: the first run opens an
// SGF file and plays three moves (--play), is SIGKILLed once its recovery
// copy is on disk; the second run answers the restore question with
// --restore-recovery=yes and prints the game (--print-game), which must be
// the game as played, modified, with the original path. Both runs use the
// offscreen platform and a scratch HOME / XDG folders. Generous timeouts:
// this runs on loaded machines.
#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"
#include "ui/game_tree_model.h"

namespace m37::ui {
namespace {

constexpr int kTimeoutMs = 120000;

QProcessEnvironment scratchEnvironment(const QTemporaryDir& dir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", dir.path());
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    env.insert("XDG_CACHE_HOME", dir.filePath("cache"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.remove("LANGUAGE");
    return env;
}

// The moves of the main line, "B ee", "W cc", ...
QStringList mainLine(const std::string& sgf) {
    SgfReadResult read = readSgf(sgf);
    QStringList moves;
    if (read.games.empty()) return moves;
    for (const SgfNode* n = read.games.front().get(); n;
         n = n->childCount() ? n->child(0) : nullptr) {
        for (const char* id : {"B", "W"})
            if (n->has(id))
                moves << QStringLiteral("%1 %2").arg(
                    id, QString::fromStdString(std::string(n->value(id))));
    }
    return moves;
}

TEST(RecoveryProcessTest, KilledMidEditThenRestored) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString game = dir.filePath("game.sgf");
    {
        QFile f(game);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("(;FF[4]GM[1]SZ[9]KM[7]PB[Alice]PW[Bob];B[ee];W[cc])");
    }
    const QString copy = dir.filePath("data/move37/move37/recovery/autosave.sgf");

    QProcess first;
    first.setProcessEnvironment(scratchEnvironment(dir));
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(MOVE37_GUI_BINARY, {"--language", "en", "--move", "2", "--play", "G3,G7,C3", game});
    ASSERT_TRUE(first.waitForStarted(kTimeoutMs));
    QElapsedTimer clock;
    clock.start();
    while (!QFile::exists(copy) && clock.elapsed() < kTimeoutMs &&
           first.state() == QProcess::Running)
        first.waitForFinished(100);
    ASSERT_TRUE(QFile::exists(copy)) << "no recovery copy at " << copy.toStdString();
    ASSERT_EQ(first.state(), QProcess::Running);
    first.kill();  // SIGKILL: no clean exit
    ASSERT_TRUE(first.waitForFinished(kTimeoutMs));
    ASSERT_TRUE(QFile::exists(copy));

    QProcess second;
    second.setProcessEnvironment(scratchEnvironment(dir));
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(MOVE37_GUI_BINARY, {"--language", "en", "--restore-recovery=yes", "--print-game"});
    ASSERT_TRUE(second.waitForFinished(kTimeoutMs));
    ASSERT_EQ(second.exitCode(), 0);
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    const int sgfStart = out.indexOf('(');
    ASSERT_GE(sgfStart, 0) << out.toStdString();
    const QStringList header = out.left(sgfStart).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(header.size(), 2) << out.toStdString();
    EXPECT_EQ(header[0], "path: " + QFileInfo(game).absoluteFilePath());
    EXPECT_EQ(header[1], "modified: 1");
    const QStringList expected{"B ee", "W cc", "B gg", "W gc", "B cg"};
    EXPECT_EQ(mainLine(out.mid(sgfStart).toStdString()), expected) << out.toStdString();
}

}  // namespace
}  // namespace m37::ui
