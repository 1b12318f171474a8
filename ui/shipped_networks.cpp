#include "ui/shipped_networks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace m37::ui {

QString shippedNetworksDir() {
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + "/../share/move37/networks";
    candidates << QStringLiteral(MOVE37_RESOURCES_DIR "/networks");
    for (const QString& dir : candidates)
        if (QFileInfo(dir).isDir()) return QDir(dir).canonicalPath();
    return {};
}

QString shippedNetwork(const QString& fileName) {
    const QString dir = shippedNetworksDir();
    if (dir.isEmpty()) return {};
    const QString path = dir + "/" + fileName;
    return QFileInfo(path).isFile() ? path : QString();
}

QStringList shippedNetworkNotes() {
    const QString dir = shippedNetworksDir();
    if (dir.isEmpty()) return {};
    QStringList paths;
    for (const QFileInfo& f :
         QDir(dir).entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths << f.absoluteFilePath();
    return paths;
}

}  // namespace m37::ui
