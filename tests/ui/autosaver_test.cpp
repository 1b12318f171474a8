// Autosaver in-process: edits write the recovery copy (debounced), a save
// removes it, a clean close removes it, and a copy left behind is offered
// and restored (modified, with its original path) or discarded.
#include <gtest/gtest.h>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "engine/sgf/sgf_writer.h"
#include "tests/ui/ui_test_util.h"
#include "ui/autosaver.h"
#include "ui/main_window.h"

namespace m37::ui {
namespace {

class AutosaverTest : public ::testing::Test {
  protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }

    std::unique_ptr<MainWindow> makeWindow(test::DialogRecorder& dialogs) {
        MainWindowParams p{9};
        p.autosave = AutosaveParams{{dir.filePath("recovery")}, 20};
        auto w = std::make_unique<MainWindow>(p);
        dialogs.install(*w->files());
        return w;
    }

    QTemporaryDir dir;
};

TEST_F(AutosaverTest, EditsAreSavedAndASaveRemovesTheCopy) {
    test::DialogRecorder dialogs;
    auto w = makeWindow(dialogs);
    Autosaver* a = w->autosaver();
    ASSERT_TRUE(a && a->active());
    const QString copy = a->store().gamePath();
    EXPECT_FALSE(QFile::exists(copy));
    ASSERT_TRUE(test::playAll(*w->model(), {"E5", "C3"}));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy), 10000);
    w->model()->setComment("a thought");
    a->flush();
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.contains("C[a thought]")) << text.toStdString();
    EXPECT_TRUE(text.contains("B[ee]"));
    f.close();

    ASSERT_TRUE(w->files()->saveTo(dir.filePath("game.sgf")));
    EXPECT_FALSE(QFile::exists(copy));  // saved: nothing to recover
    w->model()->pass();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy), 10000);
    dialogs.answer = QMessageBox::Discard;
    EXPECT_TRUE(w->close());
    EXPECT_FALSE(QFile::exists(copy));  // clean exit
}

TEST_F(AutosaverTest, ACopyLeftBehindIsRestored) {
    test::DialogRecorder dialogs;
    const QString original = dir.filePath("original.sgf");
    std::string played;
    {
        auto w = makeWindow(dialogs);
        ASSERT_TRUE(w->files()->saveTo(original));
        ASSERT_TRUE(test::playAll(*w->model(), {"C3", "G7", "E5"}));
        w->model()->setComment("before the crash");
        w->autosaver()->flush();
        played = writeSgf(w->model()->root());
        // Destroyed without close(): the copy stays, as after a crash.
    }
    auto w = makeWindow(dialogs);
    int asked = 0;
    w->autosaver()->hooks().askRestore = [&](const RecoveryInfo& info) {
        ++asked;
        EXPECT_EQ(info.originalPath, original);
        return true;
    };
    ASSERT_TRUE(w->autosaver()->offerRestore());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(writeSgf(w->model()->root()), played);
    EXPECT_TRUE(w->model()->isModified());
    EXPECT_EQ(w->files()->path(), original);
    EXPECT_TRUE(w->isWindowModified());
}

TEST_F(AutosaverTest, ADiscardedCopyIsRemoved) {
    test::DialogRecorder dialogs;
    QString copy;
    {
        auto w = makeWindow(dialogs);
        ASSERT_TRUE(test::playAll(*w->model(), {"C3"}));
        w->autosaver()->flush();
        copy = w->autosaver()->store().gamePath();
        ASSERT_TRUE(QFile::exists(copy));
    }
    auto w = makeWindow(dialogs);
    w->autosaver()->hooks().askRestore = [](const RecoveryInfo&) { return false; };
    EXPECT_FALSE(w->autosaver()->offerRestore());
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_EQ(w->model()->moveNumber(), 0);
    EXPECT_FALSE(w->autosaver()->offerRestore());  // asked once only
}

}  // namespace
}  // namespace m37::ui
