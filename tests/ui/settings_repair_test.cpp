// Settings robustness: a settings file QSettings cannot parse is moved
// aside as .corrupt, the window starts from defaults and says so once;
// values that parse but are out of range are ignored.
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include "ui/game_tree_model.h"
#include "ui/main_window.h"
#include "ui/recent_files.h"
#include "ui/settings_repair.h"

namespace m37::ui {
namespace {

class SettingsRepairTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        QSettings().sync();
        file = QSettings().fileName();
        QFile::remove(file + ".corrupt");
    }
    void TearDown() override {
        QSettings().clear();
        QFile::remove(file + ".corrupt");
    }
    void writeRaw(const QByteArray& bytes) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QString file;
};

TEST_F(SettingsRepairTest, GarbageIsMovedAsideAndDefaultsUsed) {
    writeRaw("[game]\nsize=13\n\x01\x02 this is not an ini file \xff\xfe\n[[[broken\n");
    {
        QSettings probe;
        ASSERT_EQ(probe.status(), QSettings::FormatError) << "garbage should not parse";
    }
    MainWindow window(MainWindowParams{});
    EXPECT_EQ(window.model()->state().size(), 19);  // default, not the 13 in the bad file
    EXPECT_TRUE(window.messageText().contains(".corrupt")) << window.messageText().toStdString();
    EXPECT_TRUE(QFile::exists(file + ".corrupt"));
    EXPECT_NE(QSettings().status(), QSettings::FormatError);

    // Once only: the next window starts normally.
    MainWindow again(MainWindowParams{});
    EXPECT_FALSE(again.messageText().contains(".corrupt"));
}

TEST_F(SettingsRepairTest, AGoodFileIsLeftAlone) {
    QSettings().setValue("game/size", 13);
    QSettings().sync();
    EXPECT_FALSE(SettingsRepair::run().repaired());
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_FALSE(QFile::exists(file + ".corrupt"));
    MainWindow window(MainWindowParams{});
    EXPECT_EQ(window.model()->state().size(), 13);
}

TEST_F(SettingsRepairTest, BadValuesAreIgnored) {
    {
        QSettings s;
        s.setValue("game/size", 400);
        s.setValue("game/rules", "no-such-rules");
        s.setValue("window/geometry", QByteArray("not a geometry"));
        s.setValue("window/state", 12);
        s.setValue("files/recent", QStringList{"relative/path.sgf", "", "/abs/game.sgf"});
        s.setValue("ui/language", "xx_YY");
    }
    MainWindow window(MainWindowParams{});
    EXPECT_EQ(window.model()->state().size(), 19);
    EXPECT_EQ(window.model()->params().rules, NewGameParams().rules);
    EXPECT_GE(window.width(), 200);
    EXPECT_EQ(RecentFiles().list(), QStringList{"/abs/game.sgf"});

    QSettings().setValue("game/rules", "chinese,komi=1e9");
    MainWindow huge(MainWindowParams{});
    EXPECT_EQ(huge.model()->params().rules, NewGameParams().rules);
}

}  // namespace
}  // namespace m37::ui
