// The sequence-gap problem (server/PROTOCOL.md): two aanwezig-server
// instances on one PostgreSQL database, writers pushing through either
// instance at once, readers following their cursors through either instance
// meanwhile. Every reader must see every committed change it may see, exactly
// once and in commit order: a change that commits after a higher position
// was served would be skipped by a reader whose cursor already moved past it.
#include "entities.h"
#include "postgresrequired.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <thread>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

constexpr int writerCount = 6;
constexpr int pushesPerWriter = 20;
constexpr int readerDeadlineMs = 90000;
const QStringList students{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"),
                           QStringLiteral("S4")};
const QStringList classOneAStudents{QStringLiteral("S1"), QStringLiteral("S2")};

// One paired person with a client on each instance (the same token).
struct Person
{
    QString token;
    std::unique_ptr<ApiClient> onInstance[2];

    const ApiClient &via(int instance) const { return *onInstance[instance % 2]; }
};

// A contact entry a writer got applied.
struct Written
{
    QString id;
    QString student;
};

struct WriterResult
{
    QList<Written> applied; // in the writer's commit order
    QString error;
};

struct ReaderResult
{
    QStringList seen; // contact entry ids, in the order pulled
    int pulls = 0;
    QString error;
};

// Pushes contact entries, one to three per push, alternating instances.
WriterResult runWriter(const Person &writer, int writerIndex)
{
    WriterResult result;
    const QString clientId = newId();
    qint64 seq = 1;
    for (int push = 0; push < pushesPerWriter; ++push) {
        QJsonArray mutations;
        QList<Written> batch;
        for (int i = 0; i <= (writerIndex + push) % 3; ++i) {
            const Written entry{newId(), students.at((writerIndex + push + i) % students.size())};
            mutations.append(
                mutation(seq++, QLatin1String(Mutations::logContact),
                         {{QStringLiteral("entry"), contactJson(entry.id, entry.student)}}));
            batch.append(entry);
        }
        const ApiReply reply = writer.via(writerIndex + push).push(clientId, mutations);
        const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
        const bool allApplied =
            reply.status == 200 && results.size() == batch.size() &&
            std::all_of(results.begin(), results.end(), [](const QJsonValue &r) {
                return statusOf(r.toObject()) == QLatin1String("applied");
            });
        if (!allApplied) {
            result.error = QStringLiteral("push %1 of writer %2: %3 %4")
                               .arg(push)
                               .arg(writerIndex)
                               .arg(reply.status)
                               .arg(QString::fromUtf8(reply.body));
            return result;
        }
        result.applied += batch;
    }
    return result;
}

// Pulls from a snapshot on, alternating instances and page sizes, until a
// pull that started after every writer finished has nothing more.
ReaderResult runReader(const Person &reader, int readerIndex, const std::atomic<bool> &writersDone)
{
    static const int limits[] = {1, 3, 20, 1000};
    ReaderResult result;
    QString cursor; // null: a snapshot first
    const QDeadlineTimer deadline(readerDeadlineMs);
    while (!deadline.hasExpired()) {
        const bool lastRound = writersDone.load();
        const int turn = readerIndex + result.pulls++;
        const ApiReply reply = reader.via(turn).pull(cursor, limits[turn % 4]);
        if (reply.status != 200) {
            result.error = QStringLiteral("pull %1 from cursor '%2': %3 %4")
                               .arg(result.pulls)
                               .arg(cursor)
                               .arg(reply.status)
                               .arg(QString::fromUtf8(reply.body));
            return result;
        }
        for (const QJsonValue value : reply.json.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            if (change.value(QLatin1String("kind")).toString() ==
                QLatin1String("contact_log_entry"))
                result.seen.append(change.value(QLatin1String("id")).toString());
        }
        cursor = reply.json.value(QLatin1String("next_cursor")).toString();
        if (lastRound && !reply.json.value(QLatin1String("has_more")).toBool())
            return result;
    }
    result.error = QStringLiteral("the reader did not catch up within %1 ms").arg(readerDeadlineMs);
    return result;
}

// Null when `seen` holds exactly the expected entries of every writer, each
// once and in each writer's commit order; else what is wrong.
QString compareWithWriters(const QStringList &seen, const QList<WriterResult> &writers,
                           const QStringList &visibleStudents)
{
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < seen.size(); ++i) {
        if (position.contains(seen.at(i)))
            return QStringLiteral("entry %1 was pulled twice").arg(seen.at(i));
        position.insert(seen.at(i), i);
    }
    qsizetype expected = 0;
    for (int w = 0; w < writers.size(); ++w) {
        qsizetype previous = -1;
        for (const Written &entry : writers.at(w).applied) {
            if (!visibleStudents.contains(entry.student))
                continue;
            ++expected;
            const qsizetype at = position.value(entry.id, -1);
            if (at < 0)
                return QStringLiteral("entry %1 of writer %2 was never pulled: skipped")
                    .arg(entry.id)
                    .arg(w);
            if (at < previous)
                return QStringLiteral("entry %1 of writer %2 was pulled before an earlier one")
                    .arg(entry.id)
                    .arg(w);
            previous = at;
        }
    }
    if (expected != seen.size())
        return QStringLiteral("%1 entries pulled, %2 expected").arg(seen.size()).arg(expected);
    return {};
}

} // namespace

class TestConcurrentSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        AANWEZIG_REQUIRE_POSTGRES();
        const QStringList limits{QStringLiteral("--pair-rate-address"), QStringLiteral("1000")};
        QVERIFY2(m_school.setUp(limits), qPrintable(m_school.errorString()));
        QVERIFY2(m_second.start(m_school.database().url(), limits),
                 qPrintable(m_second.errorString()));
    }

    void everyReaderSeesEveryChangeOnceInOrder()
    {
        std::vector<Person> writers;
        for (int w = 0; w < writerCount; ++w)
            writers.push_back(
                pair(QStringLiteral("writer%1@school.nl").arg(w), QStringLiteral("team")));
        std::vector<Person> readers;
        QList<QStringList> readerSees; // the students whose entries each reader may see
        for (int r = 0; r < 3; ++r) {
            readers.push_back(
                pair(QStringLiteral("reader%1@school.nl").arg(r), QStringLiteral("team")));
            readerSees.append(students);
        }
        readers.push_back(pair(People::mentorA, QStringLiteral("mentor")));
        readerSees.append(classOneAStudents);
        for (const auto *group : {&writers, &readers})
            for (const Person &person : *group)
                QVERIFY(!person.token.isEmpty());

        std::atomic<bool> writersDone{false};
        QList<ReaderResult> read(qsizetype(readers.size()));
        std::vector<std::thread> readerThreads;
        for (int r = 0; r < int(readers.size()); ++r)
            readerThreads.emplace_back([&, r] { read[r] = runReader(readers[r], r, writersDone); });
        QList<WriterResult> written(qsizetype(writers.size()));
        std::vector<std::thread> writerThreads;
        for (int w = 0; w < int(writers.size()); ++w)
            writerThreads.emplace_back([&, w] { written[w] = runWriter(writers[w], w); });
        for (std::thread &thread : writerThreads)
            thread.join();
        writersDone = true;
        for (std::thread &thread : readerThreads)
            thread.join();

        qsizetype total = 0;
        for (const WriterResult &writer : written) {
            QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
            total += writer.applied.size();
        }
        for (int r = 0; r < read.size(); ++r) {
            QVERIFY2(read.at(r).error.isEmpty(), qPrintable(read.at(r).error));
            const QString problem = compareWithWriters(read.at(r).seen, written, readerSees.at(r));
            QVERIFY2(problem.isNull(),
                     qPrintable(QStringLiteral("reader %1: %2").arg(r).arg(problem)));
            qInfo("reader %d: %lld of %lld entries in %d pulls", r,
                  qlonglong(read.at(r).seen.size()), qlonglong(total), read.at(r).pulls);
        }
        // Both instances took pushes and pulls.
        for (const QString &log : {m_school.server().log(), m_second.log()}) {
            QVERIFY(log.contains(QLatin1String("POST /v1/sync/push 200")));
            QVERIFY(log.contains(QLatin1String("GET /v1/sync/pull 200")));
        }
    }

private:
    // Pairs a new device of the person (alternating instances) and gives it a
    // client on each instance.
    Person pair(const QString &email, const QString &role)
    {
        Person person;
        ApiClient pairing(m_pairings++ % 2 == 0 ? m_school.server().baseUrl() : m_second.baseUrl());
        person.token = pairing.pair(m_school.invite(email, role))
                           .json.value(QLatin1String("token"))
                           .toString();
        for (int i = 0; i < 2; ++i) {
            person.onInstance[i] = std::make_unique<ApiClient>(i == 0 ? m_school.server().baseUrl()
                                                                      : m_second.baseUrl());
            person.onInstance[i]->setToken(person.token);
        }
        return person;
    }

    TestSchool m_school;
    ServerProcess m_second{QStringLiteral(AANWEZIG_SERVER_BIN)};
    int m_pairings = 0;
};

QTEST_GUILESS_MAIN(TestConcurrentSync)
#include "tst_concurrentsync.moc"
