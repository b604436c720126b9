// Recovery and bounded growth against the real aanwezig-server, on
// SQLite and (as tst_serverbounds_postgres) on PostgreSQL: cursors of a
// restored database, control characters, bounded client bookkeeping, the
// push rate limit.
#include "entities.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

QJsonArray oneReport(qint64 seq, const QString &student, int hour, int inDays = 0)
{
    QJsonObject report = reportJson(newId(), student, RegistrationCode::D, hour);
    const QString day = QDate::currentDate().addDays(inDays).toString(Qt::ISODate);
    report.insert(QStringLiteral("start"),
                  day + QStringLiteral("T%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    report.insert(QStringLiteral("end"),
                  day + QStringLiteral("T%1:30").arg(hour, 2, 10, QLatin1Char('0')));
    return {mutation(seq, QLatin1String(Mutations::reportAbsence),
                     {{QStringLiteral("report"), report}})};
}

// Every string leaf of `json` (keys of nested objects included), each as a
// copy of `json` with that string spoiled by `spoil`.
void spoiledCopies(const QJsonValue &json, const std::function<QJsonValue(QJsonValue)> &rebuild,
                   const QString &spoil, QList<QJsonValue> *out)
{
    if (json.isString()) {
        out->append(rebuild(json.toString() + spoil));
    } else if (json.isObject()) {
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            spoiledCopies(
                it.value(),
                [&, key](QJsonValue inner) {
                    QJsonObject copy = object;
                    copy.insert(key, inner);
                    return rebuild(copy);
                },
                spoil, out);
        }
        QJsonObject withKey = object;
        withKey.insert(QStringLiteral("extra") + spoil, 1);
        out->append(rebuild(withKey));
    }
}

} // namespace

class TstServerBounds : public QObject
{
    Q_OBJECT

private:
    TestSchool m_school;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("1000"),
                                 QStringLiteral("--push-rate-user"), QStringLiteral("100000")}),
                 qPrintable(m_school.errorString()));
    }

    void cursorFromBeforeARestoreIsRefused()
    {
        auto parent = m_school.paired(People::parentOfS1, QStringLiteral("parent"));
        auto team = m_school.paired(People::team, QStringLiteral("team"));
        const QString client = newId();
        QCOMPARE(parent->push(client, oneReport(1, QStringLiteral("S1"), 7, 20)).status, 200);
        QTemporaryDir directory;
        const QString backup = directory.filePath(QStringLiteral("school.backup"));
        const CommandResult backedUp =
            m_school.command({QStringLiteral("backup"), QStringLiteral("--to"), backup});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QCOMPARE(
            m_school.command({QStringLiteral("backup"), QStringLiteral("--to"), backup}).exitCode,
            1); // never over an existing file

        // After the backup: two more reports, and the team's cursor past them.
        QCOMPARE(parent->push(client, oneReport(2, QStringLiteral("S1"), 8, 20)).status, 200);
        QCOMPARE(parent->push(client, oneReport(3, QStringLiteral("S1"), 9, 20)).status, 200);
        bool ok = false;
        QString cursor;
        pullAll(*team, {}, 1000, &cursor, &ok);
        QVERIFY(ok);

        m_school.server().stop();
        const CommandResult restored =
            m_school.command({QStringLiteral("restore"), QStringLiteral("--from"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY2(m_school.server().restart(), qPrintable(m_school.server().errorString()));

        // The restored log grows past the old cursor with other changes.
        const QString other = newId();
        for (int i = 0; i < 6; ++i) {
            const ApiReply pushed =
                parent->push(other, oneReport(i + 1, QStringLiteral("S1"), 7 + i, 21));
            QCOMPARE(statusOf(pushed.result()), QStringLiteral("applied"));
        }
        const ApiReply stale = team->pull(cursor);
        QCOMPARE(stale.status, 400);
        QCOMPARE(stale.errorCode(), QStringLiteral("bad_cursor"));
        // The old client id's seqs are gone with the restore: a gap.
        const ApiReply gap = parent->push(client, oneReport(4, QStringLiteral("S1"), 10, 20));
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.errorCode(), QStringLiteral("seq_gap"));
        // A fresh snapshot works and its cursor goes on.
        QString fresh;
        pullAll(*team, {}, 1000, &fresh, &ok);
        QVERIFY(ok);
        QCOMPARE(team->pull(fresh).status, 200);
    }

    void controlCharactersAreRefusedNever500()
    {
        auto mentor = m_school.paired(People::mentorA, QStringLiteral("mentor"));
        const QString someId = newId();
        const QList<std::pair<const char *, QJsonObject>> templates{
            {Mutations::reportAbsence,
             {{"report", reportJson(newId(), QStringLiteral("S1"), RegistrationCode::Z)}}},
            {Mutations::recover, {{"report_id", someId}, {"at", "2026-11-23T10:00"}}},
            {Mutations::withdrawReport, {{"report_id", someId}}},
            {Mutations::acknowledge, {{"report_id", someId}}},
            {Mutations::decideLeave, {{"report_id", someId}, {"approved", true}}},
            {Mutations::logContact, {{"entry", contactJson(newId(), QStringLiteral("S1"))}}},
            {Mutations::sendMessage,
             {{"message", messageJson(newId(), QStringLiteral("S1"), true, true)}}},
            {Mutations::markRead, {{"message_id", someId}}},
            {Mutations::savePlan, {{"plan", planJson(QStringLiteral("S1"))}}},
            {Mutations::savePlanStep,
             {{"step", stepJson(newId(), QStringLiteral("S1"), QStringLiteral("Stap"))}}},
            {Mutations::deletePlanStep, {{"step_id", someId}}},
            {Mutations::submitCheckIn, {{"checkin", checkInJson(newId(), QStringLiteral("S1"))}}},
        };
        const QString nul(QChar(0));
        const QString escape = QStringLiteral("a") + QChar(0x1b) + QStringLiteral("b");
        for (const QString &spoil : {nul, escape}) {
            QList<QJsonValue> spoiled;
            QList<QString> names;
            for (const auto &[name, args] : templates) {
                const qsizetype before = spoiled.size();
                spoiledCopies(
                    QJsonValue(args), [](QJsonValue v) { return v; }, spoil, &spoiled);
                for (qsizetype i = before; i < spoiled.size(); ++i)
                    names.append(QLatin1String(name));
            }
            QJsonArray mutations;
            for (qsizetype i = 0; i < spoiled.size(); ++i)
                mutations.append(mutation(i + 1, names.at(i), spoiled.at(i).toObject()));
            const ApiReply reply = mentor->push(newId(), mutations);
            QCOMPARE(reply.status, 200);
            for (qsizetype i = 0; i < spoiled.size(); ++i) {
                const QJsonObject result = reply.result(i);
                QVERIFY2(statusOf(result) == QLatin1String("rejected") &&
                             reasonOf(result) == QLatin1String("bad_args"),
                         qPrintable(names.at(i) + u' ' +
                                    QString::fromUtf8(QJsonDocument(result).toJson())));
            }
            // The envelope: 400 bad_request.
            const ApiReply badName = mentor->push(
                newId(),
                {mutation(1, QStringLiteral("mark_read") + spoil, {{"message_id", someId}})});
            QCOMPARE(badName.status, 400);
            QCOMPARE(badName.errorCode(), QStringLiteral("bad_request"));
            const ApiReply badClient =
                mentor->post(QStringLiteral("/v1/sync/push"),
                             {{"client_id", newId() + spoil}, {"mutations", QJsonArray()}});
            QCOMPARE(badClient.status, 400);
            auto stranger = m_school.client();
            const QString code = m_school.invite(People::parentOfS1, QStringLiteral("parent"));
            for (const auto &[codeText, device] :
                 {std::pair{code + spoil, QStringLiteral("Telefoon")},
                  std::pair{code, QStringLiteral("Telefoon") + spoil}}) {
                const ApiReply pairing = stranger->pair(codeText, device);
                QCOMPARE(pairing.status, 400);
                QCOMPARE(pairing.errorCode(), QStringLiteral("bad_request"));
            }
            QCOMPARE(stranger->pair(code).status, 200); // the code was not used up
        }
    }

    void clientBookkeepingStaysBounded()
    {
        auto parent = m_school.paired(People::parentOfS3, QStringLiteral("parent"));
        const QString user = People::parentOfS3;
        const QJsonObject markUnknown{{"message_id", newId()}}; // rejected: not_found
        QStringList clients;
        for (int i = 0; i < 1000; ++i) {
            clients.append(newId());
            const ApiReply reply = parent->push(
                clients.last(), {mutation(1, QLatin1String(Mutations::markRead), markUnknown)});
            QVERIFY2(reply.status == 200, qPrintable(reply.body));
        }
        const auto count = [&](const QString &sql) {
            return m_school.database().scalar(sql.arg(user)).toInt();
        };
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM clients WHERE user_id = '%1' AND retired = 0")),
                 20);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM clients WHERE user_id = '%1'")) <= 120);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM rejections WHERE client_id IN "
                                      "(SELECT id FROM clients WHERE user_id = '%1')")),
                 20);
        // An id retired lately: its next push is a gap, never applied twice.
        const ApiReply retired = parent->push(
            clients.at(1000 - 30), {mutation(2, QLatin1String(Mutations::markRead), markUnknown)});
        QCOMPARE(retired.status, 409);
        QCOMPARE(retired.errorCode(), QStringLiteral("seq_gap"));

        // One client's rejections: kept for its last 500 seqs.
        const QString busy = newId();
        for (int push = 0; push < 3; ++push) {
            QJsonArray mutations;
            for (int i = 1; i <= 400; ++i)
                mutations.append(
                    mutation(push * 400 + i, QLatin1String(Mutations::markRead), markUnknown));
            QCOMPARE(parent->push(busy, mutations).status, 200);
        }
        QCOMPARE(
            m_school.database()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM rejections WHERE client_id = '%1'")
                            .arg(busy))
                .toInt(),
            500);
        QCOMPARE(m_school.database()
                     .scalar(QStringLiteral(
                                 "SELECT COUNT(*) FROM mutation_hashes WHERE client_id = '%1'")
                                 .arg(busy))
                     .toInt(),
                 500);
    }

    void floodingParentIsRateLimitedMentorIsNot()
    {
        TestSchool school;
        QVERIFY2(school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("1000"),
                               QStringLiteral("--push-rate-user"), QStringLiteral("30")}),
                 qPrintable(school.errorString()));
        auto parent = school.paired(People::parentOfS1, QStringLiteral("parent"));
        auto mentor = school.paired(People::mentorA, QStringLiteral("mentor"));
        QVERIFY(parent && mentor);

        std::atomic<int> limited{0};
        std::atomic<bool> stop{false};
        QString retryAfter;
        std::thread flood([&] {
            const QString client = newId();
            qint64 seq = 0;
            for (int i = 0; i < 200 && !stop; ++i) {
                const ApiReply reply = parent->push(
                    client, oneReport(seq + 1, QStringLiteral("S1"), 7 + i % 10, 30 + i / 10));
                if (reply.status == 200)
                    ++seq;
                else if (reply.status == 429 && limited++ == 0)
                    retryAfter = reply.retryAfter;
            }
        });
        // A failed check below still ends the flood before the test returns.
        const auto joinFlood = qScopeGuard([&] {
            stop = true;
            if (flood.joinable())
                flood.join();
        });
        QVERIFY(QTest::qWaitFor([&] { return limited > 0; }, 20000));
        // The mentor pushes while the parent keeps on: applied at once.
        QElapsedTimer timer;
        timer.start();
        const ApiReply mentorPush = mentor->push(newId(), oneReport(1, QStringLiteral("S2"), 9));
        const qint64 elapsed = timer.elapsed();
        stop = true;
        flood.join();
        QCOMPARE(mentorPush.status, 200);
        QCOMPARE(statusOf(mentorPush.result()), QStringLiteral("applied"));
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        QVERIFY(retryAfter.toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TstServerBounds)
#include "tst_serverbounds.moc"
