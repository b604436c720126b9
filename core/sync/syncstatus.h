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
    Q_PROPERTY(bool live READ isLive NOTIFY changed)
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

    // Every field at once, for handing the status from the sync thread to the UI's.
    struct State
    {
        Connection connection = Connection::Unknown;
        int waitingCount = 0;
        QDateTime oldestWaitingAt; // invalid when nothing waits
        int rejectedCount = 0;     // refused by the server, not yet dismissed by the user
        QDateTime lastSyncAt;      // invalid: never
        bool busy = false;
        // The live channel is open: the server pokes the app on a change.
        // Nothing the user sees depends on it (without it the app syncs at
        // the interval).
        bool live = false;
        ErrorKind lastError = ErrorKind::None;
        QString lastErrorMessage;

        friend bool operator==(const State &, const State &) = default;
    };

    using QObject::QObject;

    Connection connection() const { return m_state.connection; }
    bool isOnline() const { return m_state.connection == Connection::Online; }
    int waitingCount() const { return m_state.waitingCount; }
    QDateTime oldestWaitingAt() const { return m_state.oldestWaitingAt; }
    int rejectedCount() const { return m_state.rejectedCount; }
    QDateTime lastSyncAt() const { return m_state.lastSyncAt; }
    bool isBusy() const { return m_state.busy; }
    bool isLive() const { return m_state.live; }
    ErrorKind lastError() const { return m_state.lastError; }
    QString lastErrorMessage() const { return m_state.lastErrorMessage; }
    const State &state() const { return m_state; }
    void setState(const State &state);

    // How long the oldest waiting change has waited at `now`, in whole
    // seconds; 0 when nothing waits.
    Q_INVOKABLE qint64 oldestWaitingAgeSeconds(const QDateTime &now) const;
    Q_INVOKABLE qint64 oldestWaitingAgeSeconds() const;

    void setConnection(Connection connection);
    void setWaiting(int count, const QDateTime &oldestAt, int rejectedCount);
    void setBusy(bool busy);
    void setLive(bool live);
    // A sync round reached the server and finished: clears the error.
    void recordSuccess(const QDateTime &at);
    void recordError(ErrorKind kind, const QString &message);

Q_SIGNALS:
    void changed();

private:
    State m_state;
};

} // namespace Aanwezig
