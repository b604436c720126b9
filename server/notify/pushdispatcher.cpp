#include "notify/pushdispatcher.h"

#include "notify/checkinschedule.h"
#include "notify/notificationoutbox.h"
#include "notify/notificationsettingsstore.h"
#include "notify/payloadbuilder.h"
#include "notify/schoolclock.h"
#include "notify/vapid.h"
#include "notify/webpushclient.h"
#include "push/base64url.h"
#include "push/webpushcipher.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPush, "aanwezig.push")

namespace Aanwezig::Server {

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString languageOf(const QSqlDatabase &db, const QString &userId)
{
    const QVariant language = scalar(
        db, QStringLiteral("SELECT language FROM person_languages WHERE person_id = ?"), {userId});
    return language.isValid() ? language.toString() : QStringLiteral("nl");
}

// Of the group's students, how many have no contact log entry today.
int withoutContactToday(const QSqlDatabase &db, const QList<OutboxNotification> &group)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QSet<QString> students;
    for (const OutboxNotification &n : group)
        students.insert(n.studentId);
    int count = 0;
    for (const QString &student : students) {
        bool contacted = false;
        QSqlQuery &entries = exec(db,
                                  QStringLiteral("SELECT data FROM records WHERE kind = "
                                                 "'contact_log_entry' AND student_id = ? AND "
                                                 "deleted = 0"),
                                  {student});
        while (entries.next() && !contacted)
            contacted = QJsonDocument::fromJson(entries.value(0).toString().toUtf8())
                            .object()
                            .value(QLatin1String("at"))
                            .toString()
                            .startsWith(today);
        count += contacted ? 0 : 1;
    }
    return count;
}

// Seconds to wait before the next attempt: 30 s doubling, at most an hour,
// and never sooner than the push service asked.
qint64 backoffSeconds(int attempts, int retryAfter)
{
    const qint64 backoff = std::min<qint64>(30LL << std::min(attempts - 1, 7), 3600);
    return std::max<qint64>(backoff, retryAfter);
}

} // namespace

PushDispatcher::PushDispatcher(Options options) : m_options(options) {}

PushDispatcher::~PushDispatcher()
{
    stop();
}

void PushDispatcher::start()
{
    m_thread = std::thread([this] { run(); });
}

void PushDispatcher::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PushDispatcher::run()
{
    while (true) {
        bool busy = false;
        try {
            const auto now = std::chrono::steady_clock::now();
            if (now >= m_nextCheckInRun) {
                m_nextCheckInRun = now + m_options.checkInInterval;
                busy = scheduleDueCheckIns(connection(), schoolNow()) > 0;
            }
            busy = expandDue() || busy;
            for (int i = 0; i < 50 && sendOneDue(); ++i) {
                busy = true;
                const std::lock_guard lock(m_mutex);
                if (m_stopping)
                    break;
            }
            finishStatements();
        } catch (const DatabaseError &error) {
            qCWarning(lcPush) << "database error:" << error.what();
            dropConnection();
        } catch (const std::exception &error) {
            qCWarning(lcPush) << "error:" << error.what();
            finishStatements();
        }
        std::unique_lock lock(m_mutex);
        if (m_stopping)
            break;
        if (!busy)
            m_wake.wait_for(lock, m_options.pollInterval, [this] { return m_stopping; });
        if (m_stopping)
            break;
    }
    dropConnection();
}

bool PushDispatcher::expandDue()
{
    const QSqlDatabase db = connection();
    const qint64 now = nowSeconds();
    if (!scalar(
             db,
             QStringLiteral("SELECT 1 FROM notifications WHERE state = 'pending' AND due_at <= ? "
                            "LIMIT 1"),
             {now})
             .isValid())
        return false;
    if (!loadVapidKeys(db))
        return false; // the school has not set up Web Push: they wait
    WriteTransaction transaction(db);
    const auto groups = dueNotificationGroups(db, now, 50);
    for (const QList<OutboxNotification> &group : groups) {
        const QString user = group.first().userId;
        PayloadContext context;
        context.language = languageOf(db, user);
        context.hideNames = notificationSettingsOf(db, user).hideNames;
        context.withoutContact = withoutContactToday(db, group);
        const NotificationPayload payload = buildPayload(group, context).fitted();
        const QString payloadText = QString::fromUtf8(payload.toJson());
        const QByteArray topic =
            Push::toBase64Url(QCryptographicHash::hash(payload.tag.toUtf8() + user.toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .left(24)); // Topic: at most 32 base64url characters
        QStringList endpoints;
        QSqlQuery &subs = exec(db,
                               QStringLiteral("SELECT s.endpoint FROM push_subscriptions s JOIN "
                                              "devices d ON d.id = s.device_id WHERE s.user_id = ? "
                                              "AND d.revoked_at IS NULL ORDER BY s.endpoint"),
                               {user});
        while (subs.next())
            endpoints.append(subs.value(0).toString());
        for (const QString &endpoint : endpoints)
            exec(db,
                 QStringLiteral("INSERT INTO push_deliveries (id, endpoint, user_id, kind, topic, "
                                "payload, attempts, next_attempt_at, lease_until, state, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, 'pending', ?)"),
                 {QUuid::createUuid().toString(QUuid::WithoutBraces), endpoint, user, payload.kind,
                  QString::fromLatin1(topic), payloadText, now, now});
        markNotificationsExpanded(db, group);
    }
    transaction.commit();
    return !groups.isEmpty();
}

bool PushDispatcher::sendOneDue()
{
    const QSqlDatabase db = connection();
    const qint64 now = nowSeconds();
    const QString dueSql =
        QStringLiteral("SELECT id FROM push_deliveries WHERE state = 'pending' AND "
                       "next_attempt_at <= ? AND lease_until <= ? ORDER BY next_attempt_at, id "
                       "LIMIT 1");
    if (!scalar(db, dueSql, {now, now}).isValid())
        return false;
    const auto keys = loadVapidKeys(db);
    if (!keys)
        return false;

    // Claim one under a lease.
    QString id, endpointText, kind, topic, payload, p256dh, auth;
    int attempts = 0;
    qint64 createdAt = 0;
    {
        WriteTransaction transaction(db);
        const QVariant claimed = scalar(db, dueSql, {now, now});
        if (!claimed.isValid())
            return false;
        id = claimed.toString();
        QSqlQuery &row =
            exec(db,
                 QStringLiteral("SELECT d.endpoint, d.kind, d.topic, d.payload, d.attempts, "
                                "d.created_at, s.p256dh, s.auth FROM push_deliveries d LEFT JOIN "
                                "push_subscriptions s ON s.endpoint = d.endpoint WHERE d.id = ?"),
                 {id});
        row.next();
        endpointText = row.value(0).toString();
        kind = row.value(1).toString();
        topic = row.value(2).toString();
        payload = row.value(3).toString();
        attempts = row.value(4).toInt() + 1;
        createdAt = row.value(5).toLongLong();
        p256dh = row.value(6).toString();
        auth = row.value(7).toString();
        const bool gone = p256dh.isEmpty();
        const bool expired = now > createdAt + ttlSecondsOf(kind);
        if (gone || expired) {
            exec(db,
                 QStringLiteral(
                     "UPDATE push_deliveries SET state = ?, finished_at = ? WHERE id = ?"),
                 {gone ? QStringLiteral("gone") : QStringLiteral("expired"), now, id});
            transaction.commit();
            return true;
        }
        exec(
            db,
            QStringLiteral("UPDATE push_deliveries SET attempts = ?, lease_until = ? WHERE id = ?"),
            {attempts, now + leaseSeconds, id});
        transaction.commit();
    }
    finishStatements();

    PushResponse response;
    const auto endpoint = PushEndpoint::parse(endpointText, m_options.allowInsecureEndpoints);
    const auto receiverKey = Push::fromBase64Url(p256dh);
    const auto authSecret = Push::fromBase64Url(auth);
    const auto body = receiverKey && authSecret
                          ? Push::encryptWebPush(payload.toUtf8(), {*receiverKey, *authSecret})
                          : std::nullopt;
    const auto authorization =
        endpoint ? keys->authorization(endpoint->audience, now) : std::nullopt;
    if (!endpoint || !body || !authorization) {
        response.status = 400; // cannot be sent as it is: give up on it
        response.error = QStringLiteral("endpoint or keys unusable");
    } else {
        const qint64 age = nowSeconds() - createdAt;
        response = WebPushClient(m_options.allowInsecureEndpoints)
                       .send({*endpoint, *authorization,
                              int(std::max<qint64>(0, ttlSecondsOf(kind) - age)), urgencyOf(kind),
                              topic.toLatin1(), *body});
    }

    const qint64 done = nowSeconds();
    WriteTransaction transaction(db);
    const int status = response.status;
    if (status >= 200 && status < 300) {
        exec(db,
             QStringLiteral(
                 "UPDATE push_deliveries SET state = 'sent', finished_at = ? WHERE id = ?"),
             {done, id});
    } else if (status == 404 || status == 410) {
        exec(db, QStringLiteral("DELETE FROM push_subscriptions WHERE endpoint = ?"),
             {endpointText});
        exec(db,
             QStringLiteral("UPDATE push_deliveries SET state = 'gone', finished_at = ? WHERE "
                            "endpoint = ? AND state = 'pending'"),
             {done, endpointText});
        qCInfo(lcPush) << "push subscription removed: the push service answered" << status;
    } else if ((status == 0 || status == 429 || status >= 500) && attempts < maxAttempts) {
        const qint64 wait = backoffSeconds(attempts, response.retryAfterSeconds);
        exec(db,
             QStringLiteral("UPDATE push_deliveries SET next_attempt_at = ?, lease_until = 0 "
                            "WHERE id = ?"),
             {done + wait, id});
        qCInfo(lcPush) << "push to be retried in" << wait << "s: status" << status
                       << response.error;
    } else {
        exec(db,
             QStringLiteral(
                 "UPDATE push_deliveries SET state = 'failed', finished_at = ? WHERE id = ?"),
             {done, id});
        qCWarning(lcPush) << "push failed: status" << status << response.error;
    }
    transaction.commit();
    return true;
}

} // namespace Aanwezig::Server
