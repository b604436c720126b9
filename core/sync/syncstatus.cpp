#include "syncstatus.h"

namespace Aanwezig {

qint64 SyncStatus::oldestWaitingAgeSeconds(const QDateTime &now) const
{
    if (m_state.waitingCount == 0 || !m_state.oldestWaitingAt.isValid())
        return 0;
    return std::max<qint64>(0, m_state.oldestWaitingAt.secsTo(now));
}

qint64 SyncStatus::oldestWaitingAgeSeconds() const
{
    return oldestWaitingAgeSeconds(QDateTime::currentDateTimeUtc());
}

void SyncStatus::setState(const State &state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT changed();
}

void SyncStatus::setConnection(Connection connection)
{
    State next = m_state;
    next.connection = connection;
    setState(next);
}

void SyncStatus::setWaiting(int count, const QDateTime &oldestAt, int rejectedCount)
{
    State next = m_state;
    next.waitingCount = count;
    next.oldestWaitingAt = count > 0 ? oldestAt : QDateTime();
    next.rejectedCount = rejectedCount;
    setState(next);
}

void SyncStatus::setBusy(bool busy)
{
    State next = m_state;
    next.busy = busy;
    setState(next);
}

void SyncStatus::setLive(bool live)
{
    State next = m_state;
    next.live = live;
    setState(next);
}

void SyncStatus::recordSuccess(const QDateTime &at)
{
    State next = m_state;
    next.lastSyncAt = at;
    next.lastError = ErrorKind::None;
    next.lastErrorMessage.clear();
    next.connection = Connection::Online;
    setState(next);
}

void SyncStatus::recordError(ErrorKind kind, const QString &message)
{
    State next = m_state;
    next.lastError = kind;
    next.lastErrorMessage = message;
    next.connection = kind == ErrorKind::Network ? Connection::Offline : Connection::Online;
    setState(next);
}

} // namespace Aanwezig
