// Theme: dark and light palettes applied to the application and saved;
// System brings back the platform's palette.
#include "ui/theme.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QSettings>
#include <QWidget>

namespace m37::ui {
namespace {

TEST(Theme, SwitchingChangesTheApplicationPalette) {
    QSettings().clear();
    const QPalette system = systemPalette();
    EXPECT_EQ(savedTheme(), Theme::kSystem);
    QWidget w;
    applyTheme(Theme::kDark);
    QCoreApplication::processEvents();
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 180);
    EXPECT_LT(w.palette().color(QPalette::Base).lightness(), 80);  // widgets follow
    EXPECT_EQ(savedTheme(), Theme::kDark);
    applyTheme(Theme::kLight);
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 200);
    EXPECT_LT(QApplication::palette().color(QPalette::Text).lightness(), 60);
    EXPECT_EQ(savedTheme(), Theme::kLight);
    applyTheme(Theme::kSystem);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    EXPECT_EQ(QApplication::palette().color(QPalette::Text), system.color(QPalette::Text));
    EXPECT_EQ(savedTheme(), Theme::kSystem);
    applyTheme(Theme::kDark, false);  // not saved
    EXPECT_EQ(savedTheme(), Theme::kSystem);
    applyTheme(Theme::kSystem);
    QSettings().clear();
}

TEST(Theme, NamesRoundTrip) {
    for (Theme t : {Theme::kSystem, Theme::kLight, Theme::kDark})
        EXPECT_EQ(themeFromName(themeName(t)), t);
    EXPECT_EQ(themeFromName("purple"), Theme::kSystem);
}

}  // namespace
}  // namespace m37::ui
