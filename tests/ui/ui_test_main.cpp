// main() of the UI test programs: a QApplication on the offscreen platform
// (unless the environment chooses another), QSettings in a folder of this
// process's own (ctest runs test processes side by side, and a shared
// settings file let one test's writes land in another's), then GoogleTest.
// In the TSan build the application tells TSan about Qt's hand-offs
// (tsan_qt_sync.h).
#include <gtest/gtest.h>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef MOVE37_TSAN_QT_SYNC
#include "tsan_qt_sync.h"
using TestApplication = m37::test::TsanSyncApplication;
#else
using TestApplication = QApplication;
#endif

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    if (settingsDir.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    }
    TestApplication app(argc, argv);
    QApplication::setOrganizationName("move37-tests");
    QApplication::setApplicationName("ui_tests");
    return RUN_ALL_TESTS();
}
