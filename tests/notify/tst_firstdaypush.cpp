// The mentor's first-day push end to end: a parent's sick report,
// made on a real phone store and pushed by its sync client in school hours,
// reaches the mentor's subscription at the npm web-push-testing service
// (which checks VAPID and decrypts) as exactly the expected first-day item,
// once: a sync again, a server restart and the next report add no second
// copy of it.
//
// School hours are the school's: the server runs with --timezone set to a
// zone (Etc/GMT-N) in which it is a weekday between 08:00 and 16:00 now,
// and the test process (the parent's phone) uses the same zone. From
// Saturday 06:30 to Sunday 17:45 UTC no zone has school hours: the test is
// skipped then.
#include "apiclient.h"
#include "fixtureschool.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "testdatabase.h"
#include "webpushservice.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <ctime>
#include <limits>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

const QString sickNote = QStringLiteral("koorts en buikpijn sinds gisteravond");

// A zone in which it is a weekday between 08:00 and 16:00 now (the one
// nearest to noon), or empty when there is none.
QString zoneInSchoolHours()
{
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (int hours = -12; hours <= 14; ++hours) {
        const QDateTime local = utc.addSecs(hours * 3600);
        const QTime time = local.time();
        if (local.date().dayOfWeek() > 5 || time < QTime(8, 0) || time > QTime(16, 0))
            continue;
        const int distance = std::abs(time.secsTo(QTime(12, 0)));
        if (distance < bestDistance) {
            bestDistance = distance;
            // Etc/GMT-N is N hours east of UTC (POSIX signs).
            best = hours == 0 ? QStringLiteral("Etc/UTC")
                              : QStringLiteral("Etc/GMT%1%2")
                                    .arg(hours > 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                    .arg(std::abs(hours));
        }
    }
    return best;
}

AbsenceReport sickToday(const QString &studentId)
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = studentId;
    report.code = RegistrationCode::Z;
    report.start = wallTime(QDate::currentDate(), QTime(8, 30));
    report.note = sickNote;
    return report;
}

} // namespace

class TestFirstDayPush : public QObject
{
    Q_OBJECT

    QString m_zone;
    TestDatabase m_database;
    ServerProcess m_server{QStringLiteral(AANWEZIG_SERVER_BIN)};
    WebPushService m_pushService;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_mentor;
    std::unique_ptr<SyncTest::Device> m_parentPhone;
    WebPushService::Subscription m_mentorSubscription;

    CommandResult command(const QStringList &args) const
    {
        return runServerCommand(QStringLiteral(AANWEZIG_SERVER_BIN),
                                args + QStringList{QStringLiteral("--db"), m_database.url()});
    }
    QString invite(const QString &email, const QString &role) const
    {
        return command({QStringLiteral("invite"), QStringLiteral("--email"), email,
                        QStringLiteral("--role"), role})
            .out.trimmed();
    }
    QStringList mentorMessages() const
    {
        return m_pushService.messages(m_mentorSubscription.clientHash);
    }
    // The parent's phone reports; the server decides a first-day item due a
    // minute later (several within the minute are one message). The test
    // lets that minute pass at once.
    bool reportAndPassTheMinute(const AbsenceReport &report)
    {
        if (const RuleResult done = m_parentPhone->store().reportAbsence(report, Role::Parent);
            !done) {
            qWarning() << done.error().message;
            return false;
        }
        if (!m_parentPhone->syncUntilDrained())
            return false;
        const QString pending = QStringLiteral("SELECT due_at FROM notifications WHERE kind = "
                                               "'first_day' AND state = 'pending'");
        const QVariant due = m_database.scalar(pending);
        const qint64 wait = due.toLongLong() - QDateTime::currentSecsSinceEpoch();
        if (!due.isValid() || wait < 30 || wait > 61) {
            qWarning() << "no first-day item due within the minute:" << due << wait;
            return false;
        }
        return m_database
            .execute(QStringLiteral("UPDATE notifications SET due_at = %1 WHERE kind = "
                                    "'first_day' AND state = 'pending'")
                         .arg(QDateTime::currentSecsSinceEpoch()))
            .isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_zone = zoneInSchoolHours();
        if (m_zone.isEmpty())
            QSKIP("No time zone has school hours now (a weekend)");
        qputenv("TZ", m_zone.toUtf8()); // the phone is where the school is
        tzset();
        QVERIFY(QTimeZone(m_zone.toUtf8()).isValid());
        QVERIFY2(m_pushService.start(), qPrintable(m_pushService.errorString()));
        QVERIFY2(m_database.isValid(), qPrintable(m_database.errorString()));
        QCOMPARE(command({QStringLiteral("import-roster"), FixtureSchool::rosterFile()}).exitCode,
                 0);
        QCOMPARE(command({QStringLiteral("vapid-keys"), QStringLiteral("--subject"),
                          QStringLiteral("mailto:beheer@school.example.nl")})
                     .exitCode,
                 0);
        QVERIFY(
            m_server.start(m_database.url(), {QStringLiteral("--timezone"), m_zone,
                                              QStringLiteral("--push-allow-insecure-endpoints")}));

        // The mentor's subscription at the push service.
        m_mentor = std::make_unique<ApiClient>(m_server.baseUrl());
        QCOMPARE(m_mentor->pair(invite(People::mentorA, QStringLiteral("mentor"))).status, 200);
        const QString vapidKey = m_mentor->get(QStringLiteral("/v1/me"))
                                     .json.value(QLatin1String("vapid_public_key"))
                                     .toString();
        const auto subscription = m_pushService.subscribe(vapidKey);
        QVERIFY(subscription);
        m_mentorSubscription = *subscription;
        QCOMPARE(m_mentor
                     ->post(QStringLiteral("/v1/push/subscriptions"),
                            {{QStringLiteral("endpoint"), subscription->endpoint},
                             {QStringLiteral("keys"),
                              QJsonObject{{QStringLiteral("p256dh"), subscription->p256dh},
                                          {QStringLiteral("auth"), subscription->auth}}},
                             {QStringLiteral("device_name"), QStringLiteral("mentor's phone")}})
                     .status,
                 200);

        // The parent's phone: a real store and sync client.
        m_parentPhone = std::make_unique<SyncTest::Device>(m_dir.path());
        QVERIFY(m_parentPhone->pair(m_server.baseUrl(),
                                    invite(People::parentOfS1, QStringLiteral("parent"))));
        QVERIFY(m_parentPhone->syncUntilDrained());
    }

    void sickReportReachesTheMentorOnce()
    {
        const AbsenceReport report = sickToday(Students::anna);
        QVERIFY(reportAndPassTheMinute(report));
        QVERIFY(QTest::qWaitFor([&] { return mentorMessages().size() == 1; }, 20000));
        const QJsonObject expected{
            {"v", 1},
            {"kind", "first_day"},
            {"title", "Eerste dag afwezig"},
            {"body", "Nieuwe melding voor Anna (1A)."},
            {"lang", "nl"},
            {"dir", "ltr"},
            {"link", QJsonObject{{"page", "student"},
                                 {"student_id", "S1"},
                                 {"date", QDate::currentDate().toString(Qt::ISODate)}}},
            {"tag", "first_day:" + report.id.toString(QUuid::WithoutBraces)},
        };
        QCOMPARE(mentorMessages().first().toUtf8(),
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));

        // Once: the phone syncing again and a server restart send nothing
        // more; the next report (Eva) is the only new message.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_database
                           .scalar(QStringLiteral(
                               "SELECT COUNT(*) FROM push_deliveries WHERE state <> 'sent'"))
                           .toInt() == 0;
            },
            10000));
        QVERIFY(m_parentPhone->syncUntilDrained());
        QVERIFY(m_server.restart());
        QVERIFY(reportAndPassTheMinute(sickToday(Students::eva)));
        QVERIFY(QTest::qWaitFor([&] { return mentorMessages().size() >= 2; }, 20000));
        QCOMPARE(mentorMessages().size(), 2);
        QVERIFY(mentorMessages().last().contains(QStringLiteral("Eva")));
        QVERIFY(!mentorMessages().join(QString()).contains(QStringLiteral("koorts")));
    }
};

QTEST_GUILESS_MAIN(TestFirstDayPush)
#include "tst_firstdaypush.moc"
