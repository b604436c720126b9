// Convergence under faults: several phones in different roles act at random
// while their connections fail at random, through two server instances on
// one PostgreSQL database; at the end every phone's data equals what the
// server says its user may see.
#include "faultproxy.h"
#include "postgresrequired.h"
#include "servertestsupport.h"

#include <QRandomGenerator>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;
using Aanwezig::Faults::Fault;
using Aanwezig::Faults::FaultProxy;
using Aanwezig::Faults::ProxiedRequest;

namespace {

constexpr int actions = 300;

struct Phone
{
    QString email;
    QString role;
    Role actingRole;
    int instance;
    std::unique_ptr<QTemporaryDir> directory;
    std::unique_ptr<Device> device;
};

// Fails about a third of the requests in every way the proxy knows.
Fault randomFault()
{
    const int dice = QRandomGenerator::global()->bounded(100);
    if (dice < 12)
        return Fault::drop();
    if (dice < 22)
        return Fault::cutAfterRequest();
    if (dice < 32)
        return Fault::duplicate();
    if (dice < 37)
        return Fault::delay(50);
    return Fault::pass();
}

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phonesConvergeThroughTwoInstancesOnPostgres()
    {
        AANWEZIG_REQUIRE_POSTGRES();
        SchoolServer school;
        QVERIFY(school.isPostgres());
        QVERIFY(school.start(0));
        QVERIFY(school.start(1));
        FaultProxy proxies[2];
        for (int i = 0; i < 2; ++i) {
            proxies[i].setUpstream(school.port(i));
            proxies[i].setRule([](const ProxiedRequest &) { return randomFault(); });
            QVERIFY(proxies[i].listen());
        }

        std::vector<Phone> phones;
        auto addPhone = [&](const QString &email, const QString &role, Role acting, int instance) {
            Phone phone{email, role, acting, instance, std::make_unique<QTemporaryDir>(), nullptr};
            phone.device = std::make_unique<Device>(phone.directory->path());
            // Pairing goes straight to the instance: it is not what is tested here.
            if (!phone.device->pair(school.url(instance), school.invite(email, role)))
                qFatal("pairing %s failed", qPrintable(email));
            phones.push_back(std::move(phone));
        };
        addPhone(People::parentOfS1, QStringLiteral("parent"), Role::Parent, 0);
        addPhone(People::parentOfS1, QStringLiteral("parent"), Role::Parent, 1);
        addPhone(People::parentOfS2, QStringLiteral("parent"), Role::Parent, 1);
        addPhone(People::mentorA, QStringLiteral("mentor"), Role::Mentor, 0);
        addPhone(People::team, QStringLiteral("team"), Role::Team, 1);
        for (Phone &phone : phones) {
            // From now on every phone talks through its instance's faulty proxy.
            Account account = phone.device->store().account();
            account.serverUrl = proxies[phone.instance].url().toString();
            QVERIFY(phone.device->store().setAccount(account));
            phone.device->client = std::make_unique<SyncClient>(
                &phone.device->store(), phone.device->tokens(), testSettings());
            phone.device->client->start();
        }

        auto *random = QRandomGenerator::global();
        for (int i = 0; i < actions; ++i) {
            Phone &phone = phones.at(random->bounded(int(phones.size())));
            act(phone, *random);
            QTest::qWait(random->bounded(20)); // let syncs and faults interleave
        }

        for (FaultProxy &proxy : proxies)
            proxy.setFault(Fault::pass());
        // Twice: the second time everyone pulls what the others pushed last.
        for (int pass = 0; pass < 2; ++pass) {
            for (Phone &phone : phones)
                QVERIFY2(phone.device->syncUntilDrained(), qPrintable(phone.email));
        }
        for (Phone &phone : phones) {
            const auto snapshot = snapshotOf(school, phone.email, phone.role, 1 - phone.instance);
            QVERIFY(snapshot);
            const QString differ = differences(visibleData(phone.device->store()), *snapshot);
            QVERIFY2(differ.isEmpty(), qPrintable(phone.email + QStringLiteral(":\n") + differ));
        }
        const auto mentorView = snapshotOf(school, People::mentorA, QStringLiteral("mentor"));
        QVERIFY(mentorView);
        QVERIFY(!mentorView->value(QStringLiteral("reports")).toArray().isEmpty());
    }

private:
    // One random user action; one the rules refuse on the phone is fine too.
    static void act(Phone &phone, QRandomGenerator &random)
    {
        LocalStore &store = phone.device->store();
        const QList<Person> people = store.people();
        if (people.isEmpty())
            return; // not pulled yet
        const QString student = people.at(random.bounded(int(people.size()))).id;
        if (phone.actingRole == Role::Parent) {
            // A refusal (an overlap the dice made) is part of the walk.
            static_cast<void>(store.reportAbsence(
                doctorVisit(student, random.bounded(1, 30), random.bounded(8, 16)), Role::Parent));
            return;
        }
        const QList<AbsenceReport> reports = store.reports();
        if (!reports.isEmpty() && random.bounded(2) == 0) {
            static_cast<void>(
                store.acknowledge(reports.at(random.bounded(int(reports.size()))).id));
            return;
        }
        ContactLogEntry entry;
        entry.id = QUuid::createUuid();
        entry.studentId = student;
        entry.outcome = QStringLiteral("Gebeld, het gaat beter");
        entry.at = currentWallTime();
        static_cast<void>(store.logContact(entry));
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
