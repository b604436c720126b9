#include "cli/retentionjob.h"

#include "http/requestlog.h"
#include "notify/schoolclock.h"
#include "storage/database.h"

#include <QStringList>

namespace Aanwezig::Server {

RetentionJob::RetentionJob(RetentionPolicy policy)
    : m_policy(std::move(policy)), m_thread([this] { loop(); })
{}

RetentionJob::~RetentionJob()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::chrono::milliseconds untilNextRetentionRun(const QDateTime &now)
{
    QDateTime next(now.date(), QTime(retentionRunHour, 0), now.timeZone());
    if (next <= now)
        next = QDateTime(now.date().addDays(1), QTime(retentionRunHour, 0), now.timeZone());
    return std::chrono::milliseconds(now.msecsTo(next));
}

void RetentionJob::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_wake.wait_for(lock, untilNextRetentionRun(schoolNow()),
                            [this] { return m_stopping; }))
            return;
        lock.unlock();
        try {
            const RetentionResult result =
                applyRetention(connection(), m_policy, QDate::currentDate(), false);
            if (result.total() > 0)
                qCInfo(lcServer).noquote() << "retention:" << describeRetention(result);
        } catch (const DatabaseError &error) {
            qCWarning(lcServer) << "retention: not run:" << error.what();
            if (error.connectionLost())
                dropConnection();
        }
        finishStatements();
        lock.lock();
    }
}

QString describeRetention(const RetentionResult &result)
{
    QStringList parts;
    QStringList kinds = result.records.keys();
    kinds.sort();
    for (const QString &kind : kinds)
        parts << QStringLiteral("%1 %2").arg(result.records.value(kind)).arg(kind);
    parts << QStringLiteral("%1 registrations").arg(result.registrations);
    parts << QStringLiteral("%1 leavers%2")
                 .arg(result.leavers.size())
                 .arg(result.leavers.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + result.leavers.join(QStringLiteral(", ")) +
                                QLatin1Char(')'));
    if (result.forgottenClients > 0)
        parts << QStringLiteral("%1 idle client ids").arg(result.forgottenClients);
    return parts.join(QStringLiteral(", "));
}

} // namespace Aanwezig::Server
