// The phone against the server's bounds (server/PROTOCOL.md,
// "Limits" and "Bounded bookkeeping"): it waits for a 429's Retry-After, it
// gets through a PostgreSQL lock that outlasts lock_timeout (503, then its
// retry), and a client id the server forgot after 180 idle days is replaced,
// with everything on the server exactly once. The PostgreSQL test runs as
// tst_syncbounds_pg; on SQLite it is skipped.
#include "apiclient.h"
#include "faultproxy.h"
#include "servertestsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;
using Aanwezig::Faults::Fault;
using Aanwezig::Faults::FaultProxy;
using Aanwezig::Faults::ProxiedRequest;

namespace {

// The statuses of the pushes in the server's request log, in order.
QList<int> pushStatuses(const SchoolServer &school)
{
    static const QRegularExpression line(QStringLiteral(R"(POST /v1/sync/push (\d+) )"));
    QList<int> statuses;
    for (auto it = line.globalMatch(school.log()); it.hasNext();)
        statuses.append(it.next().captured(1).toInt());
    return statuses;
}

// How often each report id occurs among what the mentor sees on the server.
QHash<QUuid, int> reportsOnServer(SchoolServer &school)
{
    QHash<QUuid, int> counts;
    const std::optional<QJsonObject> snapshot =
        snapshotOf(school, People::mentorA, QStringLiteral("mentor"));
    if (!snapshot)
        return counts;
    for (const QJsonValue &report : snapshot->value(QStringLiteral("reports")).toArray())
        ++counts[QUuid(report.toObject().value(QStringLiteral("id")).toString())];
    return counts;
}

bool synced(Device &phone)
{
    return phone.status().waitingCount() == 0 && !phone.status().isBusy() &&
           phone.status().lastError() == SyncStatus::ErrorKind::None;
}

} // namespace

class TestSyncBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForRetryAfterWhenRateLimited()
    {
        // Two pushes per user in 2 s: the third push of a burst gets 429.
        constexpr int limit = 2;
        constexpr qint64 windowMs = 2000;
        SchoolServer school;
        QVERIFY(school.start(0, {QStringLiteral("--push-rate-user"), QString::number(limit),
                                 QStringLiteral("--push-rate-window"),
                                 QString::number(windowMs / 1000)}));
        // The proxy notes when each push leaves the phone.
        FaultProxy proxy;
        proxy.setUpstream(school.port());
        QVERIFY(proxy.listen());
        QElapsedTimer clock;
        clock.start();
        QList<qint64> pushSentAt;
        connect(&proxy, &FaultProxy::requestSeen, this, [&](const ProxiedRequest &request) {
            if (request.path.startsWith("/v1/sync/push"))
                pushSentAt.append(clock.elapsed());
        });

        QTemporaryDir directory;
        SyncSettings settings = testSettings();
        settings.pushBatch = 1; // one push per report
        Device parent(directory.path(), settings);
        QVERIFY(
            parent.pair(proxy.url(), school.invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(parent.syncUntilDrained());

        QList<AbsenceReport> made;
        for (int day = 1; day <= 3; ++day) {
            made.append(doctorVisit(Students::anna, day));
            QVERIFY(parent.store().reportAbsence(made.last(), Role::Parent));
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return parent.status().lastErrorMessage().contains(u"rate_limited"); }, 10000));
        // The parent acts while the phone waits: that does not make it push sooner.
        made.append(doctorVisit(Students::anna, 4));
        QVERIFY(parent.store().reportAbsence(made.last(), Role::Parent));
        QVERIFY(QTest::qWaitFor([&] { return synced(parent); }, 20000));

        // Every push right after a 429 left only once the server's window
        // had room again, which is what Retry-After told (it counts from the
        // oldest of the last `limit` accepted pushes; ms rounding: 1 ms).
        QVERIFY(QTest::qWaitFor([&] { return pushStatuses(school).size() == pushSentAt.size(); },
                                5000));
        const QList<int> statuses = pushStatuses(school);
        QVERIFY2(statuses.contains(429), qPrintable(school.log()));
        QList<qint64> acceptedAt;
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            if (i > 0 && statuses.at(i - 1) == 429) {
                QVERIFY(acceptedAt.size() >= limit);
                const qint64 allowedAt = acceptedAt.at(acceptedAt.size() - limit) + windowMs;
                QVERIFY2(pushSentAt.at(i) >= allowedAt - 1,
                         qPrintable(QStringLiteral("push %1 went at %2 ms, before %3 ms")
                                        .arg(i)
                                        .arg(pushSentAt.at(i))
                                        .arg(allowedAt)));
                QVERIFY2(statuses.at(i) == 200, "a push after waiting was refused again");
            }
            if (statuses.at(i) == 200)
                acceptedAt.append(pushSentAt.at(i));
        }

        // Everything arrived, once.
        QVERIFY(parent.store().entries(OutboxState::Rejected).isEmpty());
        const QHash<QUuid, int> onServer = reportsOnServer(school);
        QCOMPARE(onServer.size(), made.size());
        for (const AbsenceReport &report : std::as_const(made))
            QCOMPARE(onServer.value(report.id), 1);
    }

    void postgresTimeoutAnswers503AndTheRetryLands()
    {
        SchoolServer school;
        QVERIFY(school.start());
        if (!school.isPostgres())
            QSKIP("PostgreSQL's lock_timeout: run as tst_syncbounds_pg");
        QTemporaryDir directory;
        SyncSettings settings = testSettings();
        settings.requestTimeout = std::chrono::seconds(20); // longer than the server waits
        Device parent(directory.path(), settings);
        QVERIFY(
            parent.pair(school.url(), school.invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(parent.syncUntilDrained());

        // Another connection holds the table every push writes.
        const QUrl url(school.database().url());
        const QString connectionName = QStringLiteral("lock-holder");
        {
            QSqlDatabase holder =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            holder.setHostName(url.host());
            holder.setPort(url.port(5432));
            holder.setUserName(url.userName());
            holder.setDatabaseName(url.path().mid(1));
            QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN")));
            QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE records IN ACCESS EXCLUSIVE MODE")),
                     qPrintable(lock.lastError().text()));

            QSignalSpy rounds(parent.client.get(), &SyncClient::roundFinished);
            QElapsedTimer waited;
            waited.start();
            const AbsenceReport report = doctorVisit(Students::anna, 1);
            QVERIFY(parent.store().reportAbsence(report, Role::Parent));
            QVERIFY(QTest::qWaitFor([&] { return !rounds.isEmpty(); }, 15000));
            const qint64 waitedMs = waited.elapsed();
            QCOMPARE(rounds.first().first().toBool(), false);
            QVERIFY2(parent.status().lastErrorMessage().startsWith(u"HTTP 503 unavailable"),
                     qPrintable(parent.status().lastErrorMessage()));
            // About lock_timeout (5 s): neither at once nor the statement
            // timeout (8 s), and never a hang.
            QVERIFY2(waitedMs >= 4500 && waitedMs < 8000, qPrintable(QString::number(waitedMs)));
            // The server stays healthy meanwhile.
            QCOMPARE(
                Test::ApiClient(school.url().toString()).get(QStringLiteral("/v1/health")).status,
                200);

            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            holder.close();

            // The phone's retry is applied, once.
            QVERIFY(QTest::qWaitFor([&] { return synced(parent); }, 20000));
            QVERIFY(parent.store().entries(OutboxState::Rejected).isEmpty());
            const QHash<QUuid, int> onServer = reportsOnServer(school);
            QCOMPARE(onServer.size(), 1);
            QCOMPARE(onServer.value(report.id), 1);
            QCOMPARE(pushStatuses(school).count(503), 1);
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    void forgottenClientStartsANewOne()
    {
        SchoolServer school;
        QVERIFY(school.start());
        FaultProxy proxy;
        proxy.setUpstream(school.port());
        QVERIFY(proxy.listen());
        QTemporaryDir directory;
        SyncSettings settings = testSettings();
        // No retry by itself: the phone keeps an unanswered push until told.
        settings.backoff = {std::chrono::hours(1), std::chrono::hours(1), 2.0};
        Device parent(directory.path(), settings);
        QVERIFY(
            parent.pair(proxy.url(), school.invite(People::parentOfS1, QStringLiteral("parent"))));
        const AbsenceReport sent = doctorVisit(Students::anna, 1);
        QVERIFY(parent.store().reportAbsence(sent, Role::Parent));
        QVERIFY(parent.syncUntilDrained());
        const QString oldClient = parent.store().readClientId()->toString(QUuid::WithoutBraces);

        // The server applies the next push, but its answer is lost.
        QSignalSpy rounds(parent.client.get(), &SyncClient::roundFinished);
        // (Qt sends a request cut that way once more by itself: every copy is cut.)
        bool cutting = true;
        proxy.setRule([&cutting](const ProxiedRequest &request) {
            return cutting && request.path.startsWith("/v1/sync/push") ? Fault::cutAfterRequest()
                                                                       : Fault::pass();
        });
        const AbsenceReport unanswered = doctorVisit(Students::anna, 2);
        QVERIFY(parent.store().reportAbsence(unanswered, Role::Parent));
        QVERIFY(QTest::qWaitFor([&] { return !rounds.isEmpty(); }, 10000));
        QCOMPARE(rounds.first().first().toBool(), false);
        cutting = false;
        // The phone is put away; the parent makes one more report meanwhile.
        parent.client->setConnectivity(Connectivity::State::Offline);
        const AbsenceReport later = doctorVisit(Students::anna, 3);
        QVERIFY(parent.store().reportAbsence(later, Role::Parent));

        const Test::TestDatabase &database = school.database();
        auto count = [&](const char *sql) {
            return database.scalar(QString::fromLatin1(sql).arg(oldClient)).toLongLong();
        };
        QCOMPARE(count("SELECT COUNT(*) FROM mutation_hashes WHERE client_id = '%1'"), 2);
        const QDate lastPush = QDateTime::fromMSecsSinceEpoch(
                                   count("SELECT last_push_at FROM clients WHERE id = '%1'"))
                                   .date();
        // 179 days idle: kept.
        school.retention(lastPush.addDays(179));
        QCOMPARE(count("SELECT retired FROM clients WHERE id = '%1'"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM mutation_hashes WHERE client_id = '%1'"), 2);
        // 180 days: its applied seqs are forgotten.
        school.retention(lastPush.addDays(180));
        QCOMPARE(count("SELECT COUNT(*) FROM mutation_hashes WHERE client_id = '%1'"), 0);
        QCOMPARE(count("SELECT retired FROM clients WHERE id = '%1'"), 1);

        // The phone comes back and pushes under its old client id: 409, so
        // it starts a new one and takes a snapshot; the repeat of the push the
        // server had applied is not applied again, nor shown as refused.
        parent.client->setConnectivity(Connectivity::State::Online);
        QVERIFY(QTest::qWaitFor([&] { return synced(parent); }, 20000));
        QCOMPARE(pushStatuses(school).count(409), 1);
        QVERIFY(parent.store().readClientId()->toString(QUuid::WithoutBraces) != oldClient);
        QVERIFY(parent.store().entries(OutboxState::Rejected).isEmpty());
        const QHash<QUuid, int> onServer = reportsOnServer(school);
        QCOMPARE(onServer.size(), 3);
        for (const AbsenceReport &report : {sent, unanswered, later})
            QCOMPARE(onServer.value(report.id), 1);
        const std::optional<QJsonObject> parentView =
            snapshotOf(school, People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(parentView);
        const QString diff = differences(visibleData(parent.store()), *parentView);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestSyncBounds)
#include "tst_syncbounds.moc"
