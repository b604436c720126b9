#include "storetestsupport.h"

using namespace Aanwezig;
using namespace Aanwezig::StoreTest;

class TestStoreMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFileReachesLatestVersion()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("new.db"))),
                 qPrintable(store.errorString()));
        QVERIFY(LocalStore::latestSchemaVersion() >= 2);
        QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        QVERIFY(!store.clientId().isNull());
        QVERIFY(store.consistencyProblems().isEmpty());
        QCOMPARE(
            queryFile(dir.filePath(QStringLiteral("new.db")), QStringLiteral("PRAGMA journal_mode"))
                .toString(),
            QStringLiteral("wal"));
    }

    void reopeningKeepsVersionClientIdAndData()
    {
        QTemporaryDir dir;
        QUuid clientId;
        const AbsenceReport report = sickToday();
        {
            auto store = openStore(dir, {Role::Parent});
            clientId = store->clientId();
            STORE_VERIFY_OK(store->reportAbsence(report, Role::Parent));
        }
        for (int round = 0; round < 2; ++round) {
            LocalStore store;
            QVERIFY(store.open(dir.filePath(QStringLiteral("local.db"))));
            QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
            QCOMPARE(store.clientId(), clientId);
            QCOMPARE(store.account().roles, QList<Role>{Role::Parent});
            QCOMPARE(store.reports().size(), 1);
            QCOMPARE(store.reports().first().id, report.id);
            QCOMPARE(store.pendingCount(), 1);
        }
    }

    void olderFileIsMigratedStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QUuid clientId;
        {
            auto store = openStore(dir, {Role::Parent}, parentId, QStringLiteral("old.db"));
            clientId = store->clientId();
            STORE_VERIFY_OK(store->reportAbsence(sickToday(), Role::Parent));
        }
        // What a file of version 1 looked like: no attendance summaries, no
        // registered absences, no first-sent marker and no resync bookkeeping yet.
        queryFile(path, QStringLiteral("DROP TABLE resync_seen"));
        queryFile(path, QStringLiteral("ALTER TABLE outbox DROP COLUMN resent"));
        // Nor notification tables.
        queryFile(path, QStringLiteral("DROP TABLE notification_settings"));
        queryFile(path, QStringLiteral("DROP TABLE absence_notices"));
        queryFile(path, QStringLiteral("DROP TABLE replies"));
        queryFile(path, QStringLiteral("ALTER TABLE outbox DROP COLUMN first_sent_at"));
        queryFile(path, QStringLiteral("DROP TABLE attendance_summaries"));
        queryFile(path, QStringLiteral("DROP TABLE registered_absences"));
        queryFile(path, QStringLiteral("PRAGMA user_version = 1"));

        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), LocalStore::latestSchemaVersion());
        QCOMPARE(store.clientId(), clientId);
        QCOMPARE(store.reports().size(), 1);
        // It may have been sent before the update: a `duplicate` is no collision.
        QVERIFY(store.pendingEntries(1).constFirst().firstSentAt.isValid());
        const QJsonObject summary{{QStringLiteral("student_id"), studentId},
                                  {QStringLiteral("tier"), 1}};
        STORE_VERIFY_OK(store.applyPage(
            {{ServerChange::Op::Put, QStringLiteral("attendance_summary"), {}, summary}},
            QStringLiteral("c1")));
        QCOMPARE(store.attendanceSummary(studentId), summary);
        const RegisteredAbsence missed{
            studentId, QDate(2026, 11, 23), {{QTime(8, 30), QTime(9, 20), RegistrationCode::OA}}};
        STORE_VERIFY_OK(store.applyPage(
            {{ServerChange::Op::Put, QStringLiteral("registered_absence"), {}, missed.toJson()}},
            QStringLiteral("c2")));
        QCOMPARE(store.registeredAbsences(studentId), QList<RegisteredAbsence>{missed});
        const QJsonObject notice{{QStringLiteral("id"), studentId + QStringLiteral("/2026-11-23")},
                                 {QStringLiteral("student_id"), studentId},
                                 {QStringLiteral("date"), QStringLiteral("2026-11-23")},
                                 {QStringLiteral("answer"), QJsonValue::Null}};
        STORE_VERIFY_OK(
            store.applyPage({{ServerChange::Op::Put, QStringLiteral("absence_notice"), {}, notice}},
                            QStringLiteral("c3")));
        QCOMPARE(store.absenceNotices(studentId).size(), 1);
    }

    void newerVersionIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            LocalStore store;
            QVERIFY(store.open(path));
        }
        const int future = LocalStore::latestSchemaVersion() + 1;
        queryFile(path, QStringLiteral("PRAGMA user_version = %1").arg(future));

        LocalStore store;
        QVERIFY(!store.open(path));
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(QStringLiteral("newer version")),
                 qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QString::number(future)));
        QCOMPARE(queryFile(path, QStringLiteral("PRAGMA user_version")).toInt(), future);
        QVERIFY(!store.reportAbsence(sickToday(), Role::Parent));
    }

    void unreadableFileGivesClearError()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(QStringLiteral("garbage.db")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        LocalStore store;
        QVERIFY(!store.open(garbage.fileName()));
        QVERIFY(!store.errorString().isEmpty());
    }

    void twoStoresOnOneFileShareData()
    {
        QTemporaryDir dir;
        auto first = openStore(dir, {Role::Parent});
        LocalStore second;
        QVERIFY(second.open(first->path()));
        STORE_VERIFY_OK(first->reportAbsence(sickToday(), Role::Parent));
        QCOMPARE(second.pendingCount(), 1);
        QCOMPARE(second.clientId(), first->clientId());
        second.close();
        QCOMPARE(first->pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
