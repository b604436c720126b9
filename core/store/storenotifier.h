#pragma once

#include "datakind.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QWaitCondition>
#include <chrono>

namespace Aanwezig::Store {

// Tells every LocalStore of this process that uses the same file that its data
// changed, whichever thread or instance wrote it. Each store hears it in its
// own thread (queued across threads).
class StoreNotifier : public QObject
{
    Q_OBJECT
public:
    static StoreNotifier &instance();

    // `writer` names the store that wrote, which has told its own listeners.
    void notify(const QString &file, Aanwezig::Store::DataKind kind, const QString &writer);
    // The rows of `kind` that changed (empty: everything of it), as
    // LocalStore::rowsChanged() tells them.
    void notifyRows(const QString &file, Aanwezig::Store::DataKind kind, const QStringList &ids,
                    const QString &writer);

    // How many stores wait to begin a write transaction on `file` (WriteWish):
    // a store holding pulled pages uncommitted there commits them at once.
    int waitingWriters(const QString &file) const;
    // Blocks until no store waits to write to `file`, for at most `patience`
    // (pulled pages give way: SQLite lets a waiting writer in only when it
    // retries, and a sync thread beginning its next page at once would keep
    // it out). Returns whether none waits.
    bool awaitNoWaitingWriters(const QString &file, std::chrono::milliseconds patience);

Q_SIGNALS:
    void dataChanged(const QString &file, Aanwezig::Store::DataKind kind, const QString &writer);
    void rowsChanged(const QString &file, Aanwezig::Store::DataKind kind, const QStringList &ids,
                     const QString &writer);
    // A store is about to begin a write transaction on `file` (in the
    // emitting thread: a store of another thread hears it queued).
    void writeWished(const QString &file);

private:
    friend class WriteWish;
    // Adds `delta` to the writers waiting on `file`, waking
    // awaitNoWaitingWriters() when none is left.
    void addWaitingWriter(const QString &file, int delta);

    mutable QMutex m_mutex;
    QWaitCondition m_writersGone;
    QHash<QString, int> m_waitingWriters;
};

// While one lives, the store that made it waits to begin a write transaction
// on `file`: a store holding pulled pages there (LocalStore::applyPage) commits
// them rather than keep the writer waiting.
class WriteWish
{
public:
    explicit WriteWish(const QString &file);
    ~WriteWish();
    WriteWish(const WriteWish &) = delete;
    WriteWish &operator=(const WriteWish &) = delete;

private:
    QString m_file;
};

} // namespace Aanwezig::Store
