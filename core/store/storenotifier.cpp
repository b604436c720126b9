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

void StoreNotifier::addWaitingWriter(const QString &file, int delta)
{
    const QMutexLocker lock(&m_mutex);
    int &count = m_waitingWriters[file];
    count += delta;
    if (count <= 0) {
        m_waitingWriters.remove(file);
        m_writersGone.wakeAll();
    }
}

bool StoreNotifier::awaitNoWaitingWriters(const QString &file, std::chrono::milliseconds patience)
{
    QDeadlineTimer deadline(patience);
    const QMutexLocker lock(&m_mutex);
    while (m_waitingWriters.contains(file)) {
        if (!m_writersGone.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

WriteWish::WriteWish(const QString &file) : m_file(file)
{
    if (m_file.isEmpty())
        return;
    StoreNotifier &notifier = StoreNotifier::instance();
    notifier.addWaitingWriter(m_file, 1);
    Q_EMIT notifier.writeWished(m_file);
}

WriteWish::~WriteWish()
{
    if (!m_file.isEmpty())
        StoreNotifier::instance().addWaitingWriter(m_file, -1);
}

} // namespace Aanwezig::Store
