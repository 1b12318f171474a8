#include "ui/settings_repair.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

namespace m37::ui {

SettingsRepairReport SettingsRepair::run() {
    const QString file = QSettings().fileName();
    if (!QFile::exists(file)) return {};
    // QSettings caches a parsed file per process and reports FormatError
    // only to the instance that parsed it: check a private copy instead.
    {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("check.ini"));
        if (!scratch.isValid() || !QFile::copy(file, copy)) return {};
        if (QSettings(copy, QSettings::IniFormat).status() != QSettings::FormatError) return {};
    }
    SettingsRepairReport report;
    report.file = file;
    const QString aside = file + QStringLiteral(".corrupt");
    QFile::remove(aside);
    if (QFile::rename(file, aside)) {
        report.movedTo = aside;
    } else {
        QFile::remove(file);
    }
    QSettings().sync();  // drops the cached contents of the bad file
    return report;
}

}  // namespace m37::ui
