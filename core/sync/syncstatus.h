#pragma once

#include <QDateTime>
#include <QObject>

namespace Aanwezig {

// What the UI shows about syncing: whether the server is reachable, what
// still waits on the phone, when the last sync succeeded and what went wrong.
// The sync engine writes it; QML reads it.
class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Aanwezig::SyncStatus::Connection connection READ connection NOTIFY changed)
    Q_PROPERTY(bool online READ isOnline NOTIFY changed)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    Q_PROPERTY(QDateTime oldestWaitingAt READ oldestWaitingAt NOTIFY changed)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncAt READ lastSyncAt NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    Q_PROPERTY(Aanwezig::SyncStatus::ErrorKind lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString lastErrorMessage READ lastErrorMessage NOTIFY changed)
public:
    // Online: the last request reached the server. Offline: the device has no
    // network or the server could not be reached. Unknown: not tried yet.
    enum class Connection { Unknown, Offline, Online };
    Q_ENUM(Connection)

    // Why the last sync failed. NeedsPairing (HTTP 401): the device must be
    // paired again; NeedsUpdate (426): the app is too old for the server;
    // Network: no answer, retried with backoff; Server: an error answer or
    // one that could not be read, retried with backoff too.
    enum class ErrorKind { None, NeedsPairing, NeedsUpdate, Network, Server };
    Q_ENUM(ErrorKind)

    using QObject::QObject;

    Connection connection() const { return m_connection; }
    bool isOnline() const { return m_connection == Connection::Online; }
    int waitingCount() const { return m_waitingCount; }
    QDateTime oldestWaitingAt() const { return m_oldestWaitingAt; } // invalid when none
    int rejectedCount() const { return m_rejectedCount; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; } // invalid: never
    bool isBusy() const { return m_busy; }
    ErrorKind lastError() const { return m_lastError; }
    QString lastErrorMessage() const { return m_lastErrorMessage; }

    // How long the oldest waiting change has waited at `now`, in whole
    // seconds; 0 when nothing waits.
    Q_INVOKABLE qint64 oldestWaitingAgeSeconds(const QDateTime &now) const;
    Q_INVOKABLE qint64 oldestWaitingAgeSeconds() const;

    void setConnection(Connection connection);
    void setWaiting(int count, const QDateTime &oldestAt, int rejectedCount);
    void setBusy(bool busy);
    // A sync round reached the server and finished: clears the error.
    void recordSuccess(const QDateTime &at);
    void recordError(ErrorKind kind, const QString &message);

Q_SIGNALS:
    void changed();

private:
    template <typename T> void assign(T &field, const T &value);

    Connection m_connection = Connection::Unknown;
    int m_waitingCount = 0;
    QDateTime m_oldestWaitingAt;
    int m_rejectedCount = 0;
    QDateTime m_lastSyncAt;
    bool m_busy = false;
    ErrorKind m_lastError = ErrorKind::None;
    QString m_lastErrorMessage;
};

} // namespace Aanwezig
