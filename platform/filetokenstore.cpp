#include "filetokenstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Aanwezig {

FileTokenStore::FileTokenStore(QString path) : m_path(std::move(path)) {}

QString FileTokenStore::readToken()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool FileTokenStore::writeToken(const QString &token)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    return file.commit();
}

void FileTokenStore::removeToken()
{
    QFile::remove(m_path);
}

} // namespace Aanwezig
