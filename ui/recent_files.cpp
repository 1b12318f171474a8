#include "ui/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace m37::ui {

namespace {
constexpr char kKey[] = "files/recent";
}

QStringList RecentFiles::list() const {
    // Only absolute paths are kept: anything else in the file is ignored.
    QStringList paths;
    for (const QString& p : QSettings().value(kKey).toStringList())
        if (!p.isEmpty() && QFileInfo(p).isAbsolute() && !paths.contains(p)) paths << p;
    while (paths.size() > capacity_) paths.removeLast();
    return paths;
}

void RecentFiles::store(const QStringList& paths) {
    QSettings().setValue(kKey, paths);
}

void RecentFiles::add(const QString& path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(abs);
    paths.prepend(abs);
    while (paths.size() > capacity_) paths.removeLast();
    store(paths);
}

void RecentFiles::remove(const QString& path) {
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentFiles::clear() {
    store({});
}

}  // namespace m37::ui
