// 100 MB SGF files in the main window (the reliability issue's fault
// test): a collection of 56,000 games opens its first game, says how many
// there are and saves every other game back byte for byte; one game of 16
// million nodes is refused with FILE:LINE:COL and the open game stays as it
// was; one comment of 100 MB opens and is saved whole.
#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "engine/go/whole_file.h"
#include "engine/sgf/sgf_reader.h"
#include "tests/sgf/large_sgf.h"
#include "tests/ui/ui_test_util.h"
#include "ui/comment_panel.h"
#include "ui/main_window.h"

namespace m37::ui {
namespace {

constexpr size_t kHundredMB = 100u << 20;

class LargeFileTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(MainWindowParams{19});
        dialogs.install(*window->files());
        window->resize(1000, 700);
        window->show();
        ASSERT_TRUE(dir.isValid());
    }
    void TearDown() override {
        window.reset();
        QSettings().clear();
    }
    QString write(const char* name, const std::string& bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        EXPECT_EQ(f.write(bytes.data(), qint64(bytes.size())), qint64(bytes.size()));
        return path;
    }
    static std::string read(const QString& path) {
        return readWholeFile(QFile::encodeName(path).toStdString(), nullptr).value_or("");
    }
    GameTreeModel& model() { return *window->model(); }

    std::unique_ptr<MainWindow> window;
    test::DialogRecorder dialogs;
    QTemporaryDir dir;
};

TEST_F(LargeFileTest, CollectionOpensItsFirstGameAndSavesEveryGame) {
    int games = 0;
    const std::string collection = m37::test::largeCollection(kHundredMB, &games);
    const QString path = write("collection.sgf", collection);
    const long before = m37::test::peakResidentMB();
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(window->files()->openFile(path)) << dialogs.errors.join('\n').toStdString();
    const qint64 openMs = timer.elapsed();
    EXPECT_EQ(model().gameInfo().playerBlack, "Black 0");
    ASSERT_EQ(dialogs.warnings.size(), 1);
    EXPECT_TRUE(dialogs.warnings[0].contains(QString("holds %1 games").arg(games)))
        << dialogs.warnings[0].toStdString();
    EXPECT_TRUE(model().forward(250));
    EXPECT_FALSE(model().forward());
    std::cout << "open: " << openMs << " ms, peak memory +" << m37::test::peakResidentMB() - before
              << " MB\n";
    EXPECT_LT(m37::test::peakResidentMB() - before,
              400);  // all 56,000 games as trees: about 3.5 GB

    // A comment on the first game, saved: the other games come back verbatim.
    model().setComment("Checked.");
    ASSERT_TRUE(window->files()->save()) << dialogs.errors.join('\n').toStdString();
    const std::string saved = read(path);
    const size_t second = collection.find("(;GM[1]", 1);
    const size_t savedSecond = saved.find("(;GM[1]", 1);
    ASSERT_NE(savedSecond, std::string::npos);
    EXPECT_EQ(saved.compare(savedSecond, std::string::npos, collection, second), 0);
    SgfReadOptions firstOnly;
    firstOnly.maxGames = 1;
    auto back = readSgf(saved, firstOnly);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.unreadGames, games - 1);
    const SgfNode* last = back.games[0].get();
    while (last->childCount() > 0) last = last->child(0);
    EXPECT_EQ(last->value("C"), "Checked.");
}

TEST_F(LargeFileTest, GameTooLargeIsRefusedAndTheOpenGameStays) {
    const QString small = write("small.sgf", "(;SZ[19]PB[Kept];B[dd];W[pp])");
    ASSERT_TRUE(window->files()->openFile(small));
    ASSERT_TRUE(model().forward(2));
    size_t nodes = 0;
    const QString path = write("tree.sgf", m37::test::largeTree(kHundredMB, &nodes));
    ASSERT_GT(nodes, 14'000'000u);
    EXPECT_FALSE(window->files()->openFile(path));
    ASSERT_EQ(dialogs.errors.size(), 1);
    const QString error = dialogs.errors[0];
    EXPECT_TRUE(error.startsWith("Cannot open tree.sgf\n" + path + ":1:")) << error.toStdString();
    EXPECT_TRUE(error.contains("the game has more than 4000000 nodes, too many to open"))
        << error.toStdString();
    EXPECT_EQ(window->files()->displayName(), "small.sgf");
    EXPECT_EQ(model().gameInfo().playerBlack, "Kept");
    EXPECT_EQ(model().moveNumber(), 2);
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(LargeFileTest, HundredMegabyteCommentOpensAndIsSavedWhole) {
    std::string comment;
    for (int i = 0; comment.size() < kHundredMB; ++i)
        comment += "Line " + std::to_string(i) + ": a long log pasted into one comment.\n";
    const QString path = write("comment.sgf", "(;SZ[19]C[" + comment + "];B[dd])");
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(window->files()->openFile(path)) << dialogs.errors.join('\n').toStdString();
    std::cout << "open: " << timer.elapsed() << " ms\n";
    EXPECT_EQ(model().comment().size(), qsizetype(comment.size()));
    // The dock shows the start of it, read-only, and says so.
    const QPlainTextEdit* editor = window->comments()->editor();
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_EQ(editor->toPlainText().size(), CommentPanelParams().maxEditable);
    EXPECT_TRUE(window->comments()->cutNote().contains("the first 200,000 are shown"))
        << window->comments()->cutNote().toStdString();
    // The next move's comment is edited as usual.
    ASSERT_TRUE(model().forward());
    EXPECT_FALSE(editor->isReadOnly());
    EXPECT_TRUE(window->comments()->cutNote().isEmpty());
    model().setComment("A short one.");
    model().toStart();
    ASSERT_TRUE(window->files()->save());
    auto back = readSgf(read(path));
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back.games[0]->value("C") == comment);  // not EXPECT_EQ: 100 MB
    EXPECT_EQ(back.games[0]->child(0)->value("C"), "A short one.");
}

}  // namespace
}  // namespace m37::ui
