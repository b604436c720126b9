#include "storenotifier.h"

#include <QDeadlineTimer>

namespace Aanwezig::Store {

StoreNotifier &StoreNotifier::instance()
{
    static StoreNotifier notifier;
    return notifier;
}

void StoreNotifier::notify(const QString &file, DataKind kind, const QString &writer)
{
    Q_EMIT dataChanged(file, kind, writer);
}

void StoreNotifier::notifyRows(const QString &file, DataKind kind, const QStringList &ids,
                               const QString &writer)
{
    Q_EMIT rowsChanged(file, kind, ids, writer);
}

int StoreNotifier::waitingWriters(const QString &file) const
{
    const QMutexLocker lock(&m_mutex);
    return m_waitingWriters.value(file);
}

void StoreNotifier::count(QHash<QString, int> &counts, const QString &file, int delta)
{
    const QMutexLocker lock(&m_mutex);
    int &count = counts[file];
    count += delta;
    if (count <= 0) {
        counts.remove(file);
        m_countDropped.wakeAll();
    }
}

bool StoreNotifier::awaitNone(const QHash<QString, int> &counts, const QString &file,
                              std::chrono::milliseconds patience)
{
    QDeadlineTimer deadline(patience);
    const QMutexLocker lock(&m_mutex);
    while (counts.contains(file)) {
        if (!m_countDropped.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

bool StoreNotifier::awaitNoWaitingWriters(const QString &file, std::chrono::milliseconds patience)
{
    return awaitNone(m_waitingWriters, file, patience);
}

WriteWish::WriteWish(const QString &file) : m_file(file)
{
    if (m_file.isEmpty())
        return;
    StoreNotifier &notifier = StoreNotifier::instance();
    notifier.count(notifier.m_waitingWriters, m_file, 1);
    Q_EMIT notifier.writeWished(m_file);
}

WriteWish::~WriteWish()
{
    if (!m_file.isEmpty()) {
        StoreNotifier &notifier = StoreNotifier::instance();
        notifier.count(notifier.m_waitingWriters, m_file, -1);
    }
}

} // namespace Aanwezig::Store
