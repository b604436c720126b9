// The phone never loses or mixes up a user's data, against the
// real aanwezig-server on 127.0.0.1 through the fault-injecting proxy:
// restored and copied phones, pairing whose token cannot be written, a token
// of another user, logout while a pull is under way, read errors, and asking
// before another user's pairing throws waiting changes away.
#include "apiclient.h"
#include "faultproxy.h"
#include "servertestsupport.h"
#include "synctestsupport.h"

#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace Aanwezig;
using namespace Aanwezig::SyncTest;
using Aanwezig::Faults::Fault;
using Aanwezig::Faults::FaultProxy;
using Aanwezig::Faults::ProxiedRequest;

namespace {

const QString nullClientId = QStringLiteral("00000000-0000-0000-0000-000000000000");

// A token file whose writes can be made to fail, as a phone without a
// keychain and with a full disk.
class FailingTokenStore : public FileTokenStore
{
public:
    using FileTokenStore::FileTokenStore;
    bool failWrites = false;
    bool writeToken(const QString &token) override
    {
        return !failWrites && FileTokenStore::writeToken(token);
    }
};

// A token file whose removal takes a while and runs the caller's event loop
// meanwhile, as QtKeychain's jobs made the sync thread do (the real keychain
// does not run on this machine).
class SlowRemovalTokenStore : public FileTokenStore
{
public:
    using FileTokenStore::FileTokenStore;
    void removeToken() override
    {
        QEventLoop loop;
        QTimer::singleShot(250, &loop, &QEventLoop::quit);
        loop.exec();
        FileTokenStore::removeToken();
    }
};

// A raw connection to a phone's store file, for breaking it on purpose.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(QUuid::createUuid().toString()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool run(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString m_name;
};

} // namespace

class TestSyncDataSafety : public QObject
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
        m_proxy.reset();
        m_school.reset();
        m_dir.reset();
    }

    // A paired profile copied (a backup restored on a new phone, the
    // install id copied along): each copy reports; both reports reach the
    // server exactly once, the second copy's under a new client id.
    void copiedProfileDeliversBothChangesOnce()
    {
        const QString original = directory(QStringLiteral("original"));
        const QString copy = directory(QStringLiteral("copy"));
        {
            Device phone(original);
            QVERIFY(phone.pair(m_proxy->url(), invite(People::parentOfS1)));
            QVERIFY(phone.syncUntilDrained());
        }
        for (const QString &file : {QStringLiteral("local.db"), QStringLiteral("token")})
            QVERIFY(QFile::copy(original + u'/' + file, copy + u'/' + file));

        Device first(original);
        Device second(copy);
        const QUuid sharedClient = second.store().clientId();
        const AbsenceReport fromFirst = doctorVisit(Students::anna, 1);
        const AbsenceReport fromSecond = doctorVisit(Students::eva, 2);
        QVERIFY(first.store().reportAbsence(fromFirst, Role::Parent));
        QVERIFY(first.syncUntilDrained());
        QVERIFY(second.store().reportAbsence(fromSecond, Role::Parent));
        QVERIFY(second.syncUntilDrained());
        QVERIFY(second.store().clientId() != sharedClient);
        QVERIFY(second.store().entries(OutboxState::Rejected).isEmpty());
        QVERIFY(mentorSeesExactly({fromFirst.id, fromSecond.id}));
    }

    // A store restored from a backup onto a phone with another install id
    // starts a new client id before it sends anything.
    void storeOfAnotherInstallStartsANewClient()
    {
        const QString original = directory(QStringLiteral("original"));
        const QString restored = directory(QStringLiteral("restored"));
        SyncSettings onOriginal = testSettings();
        onOriginal.installId = QStringLiteral("install-original");
        {
            Device phone(original, onOriginal);
            QVERIFY(phone.pair(m_proxy->url(), invite(People::parentOfS1)));
            QVERIFY(phone.syncUntilDrained());
        }
        for (const QString &file : {QStringLiteral("local.db"), QStringLiteral("token")})
            QVERIFY(QFile::copy(original + u'/' + file, restored + u'/' + file));
        SyncSettings onNewPhone = testSettings();
        onNewPhone.installId = QStringLiteral("install-new-phone");
        Device first(original, onOriginal);
        Device second(restored, onNewPhone);
        const QUuid sharedClient = second.store().clientId();
        QVERIFY(second.syncUntilDrained());
        QVERIFY(second.store().clientId() != sharedClient);
        QVERIFY(first.syncUntilDrained());
        QCOMPARE(first.store().clientId(), sharedClient);

        const AbsenceReport fromFirst = doctorVisit(Students::anna, 3);
        const AbsenceReport fromSecond = doctorVisit(Students::eva, 4);
        QVERIFY(first.store().reportAbsence(fromFirst, Role::Parent));
        QVERIFY(first.syncUntilDrained());
        QVERIFY(second.store().reportAbsence(fromSecond, Role::Parent));
        QVERIFY(second.syncUntilDrained());
        QVERIFY(mentorSeesExactly({fromFirst.id, fromSecond.id}));
    }

    // The token of the other parent cannot be written: nothing of the first
    // parent's phone changes, and their waiting report still goes out as theirs.
    void failedTokenWriteLeavesThePreviousUserWhole()
    {
        const QString path = directory(QStringLiteral("phone"));
        auto tokens = std::make_unique<FailingTokenStore>(path + QStringLiteral("/token"));
        LocalStore store;
        QVERIFY(store.open(path + QStringLiteral("/local.db")));
        SyncClient client(&store, tokens.get(), testSettings());
        QVERIFY(pair(client, invite(People::parentOfS1)));
        QVERIFY(syncUntilDrained(client));
        m_proxy->setFault(Fault::drop());
        const AbsenceReport report = doctorVisit(Students::anna, 2);
        QVERIFY(store.reportAbsence(report, Role::Parent));
        m_proxy->setFault(Fault::pass());

        tokens->failWrites = true;
        QSignalSpy finished(&client, &SyncClient::pairingFinished);
        QSignalSpy asked(&client, &SyncClient::pairingNeedsConfirmation);
        client.pair(m_proxy->url(), invite(People::parentOfS2), QStringLiteral("test phone"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !asked.isEmpty(), 10000);
        if (!asked.isEmpty())
            client.confirmPairing(true);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(store.account().userId, People::parentOfS1);
        QCOMPARE(peopleOf(store), (QStringList{Students::anna, Students::eva}));
        QCOMPARE(store.pendingCount(), 1);

        tokens->failWrites = false;
        QVERIFY(syncUntilDrained(client));
        QCOMPARE(peopleOf(store), (QStringList{Students::anna, Students::eva}));
        QVERIFY(mentorSeesExactly({report.id}));
        const auto mentor = snapshotOf(*m_school, People::mentorA, QStringLiteral("mentor"));
        QVERIFY(mentor);
        const QJsonObject seen =
            mentor->value(QStringLiteral("reports")).toArray().first().toObject();
        QCOMPARE(seen.value(QStringLiteral("reporter_id")).toString(), People::parentOfS1);
    }

    // The app died after writing another user's token, before the store took
    // the account: the store's data never goes out or comes in with it.
    void tokenOfAnotherUserIsNeverUsed()
    {
        const QString path = directory(QStringLiteral("phone"));
        Device phone(path);
        QVERIFY(phone.pair(m_proxy->url(), invite(People::parentOfS1)));
        QVERIFY(phone.syncUntilDrained());
        Test::ApiClient other(m_school->url().toString());
        const Test::ApiReply paired = other.pair(invite(People::parentOfS2));
        QCOMPARE(paired.status, 200);
        QVERIFY(phone.tokens()->writeToken(paired.json.value(QStringLiteral("token")).toString()));

        phone.client = std::make_unique<SyncClient>(&phone.store(), phone.tokens(), testSettings());
        const int requests = m_proxy->requestCount();
        QSignalSpy rounds(phone.client.get(), &SyncClient::roundFinished);
        phone.client->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 10000);
        QCOMPARE(rounds.first().first().toBool(), false);
        QCOMPARE(phone.status().lastError(), SyncStatus::ErrorKind::NeedsPairing);
        QCOMPARE(m_proxy->requestCount(), requests);
        QCOMPARE(peopleOf(phone.store()), (QStringList{Students::anna, Students::eva}));
    }

    // Logout while a pull is on its way and the token removal runs the event
    // loop: the store ends empty, without a cursor, and stays so.
    void logoutDuringAPullEndsEmpty()
    {
        const QString path = directory(QStringLiteral("phone"));
        SlowRemovalTokenStore tokens(path + QStringLiteral("/token"));
        LocalStore store;
        QVERIFY(store.open(path + QStringLiteral("/local.db")));
        SyncSettings settings = testSettings();
        settings.interval = std::chrono::milliseconds(20);
        SyncClient client(&store, &tokens, settings);
        QVERIFY(pair(client, invite(People::parentOfS1)));
        QVERIFY(syncUntilDrained(client));
        client.start();

        m_proxy->setRule([](const ProxiedRequest &request) {
            return request.path.startsWith("/v1/sync/pull") ? Fault::delay(400) : Fault::pass();
        });
        QSignalSpy seen(m_proxy.get(), &FaultProxy::requestSeen);
        client.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(seen.cbegin(), seen.cend(),
                        [](const QList<QVariant> &request) {
                            return request.first().value<ProxiedRequest>().path.startsWith(
                                "/v1/sync/pull");
                        }),
            10000);
        QVERIFY(client.logout());
        QVERIFY(store.people().isEmpty());
        QVERIFY(store.pullCursor().isEmpty());
        // Whatever was under way has had its time: nothing came back.
        QVERIFY(!QTest::qWaitFor(
            [&] { return !store.people().isEmpty() || !store.pullCursor().isEmpty(); }, 1500));
        QVERIFY(tokens.readToken().isEmpty());
        QVERIFY(!client.isPaired());
    }

    // A read error is a failed round, never "nothing waits"; and a push never
    // goes out without a client id.
    void readErrorsFailTheRound()
    {
        const QString path = directory(QStringLiteral("phone"));
        Device phone(path);
        QVERIFY(phone.pair(m_proxy->url(), invite(People::parentOfS1)));
        QVERIFY(phone.syncUntilDrained());
        RawConnection raw(path + QStringLiteral("/local.db"));

        QVERIFY(raw.run(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_unreadable")));
        QSignalSpy rounds(phone.client.get(), &SyncClient::roundFinished);
        phone.client->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 10000);
        QCOMPARE(rounds.first().first().toBool(), false);
        QCOMPARE(phone.status().lastError(), SyncStatus::ErrorKind::Server);
        QVERIFY(raw.run(QStringLiteral("ALTER TABLE outbox_unreadable RENAME TO outbox")));
        QVERIFY(phone.syncUntilDrained());

        QVERIFY(raw.run(QStringLiteral("DELETE FROM meta WHERE key = 'client_id'")));
        QSignalSpy seen(m_proxy.get(), &FaultProxy::requestSeen);
        rounds.clear();
        QVERIFY(phone.store().reportAbsence(doctorVisit(Students::anna, 1), Role::Parent));
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 10000);
        QCOMPARE(rounds.first().first().toBool(), false);
        QCOMPARE(phone.status().waitingCount(), 1);
        for (const QList<QVariant> &request : std::as_const(seen)) {
            const ProxiedRequest proxied = request.first().value<ProxiedRequest>();
            QVERIFY2(!proxied.path.startsWith("/v1/sync/push"), proxied.bytes.constData());
        }
    }

    // Pairing as another user while changes wait asks first; "no" keeps it
    // all, "yes" wipes it for the new user.
    void anotherUserAsksBeforeChangesAreLost()
    {
        const QString path = directory(QStringLiteral("phone"));
        Device phone(path);
        QVERIFY(phone.pair(m_proxy->url(), invite(People::parentOfS1)));
        QVERIFY(phone.syncUntilDrained());
        m_proxy->setFault(Fault::drop());
        QVERIFY(phone.store().reportAbsence(doctorVisit(Students::anna, 1), Role::Parent));
        QTRY_COMPARE(phone.status().waitingCount(), 1);
        m_proxy->setFault(Fault::pass());

        for (const bool replace : {false, true}) {
            QSignalSpy asked(phone.client.get(), &SyncClient::pairingNeedsConfirmation);
            QSignalSpy finished(phone.client.get(), &SyncClient::pairingFinished);
            phone.client->pair(m_proxy->url(), invite(People::parentOfS2),
                               QStringLiteral("test phone"));
            QVERIFY(asked.wait(10000));
            QCOMPARE(asked.first().at(0).toString(), People::parentOfS2);
            QCOMPARE(asked.first().at(1).toInt(), 1);
            QVERIFY(finished.isEmpty());
            phone.client->confirmPairing(replace);
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
            QCOMPARE(finished.first().first().toBool(), replace);
            QCOMPARE(phone.store().account().userId,
                     replace ? People::parentOfS2 : People::parentOfS1);
        }
        QVERIFY(phone.syncUntilDrained());
        // Parent two's children, Lex (S15) and Bas (S2), sorted by id.
        QCOMPARE(peopleOf(phone.store()), (QStringList{Students::lex, Students::bas}));
        QCOMPARE(phone.store().pendingCount(), 0);
    }

private:
    QString directory(const QString &name)
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(path);
        return path;
    }

    QString invite(const QString &email)
    {
        return m_school->invite(email, QStringLiteral("parent"));
    }

    bool pair(SyncClient &client, const QString &code)
    {
        QSignalSpy finished(&client, &SyncClient::pairingFinished);
        client.pair(m_proxy->url(), code, QStringLiteral("test phone"));
        return finished.wait(10000) && finished.first().first().toBool();
    }

    static bool syncUntilDrained(SyncClient &client)
    {
        QSignalSpy rounds(&client, &SyncClient::roundFinished);
        client.syncNow();
        return QTest::qWaitFor(
            [&] {
                return !rounds.isEmpty() && rounds.last().first().toBool() &&
                       client.status()->waitingCount() == 0 && !client.status()->isBusy();
            },
            20000);
    }

    static QStringList peopleOf(const LocalStore &store)
    {
        QStringList ids;
        for (const Person &person : store.people())
            ids.append(person.id);
        ids.sort();
        return ids;
    }

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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SchoolServer> m_school;
    std::unique_ptr<FaultProxy> m_proxy;
};

QTEST_GUILESS_MAIN(TestSyncDataSafety)
#include "tst_syncdatasafety.moc"
