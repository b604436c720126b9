#include "installid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace Aanwezig {

QString loadInstallId(const QString &path)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(existing.readAll()).trimmed();
        if (!QUuid::fromString(id).isNull())
            return id;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(id.toLatin1()) < 0 || !file.commit())
        return {};
    return id;
}

QString installIdPath(const QString &profileDir)
{
    const QString name = QStringLiteral("install-id");
#if defined(Q_OS_ANDROID)
    // getNoBackupFilesDir(): next to files/, never in Auto Backup or device transfers.
    Q_UNUSED(profileDir)
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("../no_backup/") + name);
#elif defined(Q_OS_IOS)
    // Library/Caches is never backed up (nor restored to another phone); when
    // iOS purges it, the app just starts one new client id.
    Q_UNUSED(profileDir)
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(name);
#else
    return QDir(profileDir).filePath(name);
#endif
}

} // namespace Aanwezig
