// SgfFileController: open (real files, warnings, errors that change
// nothing), save and reload the same tree, failed saves that keep the old
// file, and the unsaved-changes question (answered through hooks).
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <csignal>

#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"
#include "ui/sgf_file_controller.h"

namespace m37::ui {
namespace {

using test::dataFile;
using test::DialogRecorder;
using test::sameStones;

constexpr char kProGame[] = "/usr/share/goban/Hon-60-2.sgf";

class SgfFileControllerTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        dialogs.install(files);
        ASSERT_TRUE(dir.isValid());
    }
    void TearDown() override { QSettings().clear(); }
    QByteArray bytes(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    GameTreeModel model;
    SgfFileController files{&model, nullptr};
    DialogRecorder dialogs;
    QTemporaryDir dir;
};

TEST_F(SgfFileControllerTest, OpensAProGameAndNavigatesToMoveN) {
    if (!QFileInfo::exists(kProGame)) GTEST_SKIP() << kProGame << " missing";
    ASSERT_TRUE(files.openFile(kProGame)) << dialogs.errors.join('\n').toStdString();
    EXPECT_TRUE(dialogs.errors.isEmpty());
    EXPECT_EQ(files.displayName(), "Hon-60-2.sgf");
    EXPECT_EQ(model.gameInfo().playerBlack, "Fujisawa Shuko");
    EXPECT_FLOAT_EQ(model.state().rules().komi, 4.5f);
    EXPECT_FALSE(model.isModified());
    EXPECT_EQ(files.recent().list().value(0), QFileInfo(kProGame).absoluteFilePath());

    const SgfReplay full = loadSgfFile(kProGame);
    ASSERT_TRUE(full.ok);
    for (int n : {1, 37, 100, 173, full.movesPlayed}) {
        model.toStart();
        ASSERT_TRUE(model.forward(n));
        SgfReplayOptions until;
        until.untilMove = n + 1;
        const SgfReplay replay = replaySgfGame(model.root(), until);
        EXPECT_EQ(model.moveNumber(), n);
        EXPECT_TRUE(sameStones(model.state().board(), replay.state.board())) << "move " << n;
        EXPECT_EQ(model.state().toMove(), replay.toMove);
    }
    EXPECT_FALSE(model.forward());  // at the end
}

TEST_F(SgfFileControllerTest, UnreadableFilesSayWhereAndChangeNothing) {
    ASSERT_TRUE(files.openFile(dataFile("review.sgf")));
    ASSERT_TRUE(model.forward());
    const SgfNode* before = model.current();

    EXPECT_FALSE(files.openFile(dataFile("broken.sgf")));
    ASSERT_EQ(dialogs.errors.size(), 1);
    const QString err = dialogs.errors.front();
    // FILE:LINE:COL of the comment that never ends.
    EXPECT_TRUE(err.contains(dataFile("broken.sgf") + ":3:")) << err.toStdString();
    EXPECT_TRUE(err.contains("error")) << err.toStdString();
    EXPECT_EQ(model.current(), before);
    EXPECT_EQ(files.displayName(), "review.sgf");

    EXPECT_FALSE(files.openFile(dir.filePath("missing.sgf")));
    EXPECT_EQ(dialogs.errors.size(), 2);
    EXPECT_TRUE(dialogs.errors.back().contains("missing.sgf"));
    EXPECT_EQ(model.current(), before);

    QFile big(dir.filePath("big.sgf"));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    big.write("(;FF[4]SZ[40];B[aa])");
    big.close();
    EXPECT_FALSE(files.openFile(big.fileName()));
    EXPECT_TRUE(dialogs.errors.back().contains("40")) << dialogs.errors.back().toStdString();
    EXPECT_EQ(model.current(), before);
}

TEST_F(SgfFileControllerTest, ReaderWarningsAreListedWithTheirPositions) {
    ASSERT_TRUE(files.openFile(dataFile("warnings.sgf")));
    ASSERT_FALSE(dialogs.warnings.isEmpty());
    for (const QString& w : dialogs.warnings) {
        EXPECT_TRUE(w.startsWith(dataFile("warnings.sgf") + ":")) << w.toStdString();
        EXPECT_TRUE(w.contains("warning")) << w.toStdString();
    }
    EXPECT_EQ(files.lastWarnings(), dialogs.warnings);
    EXPECT_TRUE(model.toEnd());
    EXPECT_EQ(model.moveNumber(), 2);
}

TEST_F(SgfFileControllerTest, OtherGamesOfTheFileAreSavedVerbatim) {
    const QByteArray rest =
        "(;SZ[13]C[second (;B[aa]) [x\\]]\r\n;B[bb])\n\n(;SZ[19]CA[latin1]C[\xE9])";
    const QString path = dir.filePath("three.sgf");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("(;SZ[9];B[aa])\n" + rest);
    f.close();
    ASSERT_TRUE(files.openFile(path));
    ASSERT_EQ(dialogs.warnings.size(), 1);
    EXPECT_TRUE(dialogs.warnings[0].endsWith(
        "the file holds 3 games; the first one is shown (all are saved)"))
        << dialogs.warnings[0].toStdString();
    ASSERT_TRUE(model.forward());
    model.setComment("first");
    ASSERT_TRUE(files.save());
    const QByteArray saved = bytes(path);
    EXPECT_TRUE(saved.endsWith("\n" + rest)) << saved.toStdString();
    EXPECT_TRUE(saved.startsWith("(;")) << saved.toStdString();
    EXPECT_TRUE(saved.contains("C[first]"));
    EXPECT_EQ(readSgf(saved.toStdString()).games.size(), 3u);
}

TEST_F(SgfFileControllerTest, SaveThenReloadGivesTheSameTree) {
    ASSERT_TRUE(files.openFile(dataFile("review.sgf")));
    // Edit: a new variation, a comment with non-ASCII text and brackets.
    ASSERT_TRUE(model.forward(2));
    ASSERT_EQ(model.play(*parseGtpVertex("H8", 9)), MoveError::kNone);
    model.setComment(QStringLiteral("Schöne Zug [really] \\\\ 黒"));
    EXPECT_TRUE(model.isModified());
    const auto copy = model.root().clone();

    const QString path = dir.filePath("saved.sgf");
    dialogs.savePath = path;
    ASSERT_TRUE(files.saveAs()) << dialogs.errors.join('\n').toStdString();
    EXPECT_FALSE(model.isModified());
    EXPECT_EQ(files.path(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(bytes(path).contains("CA[UTF-8]"));
    EXPECT_TRUE(bytes(path).contains("黒"));

    GameTreeModel other;
    SgfFileController reload(&other, nullptr);
    DialogRecorder quiet;
    quiet.install(reload);
    ASSERT_TRUE(reload.openFile(path));
    std::string why;
    EXPECT_TRUE(sameTree(other.root(), *copy, &why)) << why;
    EXPECT_TRUE(quiet.warnings.isEmpty()) << quiet.warnings.join('\n').toStdString();
}

TEST_F(SgfFileControllerTest, FailedSaveKeepsTheOldFileAndSaysWhy) {
    ASSERT_TRUE(files.openFile(dataFile("review.sgf")));
    const QString sub = dir.filePath("readonly");
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString path = sub + "/game.sgf";
    ASSERT_TRUE(files.saveTo(path));
    const QByteArray old = bytes(path);
    ASSERT_FALSE(old.isEmpty());
    ASSERT_TRUE(model.forward());
    model.setComment("changed");

    // A read-only directory: QSaveFile cannot create its temporary file.
    ASSERT_TRUE(QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(sub + "/probe");
    const bool rootCanWrite = probe.open(QIODevice::WriteOnly);  // root ignores modes
    probe.remove();
    if (!rootCanWrite) {
        EXPECT_FALSE(files.saveTo(path));
        ASSERT_EQ(dialogs.errors.size(), 1);
        EXPECT_TRUE(dialogs.errors.front().contains("game.sgf"));
        EXPECT_EQ(bytes(path), old);
        EXPECT_TRUE(model.isModified());
    }
    QFile::setPermissions(sub,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A write that fails half-way (file size limit, which binds root too):
    // the old file is still whole.
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    rlimit small = saved;
    small.rlim_cur = 64;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool ok = files.saveTo(path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    EXPECT_FALSE(ok);
    ASSERT_FALSE(dialogs.errors.isEmpty());
    EXPECT_TRUE(dialogs.errors.back().contains("Nothing was changed"))
        << dialogs.errors.back().toStdString();
    EXPECT_EQ(bytes(path), old);
    EXPECT_TRUE(model.isModified());
    EXPECT_EQ(QDir(sub).entryList(QDir::Files), QStringList{"game.sgf"});  // no temp left
}

TEST_F(SgfFileControllerTest, UnsavedChangesAreAskedAbout) {
    ASSERT_TRUE(files.openFile(dataFile("review.sgf")));
    EXPECT_TRUE(files.maybeSave());  // nothing to lose: no question
    EXPECT_EQ(dialogs.asked, 0);
    ASSERT_EQ(model.play(*parseGtpVertex("A1", 9)), MoveError::kNone);

    // Cancel: the open does not happen.
    dialogs.answer = QMessageBox::Cancel;
    EXPECT_FALSE(files.open(dataFile("warnings.sgf")));
    EXPECT_EQ(dialogs.asked, 1);
    EXPECT_EQ(files.displayName(), "review.sgf");
    EXPECT_TRUE(model.isModified());

    // Save: writes the file (a copy, so the test data stays), then opens.
    const QString copy = dir.filePath("review-copy.sgf");
    ASSERT_TRUE(files.saveTo(copy));
    ASSERT_EQ(model.play(*parseGtpVertex("B1", 9)), MoveError::kNone);
    dialogs.answer = QMessageBox::Save;
    EXPECT_TRUE(files.open(dataFile("warnings.sgf")));
    EXPECT_EQ(dialogs.asked, 2);
    EXPECT_TRUE(bytes(copy).contains("W[bi]")) << bytes(copy).toStdString();
    EXPECT_EQ(files.displayName(), "warnings.sgf");

    // Discard: opens without saving.
    ASSERT_EQ(model.play(*parseGtpVertex("C1", 9)), MoveError::kNone);
    dialogs.answer = QMessageBox::Discard;
    EXPECT_TRUE(files.open(dataFile("review.sgf")));
    EXPECT_EQ(dialogs.asked, 3);
    EXPECT_FALSE(model.isModified());
    EXPECT_EQ(files.recent().list().value(0), QFileInfo(dataFile("review.sgf")).absoluteFilePath());
    EXPECT_EQ(files.recent().list().value(1),
              QFileInfo(dataFile("warnings.sgf")).absoluteFilePath());
    EXPECT_EQ(files.recent().list().value(2), QFileInfo(copy).absoluteFilePath());
}

}  // namespace
}  // namespace m37::ui
