#pragma once
// RecentFiles: the list of SGF files opened or saved lately, newest first,
// kept in QSettings ("files/recent") so File > Open Recent survives
// restarts. Paths are stored absolute; at most `capacity` of them.
// Threading: GUI thread (QSettings is used from one thread at a time).
#include <QString>
#include <QStringList>

namespace m37::ui {

class RecentFiles {
  public:
    explicit RecentFiles(int capacity = 10) : capacity_(capacity) {}

    QStringList list() const;
    // Puts `path` first (moving it up when already listed).
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

  private:
    void store(const QStringList& paths);
    int capacity_;
};

}  // namespace m37::ui
