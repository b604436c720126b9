// What a sync brings while the app runs but the user looks elsewhere (a
// desktop window that is not the active one) is shown as a notification
//: a new "Alles goed?" notice with its buttons, a message from
// school, a report seen by the mentor; for a mentor a parent's new report.
// Nothing while the user looks, nothing of what was there before, nothing of
// a kind switched off.
#include "device/foreground.h"
#include "domain/walltime.h"
#include "fixtureschool.h"
#include "notify/notificationcenter.h"
#include "notify/syncalerts.h"
#include "store/localstore.h"
#include "testdevices.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::NotifyTest;

namespace {

class TestForeground : public Foreground
{
public:
    bool inFront() const override { return looking; }
    bool looking = false;
};

const QString child = Test::Students::anna;

// The factory of pulled changes under a short name.
constexpr auto put = &ServerChange::put;

QJsonObject person()
{
    return {{QStringLiteral("id"), child},
            {QStringLiteral("first_name"), QStringLiteral("Anna")},
            {QStringLiteral("last_name"), QStringLiteral("Aalders")},
            {QStringLiteral("class"), QStringLiteral("1A")},
            {QStringLiteral("relation"), QStringLiteral("child")}};
}

QJsonObject notice(const QDate &date)
{
    AbsenceNotice n;
    n.studentId = child;
    n.date = date;
    n.notifiedAt = wallTime(date, QTime(9, 5));
    return n.toJson();
}

QJsonObject message(const QString &text)
{
    WarmMessage m;
    m.id = QUuid::createUuid();
    m.studentId = child;
    m.senderId = QStringLiteral("mentor-1");
    m.text = text;
    m.toParents = true;
    m.sentAt = currentWallTime();
    return m.toJson();
}

} // namespace

class TestSyncAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    TestForeground m_looking;
    RecordingNotifier m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
    std::unique_ptr<SyncAlerts> m_alerts;
    int m_page = 0;

    void open(Role role, const QString &userId)
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(userId + QStringLiteral(".db"))));
        QVERIFY(m_store->setAccount({QStringLiteral("https://school.example"), userId, {role}}));
        QVERIFY(m_store->applyPage({put("person", person())}, next()));
        QVERIFY(m_store->setLastSyncAt(QDateTime::currentDateTimeUtc()));
        m_center = std::make_unique<NotificationCenter>(&m_notifier, m_store.get());
        m_alerts = std::make_unique<SyncAlerts>(m_store.get(), &m_looking, m_center.get());
    }
    QString next() { return QStringLiteral("c%1").arg(++m_page); }

private Q_SLOTS:
    void init()
    {
        m_notifier.shown.clear();
        m_looking.looking = false;
    }
    void cleanup()
    {
        m_alerts.reset();
        m_center.reset();
        m_store.reset();
    }

    void aNewNoticeIsShownWithItsButtons()
    {
        open(Role::Parent, QStringLiteral("parent-1"));
        const QDate today = currentWallTime().date();
        QVERIFY(m_store->applyPage({put("absence_notice", notice(today))}, next()));
        QCOMPARE(m_notifier.shown.size(), 1);
        const SystemNotification &shown = m_notifier.shown.first();
        QCOMPARE(shown.title, QStringLiteral("Alles goed?"));
        QCOMPARE(shown.body,
                 QStringLiteral("Anna is vandaag niet op school en we hebben geen melding. "
                                "Alles goed?"));
        QCOMPARE(shown.actions.size(), 2);
        QCOMPARE(shown.actions.at(0).id, QStringLiteral("report_sick"));
        QCOMPARE(shown.actions.at(1).id, QStringLiteral("known"));

        // The same notice again (the next sync) is no news.
        QVERIFY(m_store->applyPage({put("absence_notice", notice(today))}, next()));
        QCOMPARE(m_notifier.shown.size(), 1);
        // "Ik weet ervan" from the desktop answers it.
        m_notifier.click(shown.key, QStringLiteral("known"));
        QCOMPARE(m_store->absenceNotices().first().answer, AbsenceNotice::Answer::Known);
    }

    void nothingWhileTheUserLooksOrOfWhatWasThere()
    {
        open(Role::Parent, QStringLiteral("parent-2"));
        QVERIFY(m_store->applyPage({put("warm_message", message(QStringLiteral("Ik mis je!")))},
                                   next()));
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().body, QStringLiteral("Ik mis je!"));

        m_looking.looking = true;
        QVERIFY(m_store->applyPage({put("warm_message", message(QStringLiteral("Hoi")))}, next()));
        QCOMPARE(m_notifier.shown.size(), 1);

        // Started again: what is on the phone is not news.
        m_looking.looking = false;
        m_alerts = std::make_unique<SyncAlerts>(m_store.get(), &m_looking, m_center.get());
        QVERIFY(m_store->applyPage({put("person", person())}, next()));
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void theFirstSyncAfterPairingIsNoNews()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("new.db"))));
        m_center = std::make_unique<NotificationCenter>(&m_notifier, m_store.get());
        m_alerts = std::make_unique<SyncAlerts>(m_store.get(), &m_looking, m_center.get());
        QVERIFY(m_store->setAccount({QStringLiteral("https://school.example"),
                                     QStringLiteral("parent-4"),
                                     {Role::Parent}}));
        QVERIFY(
            m_store->applyPage({put("warm_message", message(QStringLiteral("Welkom")))}, next()));
        QVERIFY(m_store->setLastSyncAt(QDateTime::currentDateTimeUtc()));
        QCOMPARE(m_notifier.shown.size(), 0);
        QVERIFY(m_store->applyPage({put("warm_message", message(QStringLiteral("Ik mis je!")))},
                                   next()));
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void aKindSwitchedOffStaysQuiet()
    {
        open(Role::Parent, QStringLiteral("parent-3"));
        NotificationSettings settings = m_store->notificationSettings();
        settings.kinds.insert(QStringLiteral("warm_message"), false);
        QVERIFY(m_store->saveNotificationSettings(settings));
        QVERIFY(m_store->applyPage({put("warm_message", message(QStringLiteral("Ik mis je!")))},
                                   next()));
        QCOMPARE(m_notifier.shown.size(), 0);
    }

    void aMentorHearsOfAParentsReport()
    {
        open(Role::Mentor, QStringLiteral("mentor-1"));
        AbsenceReport report;
        report.id = QUuid::createUuid();
        report.studentId = child;
        report.reporterId = QStringLiteral("parent-1");
        report.code = RegistrationCode::Z;
        report.start = currentWallTime();
        report.createdAt = currentWallTime();
        report.state = ReportState::Received;
        QVERIFY(m_store->applyPage({put("absence_report", report.toJson())}, next()));
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().body, QStringLiteral("Anna is afwezig gemeld."));
        // A tap opens the student.
        QSignalSpy opened(m_center.get(), &NotificationCenter::openRequested);
        m_notifier.click(m_notifier.shown.first().key);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<NotificationPayload::Link>().studentId, child);
    }
};

QTEST_GUILESS_MAIN(TestSyncAlerts)
#include "tst_syncalerts.moc"
