#include "ui/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace m37::ui {

QString themeName(Theme t) {
    switch (t) {
        case Theme::kLight:
            return QStringLiteral("light");
        case Theme::kDark:
            return QStringLiteral("dark");
        case Theme::kSystem:
            break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString& name) {
    if (name == QLatin1String("light")) return Theme::kLight;
    if (name == QLatin1String("dark")) return Theme::kDark;
    return Theme::kSystem;
}

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(239, 239, 239));
    p.setColor(QPalette::WindowText, QColor(20, 20, 20));
    p.setColor(QPalette::Base, QColor(255, 255, 255));
    p.setColor(QPalette::AlternateBase, QColor(245, 245, 245));
    p.setColor(QPalette::ToolTipBase, QColor(255, 255, 220));
    p.setColor(QPalette::ToolTipText, QColor(20, 20, 20));
    p.setColor(QPalette::PlaceholderText, QColor(120, 120, 120));
    p.setColor(QPalette::Text, QColor(20, 20, 20));
    p.setColor(QPalette::Button, QColor(239, 239, 239));
    p.setColor(QPalette::ButtonText, QColor(20, 20, 20));
    p.setColor(QPalette::BrightText, QColor(255, 0, 0));
    p.setColor(QPalette::Highlight, QColor(48, 140, 198));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(0, 90, 180));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(150, 150, 150));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(150, 150, 150));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(150, 150, 150));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::BrightText, QColor(255, 80, 80));
    p.setColor(QPalette::Light, QColor(75, 75, 78));
    p.setColor(QPalette::Midlight, QColor(62, 62, 66));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    return p;
}

QPalette systemPalette() {
    // Captured before any theme of ours replaces the application palette.
    static const QPalette system = QApplication::palette();
    return system;
}

void applyTheme(Theme t, bool save) {
    const QPalette system = systemPalette();
    // Until a palette of ours was set, "system" leaves the platform's alone.
    static bool replaced = false;
    switch (t) {
        case Theme::kSystem:
            if (replaced) QApplication::setPalette(system);
            break;
        case Theme::kLight:
            QApplication::setPalette(lightPalette());
            break;
        case Theme::kDark:
            QApplication::setPalette(darkPalette());
            break;
    }
    if (t != Theme::kSystem) replaced = true;
    if (save) QSettings().setValue("view/theme", themeName(t));
}

Theme savedTheme() {
    return themeFromName(QSettings().value("view/theme").toString());
}

QMenu* addThemeMenu(QMenu* viewMenu) {
    QMenu* menu = viewMenu->addMenu(QCoreApplication::translate("m37::ui::Theme", "&Theme"));
    menu->setObjectName("themeMenu");
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    const Theme current = savedTheme();
    const struct {
        Theme theme;
        QString text;
        const char* name;
    } items[] = {
        {Theme::kSystem, QCoreApplication::translate("m37::ui::Theme", "Follow the &System"),
         "themeSystem"},
        {Theme::kLight, QCoreApplication::translate("m37::ui::Theme", "&Light"), "themeLight"},
        {Theme::kDark, QCoreApplication::translate("m37::ui::Theme", "&Dark"), "themeDark"},
    };
    for (const auto& item : items) {
        QAction* a = menu->addAction(item.text);
        a->setObjectName(item.name);
        a->setCheckable(true);
        a->setChecked(item.theme == current);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [t = item.theme] { applyTheme(t); });
    }
    return menu;
}

}  // namespace m37::ui
