#pragma once
// Theme: the application's colours — the system's palette (the default:
// whatever the platform gave at start), or a light or a dark palette of our
// own — applied to the whole application with QApplication::setPalette and
// remembered with QSettings ("view/theme"). Widgets that draw their own
// colours follow through QEvent::PaletteChange (the board is drawn by the
// board renderer and keeps its wood).
// Threading: GUI thread only.
#include <QPalette>
#include <QString>

class QMenu;

namespace m37::ui {

enum class Theme { kSystem, kLight, kDark };

// "system", "light", "dark" (the settings value) and back; unknown text
// reads as kSystem.
QString themeName(Theme t);
Theme themeFromName(const QString& name);

QPalette lightPalette();
QPalette darkPalette();
// The palette the platform gave the application (captured on first use).
QPalette systemPalette();

// Sets the application palette for `t` (and saves the choice when `save`).
void applyTheme(Theme t, bool save = true);
// The saved choice (kSystem when none).
Theme savedTheme();

// Adds View → Theme (System / Light / Dark, exclusive, the saved one
// checked) to `viewMenu`; choosing one applies and saves it.
QMenu* addThemeMenu(QMenu* viewMenu);

}  // namespace m37::ui
