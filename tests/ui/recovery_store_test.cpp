// RecoveryStore: slots claimed by lock files, the recovery files written,
// read back and removed, a slot left by a process that is gone taken over.
#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

#include "ui/recovery_store.h"

namespace m37::ui {
namespace {

TEST(RecoveryStoreTest, WritesReadsAndRemoves) {
    QTemporaryDir dir;
    RecoveryStore store({dir.filePath("recovery")});
    ASSERT_TRUE(store.claim());
    EXPECT_FALSE(store.hasRecovery());
    EXPECT_TRUE(store.gamePath().endsWith("recovery/autosave.sgf"));
    const QDateTime when = QDateTime::currentDateTime();
    ASSERT_TRUE(store.write("(;GM[1]SZ[9];B[ee])", {"/games/a.sgf", when}));
    ASSERT_TRUE(store.hasRecovery());
    const auto info = store.info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->originalPath, "/games/a.sgf");
    EXPECT_EQ(info->savedAt.toSecsSinceEpoch(), when.toSecsSinceEpoch());
    QFile f(store.gamePath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), "(;GM[1]SZ[9];B[ee])");
    store.remove();
    EXPECT_FALSE(store.hasRecovery());
    EXPECT_FALSE(QFile::exists(store.infoPath()));
}

TEST(RecoveryStoreTest, TwoInstancesGetTheirOwnSlots) {
    QTemporaryDir dir;
    RecoveryStore first({dir.path()});
    RecoveryStore second({dir.path()});
    ASSERT_TRUE(first.claim());
    ASSERT_TRUE(second.claim());
    EXPECT_NE(first.gamePath(), second.gamePath());
    ASSERT_TRUE(first.write("(;SZ[9])", {}));
    EXPECT_FALSE(second.hasRecovery());  // the other instance's copy is not ours
    RecoveryStore none({dir.path(), 2});
    EXPECT_FALSE(none.claim());  // both slots held
}

TEST(RecoveryStoreTest, ASlotLeftBehindShowsItsCopy) {
    QTemporaryDir dir;
    {
        RecoveryStore crashed({dir.path()});
        ASSERT_TRUE(crashed.claim());
        ASSERT_TRUE(crashed.write("(;SZ[9];B[aa])", {"", QDateTime::currentDateTime()}));
        // Destroyed without remove(): like a run that did not exit cleanly.
    }
    RecoveryStore next({dir.path()});
    ASSERT_TRUE(next.claim());
    EXPECT_TRUE(next.hasRecovery());
    EXPECT_TRUE(next.info()->originalPath.isEmpty());
}

}  // namespace
}  // namespace m37::ui
