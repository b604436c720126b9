// Two server instances sharing one SQLite file (BEGIN IMMEDIATE serialises
// their writers), hammered by concurrent writers and readers: every reader
// sees every change and every mutation is applied exactly once. The
// PostgreSQL variant is tests/deployment/tst_concurrentsync.
#include "entities.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QtTest>
#include <atomic>
#include <mutex>
#include <thread>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {
constexpr int writers = 6;
constexpr int pushesPerWriter = 30;
constexpr int mutationsPerPush = 5;
constexpr int readers = 4;
const QStringList students{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"),
                           QStringLiteral("S4")};
} // namespace

class TstServerConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void everyReaderSeesEveryChange();
};

void TstServerConcurrency::everyReaderSeesEveryChange()
{
    TestSchool school;
    // All writers are one team member: no push rate limit here.
    const QStringList serveArgs{QStringLiteral("--pair-rate-address"), QStringLiteral("1000"),
                                QStringLiteral("--threads"),           QStringLiteral("12"),
                                QStringLiteral("--push-rate-user"),    QStringLiteral("1000000")};
    QVERIFY2(school.setUp(serveArgs), qPrintable(school.errorString()));
    ServerProcess second{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QVERIFY2(second.start(school.database().url(), serveArgs), qPrintable(second.errorString()));
    const QStringList instances{school.server().baseUrl(), second.baseUrl()};

    // Each writer and reader is a team member's device, alternating instances.
    QStringList tokens;
    for (int i = 0; i < writers + readers; ++i) {
        ApiClient api(instances.at(i % 2));
        const ApiReply reply = api.pair(school.invite(People::team, QStringLiteral("team")));
        QCOMPARE(reply.status, 200);
        tokens.append(reply.json.value(QLatin1String("token")).toString());
    }

    std::atomic<bool> writersDone{false};
    std::mutex mutex;
    QSet<QString> written;
    QStringList problems;
    std::vector<QSet<QString>> seen(readers);

    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            const QString clientId = newId();
            qint64 seq = 0;
            for (int p = 0; p < pushesPerWriter; ++p) {
                ApiClient api(instances.at((w + p) % 2)); // switches instance every push
                api.setToken(tokens.at(w));
                QJsonArray batch;
                QStringList ids;
                for (int m = 0; m < mutationsPerPush; ++m) {
                    ids.append(newId());
                    batch.append(mutation(
                        ++seq, QLatin1String(Mutations::sendMessage),
                        {{QStringLiteral("message"),
                          messageJson(ids.last(), students.at(m % students.size()), true, true)}}));
                }
                const ApiReply reply = api.push(QString(clientId), batch);
                std::lock_guard lock(mutex);
                if (reply.status != 200) {
                    problems << QStringLiteral("writer %1: push %2 got %3 %4")
                                    .arg(w)
                                    .arg(p)
                                    .arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body));
                    return;
                }
                for (const QString &id : ids)
                    written.insert(id);
            }
        });
    }
    for (int r = 0; r < readers; ++r) {
        threads.emplace_back([&, r] {
            QString cursor;
            bool snapshotDone = false;
            int page = 0;
            for (;;) {
                const bool finalRound = writersDone.load();
                ApiClient api(instances.at((r + page++) % 2));
                api.setToken(tokens.at(writers + r));
                ApiReply reply;
                do {
                    reply = api.pull(snapshotDone ? cursor : QString(), 37);
                    if (reply.status != 200) {
                        std::lock_guard lock(mutex);
                        problems << QStringLiteral("reader %1 got %2").arg(r).arg(reply.status);
                        return;
                    }
                    snapshotDone = true;
                    for (const QJsonValue change :
                         reply.json.value(QLatin1String("changes")).toArray()) {
                        if (change.toObject().value(QLatin1String("kind")).toString() ==
                            QLatin1String("warm_message"))
                            seen[size_t(r)].insert(
                                change.toObject().value(QLatin1String("id")).toString());
                    }
                    cursor = reply.json.value(QLatin1String("next_cursor")).toString();
                } while (reply.json.value(QLatin1String("has_more")).toBool());
                if (finalRound)
                    return; // this round started after the last write
            }
        });
    }
    for (int w = 0; w < writers; ++w)
        threads[size_t(w)].join();
    writersDone = true;
    for (size_t t = writers; t < threads.size(); ++t)
        threads[t].join();

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(written.size(), writers * pushesPerWriter * mutationsPerPush);
    for (int r = 0; r < readers; ++r) {
        const QSet<QString> missed = written - seen.at(size_t(r));
        QVERIFY2(
            missed.isEmpty(),
            qPrintable(QStringLiteral("reader %1 missed %2 changes").arg(r).arg(missed.size())));
        QCOMPARE(seen.at(size_t(r)).size(), written.size());
    }
    // Every message exactly once in a fresh snapshot.
    ApiClient check(instances.at(1));
    check.setToken(tokens.first());
    bool ok = false;
    QString cursor;
    int messages = 0;
    for (const QJsonObject &change : pullAll(check, {}, 1000, &cursor, &ok))
        messages += change.value(QLatin1String("kind")).toString() == QLatin1String("warm_message");
    QVERIFY(ok);
    QCOMPARE(messages, written.size());
}

QTEST_GUILESS_MAIN(TstServerConcurrency)
#include "tst_serverconcurrency.moc"
