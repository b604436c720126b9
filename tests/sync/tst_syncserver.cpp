// The sync client against the real aanwezig-server on 127.0.0.1, through the
// fault-injecting proxy ("Proven under faults", in-process scenarios).
#include "faultproxy.h"
#include "servertestsupport.h"
#include "sync/syncengine.h"
#include "synctestsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;
using Aanwezig::Faults::Fault;
using Aanwezig::Faults::FaultProxy;
using Aanwezig::Faults::ProxiedRequest;

class TestSyncServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_school = std::make_unique<SchoolServer>();
        QVERIFY(m_school->start());
        m_proxy = std::make_unique<FaultProxy>();
        m_proxy->setUpstream(m_school->port());
        QVERIFY(m_proxy->listen());
    }

    void cleanup()
    {
        m_devices.clear();
        m_proxy.reset();
        m_school.reset();
        m_dir.reset();
    }

    void pairsAndPullsWhatTheParentMaySee()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(parent.syncUntilDrained());
        QStringList children;
        for (const Person &person : parent.store().people())
            children.append(person.id);
        children.sort();
        QCOMPARE(children, (QStringList{Students::anna, Students::eva}));
        QCOMPARE(parent.store().account().userId, People::parentOfS1);
        QVERIFY(parent.status().lastSyncAt().isValid());
        QCOMPARE(parent.status().lastError(), SyncStatus::ErrorKind::None);
    }

    void reportReachesTheMentorAndTheAcknowledgementComesBack()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        Device &mentor = pairedDevice(People::mentorA, QStringLiteral("mentor"));
        QVERIFY(parent.syncUntilDrained());
        const AbsenceReport report = doctorVisit(Students::anna, 1);
        QVERIFY(parent.store().reportAbsence(report, Role::Parent));
        // Every action syncs by itself.
        QTRY_COMPARE_WITH_TIMEOUT(parent.status().waitingCount(), 0, 10000);
        QVERIFY(mentor.syncUntilDrained());
        QVERIFY(mentor.store().report(report.id));
        QVERIFY(mentor.store().acknowledge(report.id));
        QTRY_COMPARE_WITH_TIMEOUT(mentor.status().waitingCount(), 0, 10000);
        QVERIFY(parent.syncUntilDrained());
        QCOMPARE(parent.store().report(report.id)->state, ReportState::SeenByMentor);
    }

    // Scenario 2: the server commits but the reply is lost; also a request
    // that arrives twice. Each counts once.
    void lostReplyAndRepeatedRequestCountOnce()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(parent.syncUntilDrained());
        m_proxy->setRule(faultOnPush(Fault::cutAfterRequest(), 1));
        const AbsenceReport first = doctorVisit(Students::anna, 1);
        QVERIFY(parent.store().reportAbsence(first, Role::Parent));
        QVERIFY(parent.syncUntilDrained());
        m_proxy->setRule(faultOnPush(Fault::duplicate(), 1));
        const AbsenceReport second = doctorVisit(Students::anna, 2);
        QVERIFY(parent.store().reportAbsence(second, Role::Parent));
        QVERIFY(parent.syncUntilDrained());
        QCOMPARE(parent.store().entries(OutboxState::Rejected).size(), 0);
        QVERIFY(mentorSeesExactly((QSet<QUuid>{first.id, second.id})));
    }

    // Scenario 3: the server is killed and restarted mid-sync.
    void serverRestartMidSyncConverges()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(parent.syncUntilDrained());
        QSet<QUuid> reported;
        for (int day = 1; day <= 60; ++day) {
            const AbsenceReport report = doctorVisit(Students::eva, day);
            QVERIFY(parent.store().reportAbsence(report, Role::Parent));
            reported.insert(report.id);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requestCount() > 3, 10000);
        m_school->kill();
        QTRY_COMPARE_WITH_TIMEOUT(parent.status().lastError(), SyncStatus::ErrorKind::Network,
                                  10000);
        QVERIFY(parent.status().waitingCount() > 0);
        QVERIFY(m_school->start());
        m_proxy->setUpstream(m_school->port()); // the restarted server listens elsewhere
        QTRY_COMPARE_WITH_TIMEOUT(parent.status().waitingCount(), 0, 10000);
        QVERIFY(mentorSeesExactly(reported));
        const auto snapshot = snapshotOf(*m_school, People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(snapshot);
        QCOMPARE(visibleData(parent.store()), *snapshot);
    }

    // Scenario 5: one invalid mutation among 100: 99 applied, 1 rejected and shown.
    void oneRejectedAmongHundred()
    {
        Device &phone = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        Device &otherPhone = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(phone.syncUntilDrained());
        QVERIFY(otherPhone.syncUntilDrained());
        // The other phone reports day 50 first; this phone does not know yet.
        QVERIFY(otherPhone.store().reportAbsence(doctorVisit(Students::anna, 50), Role::Parent));
        QVERIFY(otherPhone.syncUntilDrained());

        m_proxy->setFault(Fault::drop()); // collect all hundred before they go
        QSet<QUuid> valid;
        AbsenceReport clash;
        for (int day = 1; day <= 100; ++day) {
            const AbsenceReport report = doctorVisit(Students::anna, day);
            QVERIFY(phone.store().reportAbsence(report, Role::Parent));
            if (day == 50)
                clash = report;
            else
                valid.insert(report.id);
        }
        QCOMPARE(phone.status().waitingCount(), 100);
        m_proxy->setFault(Fault::pass());
        QVERIFY(phone.syncUntilDrained());

        const QList<OutboxEntry> rejected = phone.store().entries(OutboxState::Rejected);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().reason, QStringLiteral("overlap"));
        QCOMPARE(phone.status().rejectedCount(), 1);
        QCOMPARE(phone.store().entries(OutboxState::Sent).size() >= 99, true);
        QVERIFY(phone.store().report(clash.id) == std::nullopt); // undone, not retried
        const SeenReports mentorSees =
            reportsSeenBy(*m_school, People::mentorA, QStringLiteral("mentor"));
        QVERIFY(mentorSees.ids.contains(valid));
        QVERIFY(!mentorSees.ids.contains(clash.id));
        QCOMPARE(mentorSees.count, 100); // 99 from this phone, 1 from the other
        QCOMPARE(mentorSees.ids.size(), 100);
    }

    // Scenario 6: a flapping connection for a minute, then stable.
    void flappingThenStableDrainsWithinTenSeconds()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"), SyncSettings{});
        QVERIFY(parent.syncUntilDrained());
        QSet<QUuid> reported;
        auto *random = QRandomGenerator::global();
        m_proxy->setRule([random](const ProxiedRequest &) {
            switch (random->bounded(4)) {
            case 0:
                return Fault::drop();
            case 1:
                return Fault::cutAfterRequest();
            case 2:
                return Fault::delay(100);
            default:
                return Fault::pass();
            }
        });
        QDeadlineTimer flapping(60 * 1000);
        int day = 1;
        while (!flapping.hasExpired()) {
            // Both children: a student has at most 200 future reports.
            const AbsenceReport report = doctorVisit(day % 2 ? Students::anna : Students::eva, day);
            ++day;
            QVERIFY(parent.store().reportAbsence(report, Role::Parent));
            reported.insert(report.id);
            QTest::qWait(250); // the user acts now and then while the network flaps
        }
        m_proxy->setFault(Fault::pass());
        QTRY_COMPARE_WITH_TIMEOUT(parent.status().waitingCount(), 0, 10000);
        QVERIFY(mentorSeesExactly(reported));
    }

    // Scenario 7: revoked with 1,000 changes waiting; nothing lost,
    // all delivered once after pairing again.
    void revokedKeepsTheQueueUntilPairedAgain()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(parent.syncUntilDrained());
        m_school->revoke(People::parentOfS1);
        m_proxy->setFault(Fault::drop());
        QSet<QUuid> reported;
        // 500 reports, each withdrawn again: 1,000 changes within the
        // server's bounds (a year ahead, 200 future reports per student).
        for (int i = 0; i < 500; ++i) {
            const AbsenceReport report = doctorVisit(Students::eva, 1 + i / 10, 8 + i % 10);
            QVERIFY(parent.store().reportAbsence(report, Role::Parent));
            QVERIFY(parent.store().withdraw(report.id));
            reported.insert(report.id);
        }
        m_proxy->setFault(Fault::pass());
        parent.client->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(parent.status().lastError(), SyncStatus::ErrorKind::NeedsPairing,
                                  10000);
        QCOMPARE(parent.status().waitingCount(), 1000);
        QVERIFY(!parent.status().isBusy());
        const int requests = m_proxy->requestCount();
        QTest::qWait(300); // no automatic retries after a 401
        QCOMPARE(m_proxy->requestCount(), requests);

        QVERIFY(parent.pair(m_proxy->url(),
                            m_school->invite(People::parentOfS1, QStringLiteral("parent"))));
        QTRY_COMPARE_WITH_TIMEOUT(parent.status().waitingCount(), 0, 20000);
        QVERIFY(mentorSeesExactly(reported));
    }

    // 426: the queue is kept and the app says it needs an update; after the
    // update (here: the header is no longer changed) it all goes through.
    void unsupportedProtocolKeepsTheQueue()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(parent.syncUntilDrained());
        m_proxy->setFault(Fault::rewrite("Aanwezig-Protocol: 1", "Aanwezig-Protocol: 0"));
        const AbsenceReport report = doctorVisit(Students::anna, 5);
        QVERIFY(parent.store().reportAbsence(report, Role::Parent));
        QTRY_COMPARE_WITH_TIMEOUT(parent.status().lastError(), SyncStatus::ErrorKind::NeedsUpdate,
                                  10000);
        QCOMPARE(parent.status().waitingCount(), 1);
        QVERIFY(parent.status().isOnline()); // the server answered
        const int requests = m_proxy->requestCount();
        QTest::qWait(300); // no automatic retries after a 426
        QCOMPARE(m_proxy->requestCount(), requests);

        m_proxy->setFault(Fault::pass());
        QVERIFY(parent.syncUntilDrained());
        QVERIFY(mentorSeesExactly({report.id}));
    }

    void logoutWipesAndStartsANewClient()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        QVERIFY(parent.syncUntilDrained());
        m_proxy->setFault(Fault::drop());
        QVERIFY(parent.store().reportAbsence(doctorVisit(Students::anna, 3), Role::Parent));
        QTRY_COMPARE(parent.status().waitingCount(), 1); // what the UI warns about
        const QUuid clientBefore = parent.store().clientId();
        QVERIFY(parent.client->logout());
        QVERIFY(!parent.client->isPaired());
        QCOMPARE(parent.status().waitingCount(), 0);
        QVERIFY(parent.store().people().isEmpty());
        QVERIFY(parent.store().reports().isEmpty());
        QVERIFY(parent.store().clientId() != clientBefore);
        QCOMPARE(parent.status().lastError(), SyncStatus::ErrorKind::NeedsPairing);
    }

    // Retention on the server reaches a synced phone: a warm message past its
    // period is deleted there on the next pull, the report (kept for the
    // absence administration) stays.
    void retentionReachesThePhone()
    {
        Device &parent = pairedDevice(People::parentOfS1, QStringLiteral("parent"));
        Device &mentor = pairedDevice(People::mentorA, QStringLiteral("mentor"));
        const AbsenceReport report = doctorVisit(Students::anna, 2);
        QVERIFY(parent.store().reportAbsence(report, Role::Parent));
        WarmMessage missYou;
        missYou.id = QUuid::createUuid();
        missYou.studentId = Students::anna;
        missYou.text = QStringLiteral("Ik mis je!");
        missYou.toParents = true;
        QVERIFY(mentor.store().sendMessage(missYou));
        QVERIFY(mentor.syncUntilDrained());
        QVERIFY(parent.syncUntilDrained());
        QCOMPARE(parent.store().messages(Students::anna).size(), 1);

        // Sent today: past one school year after the end of this school year.
        const QDate today = QDate::currentDate();
        const QDate yearEnd(today.month() >= 8 ? today.year() + 1 : today.year(), 7, 31);
        m_school->retention(yearEnd.addYears(1));
        QVERIFY(parent.syncUntilDrained());
        QCOMPARE(parent.store().messages(Students::anna).size(), 1);
        m_school->retention(yearEnd.addYears(1).addDays(1));
        QVERIFY(parent.syncUntilDrained());
        QVERIFY(parent.store().messages(Students::anna).isEmpty());
        QVERIFY(parent.store().report(report.id));
        QVERIFY(mentor.syncUntilDrained());
        QVERIFY(mentor.store().messages(Students::anna).isEmpty());
        QVERIFY(mentor.store().report(report.id));
    }

    // The app's way: the client in its own thread, the UI's store on the same file.
    // A new school year: the roster moves a student to another mentor and the
    // school records the mentor's language. The phone drops the student it
    // may no longer see, with their rows, on its next pull; it learns its
    // language when the app starts again.
    void newRosterReachesThePhoneAtTheNextStart()
    {
        Device &mentor = pairedDevice(People::mentorA, QStringLiteral("mentor"));
        QVERIFY(mentor.syncUntilDrained());
        const auto peopleOn = [](Device &device) {
            QStringList ids;
            for (const Person &person : device.store().people())
                ids.append(person.id);
            ids.sort();
            return ids;
        };
        // Class 1A; Bas leaves it in the new roster.
        QStringList classOneA{Students::anna, Students::bas,  Students::eva,   Students::gijs,
                              Students::hiba, Students::ilse, Students::joris, Students::kaan};
        classOneA.sort();
        QCOMPARE(peopleOn(mentor), classOneA);
        classOneA.removeOne(Students::bas);
        WarmMessage missYou;
        missYou.id = QUuid::createUuid();
        missYou.studentId = Students::bas;
        missYou.text = QStringLiteral("Ik mis je!");
        QVERIFY(mentor.store().sendMessage(missYou));
        QVERIFY(mentor.syncUntilDrained());
        QCOMPARE(mentor.store().messages(Students::bas).size(), 1);

        m_school->importRoster(Test::FixtureSchool::file(QStringLiteral("roster-moved.csv")));
        m_school->invite(People::mentorA, QStringLiteral("mentor"), QStringLiteral("en"));
        // Still running: the next pull drops the student and their message.
        QVERIFY(mentor.syncUntilDrained());
        QCOMPARE(peopleOn(mentor), classOneA);
        QVERIFY(mentor.store().messages(Students::bas).isEmpty());
        QCOMPARE(mentor.store().account().language, QStringLiteral("nl"));

        mentor.client =
            std::make_unique<SyncClient>(&mentor.store(), mentor.tokens(), testSettings());
        QVERIFY(mentor.syncUntilDrained());
        QCOMPARE(peopleOn(mentor), classOneA);
        QVERIFY(mentor.store().messages(Students::bas).isEmpty());
        QCOMPARE(mentor.store().account().language, QStringLiteral("en"));
        QCOMPARE(mentor.store().account().roles, QList<Role>{Role::Mentor});
    }

    void engineSyncsInItsOwnThread()
    {
        const QString directory = m_dir->filePath(QStringLiteral("app"));
        QDir().mkpath(directory);
        const QString path = directory + QStringLiteral("/local.db");
        LocalStore ui;
        QVERIFY(ui.open(path));
        FileTokenStore tokens(directory + QStringLiteral("/token"));
        SyncEngine engine(path, &tokens, testSettings());
        QSignalSpy paired(&engine, &SyncEngine::pairingFinished);
        engine.pair(m_proxy->url().toString(),
                    m_school->invite(People::parentOfS1, QStringLiteral("parent")),
                    QStringLiteral("app"));
        QVERIFY(paired.wait(10000));
        QCOMPARE(paired.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(engine.status()->lastSyncAt().isValid(), 10000);
        QTRY_COMPARE(ui.people().size(), 2); // pulled by the sync thread, seen by the UI

        const AbsenceReport report = doctorVisit(Students::eva, 4);
        QSignalSpy seen(m_proxy.get(), &FaultProxy::requestSeen);
        QVERIFY(ui.reportAbsence(report, Role::Parent)); // the action alone starts a sync
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(seen.cbegin(), seen.cend(),
                        [](const QList<QVariant> &request) {
                            return request.first().value<ProxiedRequest>().path.startsWith(
                                "/v1/sync/push");
                        }),
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.status()->waitingCount(), 0, 10000);
        QCOMPARE(ui.pendingCount(), 0);
        QVERIFY(mentorSeesExactly({report.id}));

        QSignalSpy loggedOut(&engine, &SyncEngine::loggedOut);
        engine.logout();
        QVERIFY(loggedOut.wait(10000));
        QCOMPARE(loggedOut.first().first().toBool(), true);
        QVERIFY(ui.people().isEmpty());
        QVERIFY(tokens.readToken().isEmpty());
    }

    // A folder where the database file should be: the sync thread's store
    // cannot open, and pairing says so instead of waiting for ever.
    void pairingEndsWhenTheStoreCannotOpen()
    {
        const QString directory = m_dir->filePath(QStringLiteral("broken"));
        const QString path = directory + QStringLiteral("/local.db");
        QVERIFY(QDir().mkpath(path));
        FileTokenStore tokens(directory + QStringLiteral("/token"));
        SyncEngine engine(path, &tokens, testSettings());
        QSignalSpy paired(&engine, &SyncEngine::pairingFinished);
        engine.pair(m_proxy->url().toString(),
                    m_school->invite(People::parentOfS1, QStringLiteral("parent")),
                    QStringLiteral("app"));
        QVERIFY(paired.wait(10000));
        QCOMPARE(paired.first().at(0).toBool(), false);
        QCOMPARE(paired.first().at(1).toString(), QStringLiteral("storage_error"));
        QVERIFY(!paired.first().at(2).toString().isEmpty());
        QVERIFY(tokens.readToken().isEmpty());
    }

private:
    Device &pairedDevice(const QString &email, const QString &role,
                         SyncSettings settings = testSettings())
    {
        const QString directory =
            m_dir->filePath(QStringLiteral("device-%1").arg(m_devices.size()));
        QDir().mkpath(directory);
        m_devices.push_back(std::make_unique<Device>(directory, settings));
        Device &device = *m_devices.back();
        if (!device.pair(m_proxy->url(), m_school->invite(email, role)))
            qFatal("pairing %s failed", qPrintable(email));
        return device;
    }

    // The mentor of 1A sees exactly these reports on the server, each once.
    bool mentorSeesExactly(const QSet<QUuid> &expected)
    {
        const SeenReports seen =
            reportsSeenBy(*m_school, People::mentorA, QStringLiteral("mentor"));
        if (seen.count == expected.size() && seen.ids == expected)
            return true;
        qWarning() << "the mentor sees" << seen.count << "reports," << seen.ids.size()
                   << "different; expected" << expected.size();
        return false;
    }

    // The first `count` pushes get `fault`, everything else passes.
    static FaultProxy::Rule faultOnPush(Fault fault, int count)
    {
        auto left = std::make_shared<int>(count);
        return [fault, left](const ProxiedRequest &request) {
            if (request.path.startsWith("/v1/sync/push") && *left > 0) {
                --*left;
                return fault;
            }
            return Fault::pass();
        };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SchoolServer> m_school;
    std::unique_ptr<FaultProxy> m_proxy;
    std::vector<std::unique_ptr<Device>> m_devices;
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
