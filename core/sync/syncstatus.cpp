#include "syncstatus.h"

namespace Aanwezig {

template <typename T> void SyncStatus::assign(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT changed();
}

qint64 SyncStatus::oldestWaitingAgeSeconds(const QDateTime &now) const
{
    if (m_waitingCount == 0 || !m_oldestWaitingAt.isValid())
        return 0;
    return std::max<qint64>(0, m_oldestWaitingAt.secsTo(now));
}

qint64 SyncStatus::oldestWaitingAgeSeconds() const
{
    return oldestWaitingAgeSeconds(QDateTime::currentDateTimeUtc());
}

void SyncStatus::setConnection(Connection connection)
{
    assign(m_connection, connection);
}

void SyncStatus::setWaiting(int count, const QDateTime &oldestAt, int rejectedCount)
{
    const QDateTime oldest = count > 0 ? oldestAt : QDateTime();
    if (m_waitingCount == count && m_oldestWaitingAt == oldest && m_rejectedCount == rejectedCount)
        return;
    m_waitingCount = count;
    m_oldestWaitingAt = oldest;
    m_rejectedCount = rejectedCount;
    Q_EMIT changed();
}

void SyncStatus::setBusy(bool busy)
{
    assign(m_busy, busy);
}

void SyncStatus::recordSuccess(const QDateTime &at)
{
    if (m_lastSyncAt == at && m_lastError == ErrorKind::None && m_connection == Connection::Online)
        return;
    m_lastSyncAt = at;
    m_lastError = ErrorKind::None;
    m_lastErrorMessage.clear();
    m_connection = Connection::Online;
    Q_EMIT changed();
}

void SyncStatus::recordError(ErrorKind kind, const QString &message)
{
    const Connection connection =
        kind == ErrorKind::Network ? Connection::Offline : Connection::Online;
    if (m_lastError == kind && m_lastErrorMessage == message && m_connection == connection)
        return;
    m_lastError = kind;
    m_lastErrorMessage = message;
    m_connection = connection;
    Q_EMIT changed();
}

} // namespace Aanwezig
