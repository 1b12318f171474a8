#include "ui/recovery_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace m37::ui {

RecoveryStore::RecoveryStore(RecoveryParams params) : params_(std::move(params)) {}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

bool RecoveryStore::claim() {
    if (claimed()) return true;
    if (params_.dir.isEmpty() || !QDir().mkpath(params_.dir)) return false;
    for (int slot = 0; slot < params_.slotCount; ++slot) {
        const QString name = slot == 0 ? QStringLiteral("instance.lock")
                                       : QStringLiteral("instance-%1.lock").arg(slot);
        auto lock = std::make_unique<QLockFile>(QDir(params_.dir).filePath(name));
        lock->setStaleLockTime(0);  // stale only when its process is gone
        if (lock->tryLock(0)) {
            lock_ = std::move(lock);
            slot_ = slot;
            return true;
        }
    }
    return false;
}

void RecoveryStore::release() {
    lock_.reset();
    slot_ = -1;
}

QString RecoveryStore::fileName(const char* ext) const {
    const QString base =
        slot_ <= 0 ? QStringLiteral("autosave") : QStringLiteral("autosave-%1").arg(slot_);
    return QDir(params_.dir).filePath(base + QLatin1Char('.') + QLatin1String(ext));
}

QString RecoveryStore::gamePath() const {
    return fileName("sgf");
}

QString RecoveryStore::infoPath() const {
    return fileName("ini");
}

bool RecoveryStore::hasRecovery() const {
    return claimed() && QFile::exists(gamePath());
}

std::optional<RecoveryInfo> RecoveryStore::info() const {
    if (!hasRecovery()) return std::nullopt;
    RecoveryInfo info;
    const QSettings ini(infoPath(), QSettings::IniFormat);
    info.originalPath = ini.value("recovery/originalPath").toString();
    info.savedAt = ini.value("recovery/savedAt").toDateTime();
    if (!info.savedAt.isValid()) info.savedAt = QFileInfo(gamePath()).lastModified();
    return info;
}

bool RecoveryStore::write(const std::string& sgf, const RecoveryInfo& info, QString* error) {
    if (!claimed()) {
        if (error) *error = QStringLiteral("no recovery slot");
        return false;
    }
    QDir().mkpath(params_.dir);
    // The info first: a game file never exists without its info.
    {
        QSettings ini(infoPath(), QSettings::IniFormat);
        ini.setValue("recovery/originalPath", info.originalPath);
        ini.setValue("recovery/savedAt", info.savedAt);
        ini.setValue("recovery/pid", qint64(QCoreApplication::applicationPid()));
        ini.sync();
    }
    QSaveFile file(gamePath());
    if (file.open(QIODevice::WriteOnly) &&
        file.write(sgf.data(), qint64(sgf.size())) == qint64(sgf.size()) && file.commit())
        return true;
    if (error) *error = file.errorString();
    file.cancelWriting();
    return false;
}

void RecoveryStore::remove() {
    if (!claimed()) return;
    QFile::remove(gamePath());
    QFile::remove(infoPath());
}

}  // namespace m37::ui
