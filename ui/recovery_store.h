#pragma once
// RecoveryStore: the files of the autosave on disk — a recovery SGF and a
// small INI beside it (original file path, time saved), in a "recovery"
// folder under AppLocalDataLocation. Each running move37 claims one slot
// with a QLockFile (pid marker; a lock left by a killed process is stale and
// taken over), so two instances never write the same files; the files of a
// slot that exist when it is claimed were left by a run that did not exit
// cleanly. Writes are atomic (QSaveFile). Threading: not thread-safe; use
// it from one thread (the GUI thread).
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>
#include <string>

class QLockFile;

namespace m37::ui {

struct RecoveryParams {
    // Folder of the recovery files; created when needed.
    QString dir;
    // How many instances may autosave at once (one slot each).
    int slotCount = 4;
};

struct RecoveryInfo {
    QString originalPath;  // empty for an untitled game
    QDateTime savedAt;
};

class RecoveryStore {
  public:
    explicit RecoveryStore(RecoveryParams params);
    ~RecoveryStore();

    // <AppLocalDataLocation>/recovery.
    static QString defaultDir();

    // Takes the first free slot; false when all are held by running
    // instances (or the folder cannot be made).
    bool claim();
    bool claimed() const { return slot_ >= 0; }
    // Drops the slot (the files stay as they are).
    void release();

    QString gamePath() const;
    QString infoPath() const;
    // A recovery game of this slot is on disk.
    bool hasRecovery() const;
    std::optional<RecoveryInfo> info() const;
    // Writes the game and its info; false with `error` set on failure.
    bool write(const std::string& sgf, const RecoveryInfo& info, QString* error = nullptr);
    // Removes the recovery files of this slot.
    void remove();

  private:
    QString fileName(const char* ext) const;

    RecoveryParams params_;
    std::unique_ptr<QLockFile> lock_;
    int slot_ = -1;
};

}  // namespace m37::ui
