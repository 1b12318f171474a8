// main() of ui_tests: a QApplication on the offscreen platform (unless the
// environment chooses another), QSettings in test mode, then GoogleTest.
#include <gtest/gtest.h>
#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("move37-tests");
    QApplication::setApplicationName("ui_tests");
    return RUN_ALL_TESTS();
}
