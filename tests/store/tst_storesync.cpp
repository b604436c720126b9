#include "protocol/mutations.h"
#include "store/sqlitestatements.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

using namespace Aanwezig;
using namespace Aanwezig::StoreTest;
using PulledPageCommit = LocalStore::PulledPageCommit;

namespace {

PlanStep serverStep(const QString &title)
{
    PlanStep step;
    step.id = QUuid::createUuid();
    step.studentId = studentId;
    step.owner = PlanStep::Owner::Student;
    step.title = title;
    return step;
}

} // namespace

class TestStoreSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    void verifyConsistent()
    {
        const QStringList problems = m_store->consistencyProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    qint64 lastSeq() { return m_store->pendingEntries(1000).last().seq; }

    // The server's newer version of a stored report: received, with a note.
    AbsenceReport receivedByTheServer(const QUuid &id)
    {
        AbsenceReport version = *m_store->report(id);
        version.state = ReportState::Received;
        version.note = QStringLiteral("from the server");
        return version;
    }

private Q_SLOTS:
    void init() { m_store = openStore(m_dir, {Role::Parent, Role::Mentor, Role::Student}); }

    void cleanup()
    {
        const QString path = m_store->path();
        m_store.reset();
        removeDatabaseFiles(path);
    }

    void acknowledgedEntriesStopWaiting()
    {
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        const qint64 seq = lastSeq();
        QVERIFY(m_store->oldestPendingAt().isValid());
        QVERIFY(m_store->oldestPendingAt() <= QDateTime::currentDateTimeUtc());

        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        STORE_VERIFY_OK(m_store->markAcknowledged({seq}));
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(!m_store->oldestPendingAt().isValid());
        QCOMPARE(m_store->entry(seq)->state, OutboxState::Sent);
        QCOMPARE(m_store->pendingSeq(DataKind::Reports, uuidText(report.id)), 0);
        QCOMPARE(m_store->report(report.id)->state, ReportState::Sent);
        QVERIFY(changed.size() >= 2);
        verifyConsistent();

        // The server may answer again: nothing changes.
        STORE_VERIFY_OK(m_store->markAcknowledged({seq, seq + 100}));
        QCOMPARE(m_store->entry(seq)->state, OutboxState::Sent);
        QCOMPARE(m_store->entries(OutboxState::Sent).size(), 1);
    }

    void acknowledgingAnEarlierEntryKeepsTheLaterWaiting()
    {
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        const qint64 created = lastSeq();
        STORE_VERIFY_OK(m_store->reportRecovery(report.id, report.start.addSecs(3600)));
        const qint64 recovered = lastSeq();
        STORE_VERIFY_OK(m_store->markAcknowledged({created}));
        QCOMPARE(m_store->pendingSeq(DataKind::Reports, uuidText(report.id)), recovered);
        QCOMPARE(m_store->report(report.id)->state, ReportState::Closed);
        verifyConsistent();
        STORE_VERIFY_OK(m_store->markAcknowledged({recovered}));
        QCOMPARE(m_store->pendingSeq(DataKind::Reports, uuidText(report.id)), 0);
        verifyConsistent();
    }

    void rejectedCreationIsUndoneAndItsReasonKept()
    {
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        const qint64 seq = lastSeq();
        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        STORE_VERIFY_OK(
            m_store->markRejected(seq, QStringLiteral("overlaps a school registration")));

        QVERIFY(!m_store->report(report.id));
        QCOMPARE(m_store->pendingCount(), 0);
        const QList<OutboxEntry> rejected = m_store->entries(OutboxState::Rejected);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().seq, seq);
        QCOMPARE(rejected.first().reason, QStringLiteral("overlaps a school registration"));
        QCOMPARE(rejected.first().name, QLatin1String(Mutations::reportAbsence));
        QVERIFY(changed.contains(QVariantList{QVariant::fromValue(DataKind::Reports)}));
        verifyConsistent();

        STORE_VERIFY_OK(m_store->dismissRejected(seq));
        QVERIFY(m_store->entries(OutboxState::Rejected).isEmpty());
        // The seq is never used again.
        STORE_VERIFY_OK(m_store->reportAbsence(sickToday(), Role::Parent));
        QVERIFY(lastSeq() > seq);
    }

    void rejectedEditRestoresTheServerRow()
    {
        const PlanStep step = serverStep(QStringLiteral("Welkom bij de poort"));
        STORE_VERIFY_OK(
            m_store->applyPage({put("plan_step", step.toJson())}, QStringLiteral("c1")));
        PlanStep ticked = step;
        ticked.done = true;
        STORE_VERIFY_OK(m_store->savePlanStep(ticked));
        QVERIFY(m_store->planStep(step.id)->done);
        STORE_VERIFY_OK(m_store->markRejected(lastSeq(), QStringLiteral("plan closed")));
        QCOMPARE(m_store->planStep(step.id), step);
        QCOMPARE(m_store->pendingSeq(DataKind::PlanSteps, uuidText(step.id)), 0);
        verifyConsistent();
    }

    void rejectedDeleteBringsTheStepBack()
    {
        const PlanStep step = serverStep(QStringLiteral("Toetsen verplaatsen"));
        STORE_VERIFY_OK(
            m_store->applyPage({put("plan_step", step.toJson())}, QStringLiteral("c1")));
        STORE_VERIFY_OK(m_store->deletePlanStep(step.id));
        QVERIFY(m_store->planSteps(studentId).isEmpty());
        STORE_VERIFY_OK(m_store->markRejected(lastSeq(), QStringLiteral("not yours")));
        QCOMPARE(m_store->planSteps(studentId), QList<PlanStep>{step});
        verifyConsistent();
    }

    void acknowledgedDeleteRemovesTheRow()
    {
        const PlanStep step = serverStep(QStringLiteral("Stille werkplek"));
        STORE_VERIFY_OK(
            m_store->applyPage({put("plan_step", step.toJson())}, QStringLiteral("c1")));
        STORE_VERIFY_OK(m_store->deletePlanStep(step.id));
        STORE_VERIFY_OK(m_store->markAcknowledged({lastSeq()}));
        QCOMPARE(
            queryFile(m_store->path(), QStringLiteral("SELECT COUNT(*) FROM plan_steps")).toInt(),
            0);
        verifyConsistent();
    }

    void rejectionOfAnEarlierEntryHandsItsUndoToTheLaterOne()
    {
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        const qint64 created = lastSeq();
        STORE_VERIFY_OK(m_store->reportRecovery(report.id, report.start.addSecs(3600)));
        const qint64 recovered = lastSeq();

        STORE_VERIFY_OK(m_store->markRejected(created, QStringLiteral("too far back")));
        // The later change still waits and still shows.
        QCOMPARE(m_store->report(report.id)->state, ReportState::Closed);
        QCOMPARE(m_store->pendingSeq(DataKind::Reports, uuidText(report.id)), recovered);
        verifyConsistent();

        STORE_VERIFY_OK(m_store->markRejected(recovered, QStringLiteral("unknown report")));
        QVERIFY(!m_store->report(report.id));
        QCOMPARE(queryFile(m_store->path(), QStringLiteral("SELECT COUNT(*) FROM absence_reports"))
                     .toInt(),
                 0);
        verifyConsistent();
    }

    void rejectionOfALaterEntryKeepsTheEarlierWaiting()
    {
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        const qint64 created = lastSeq();
        STORE_VERIFY_OK(m_store->reportRecovery(report.id, report.start.addSecs(3600)));
        STORE_VERIFY_OK(m_store->markRejected(lastSeq(), QStringLiteral("no")));
        QVERIFY(m_store->report(report.id)->isOpenEnded());
        QCOMPARE(m_store->report(report.id)->state, ReportState::SavedOnPhone);
        QCOMPARE(m_store->pendingSeq(DataKind::Reports, uuidText(report.id)), created);
        verifyConsistent();
    }

    void applyPageSkipsRowsWithWaitingChangesAndStoresTheCursor()
    {
        const AbsenceReport local = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(local, Role::Parent));
        AbsenceReport serverVersion = receivedByTheServer(local.id);

        AbsenceReport other = sickToday(QStringLiteral("student-2"));
        other.state = ReportState::SeenByMentor;
        const PlanStep gone = serverStep(QStringLiteral("Buddy"));
        STORE_VERIFY_OK(
            m_store->applyPage({put("plan_step", gone.toJson())}, QStringLiteral("c1")));
        Person child{studentId, QStringLiteral("Noor"), QStringLiteral("Jansen"),
                     QStringLiteral("2B"), Person::Relation::Child};
        const QJsonObject summary{{QStringLiteral("student_id"), studentId},
                                  {QStringLiteral("rate_pct"), 93.5},
                                  {QStringLiteral("tier"), 2}};

        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        STORE_VERIFY_OK(m_store->applyPage(
            {put("absence_report", serverVersion.toJson()), put("absence_report", other.toJson()),
             removal("absence_report", uuidText(local.id)), removal("plan_step", uuidText(gone.id)),
             put("person", child.toJson()), put("attendance_summary", summary)},
            QStringLiteral("c2")));
        QCOMPARE(m_store->pullCursor(), QStringLiteral("c2"));
        QCOMPARE(m_store->report(local.id)->state, ReportState::SavedOnPhone);
        QVERIFY(m_store->report(local.id)->note.isEmpty());
        QCOMPARE(m_store->report(other.id), other);
        QVERIFY(!m_store->planStep(gone.id));
        QCOMPARE(m_store->people(), QList<Person>{child});
        QCOMPARE(m_store->person(studentId)->displayName(), QStringLiteral("Noor Jansen"));
        QCOMPARE(m_store->attendanceSummary(studentId), summary);
        QVERIFY(changed.contains(QVariantList{QVariant::fromValue(DataKind::People)}));
        QVERIFY(changed.contains(QVariantList{QVariant::fromValue(DataKind::PlanSteps)}));
        verifyConsistent();

        // Once the server has the local change, its row is the server's again.
        STORE_VERIFY_OK(m_store->markAcknowledged({lastSeq()}));
        STORE_VERIFY_OK(m_store->applyPage({put("absence_report", serverVersion.toJson())},
                                           QStringLiteral("c3")));
        QCOMPARE(m_store->report(local.id), serverVersion);
    }

    // A page of many puts into one table (written several rows per INSERT)
    // with a row waiting for the server among them, a row put twice and a
    // row put and then deleted: every other row is written once, the
    // waiting row is left alone and its change rebased on the server's
    // version, and every row written or deleted is announced.
    // Pulled rows go through SQLite's C API where this build may (Linux, the
    // system libsqlite3 that Qt's plugin runs on), else through QSqlQuery,
    // as they do when AANWEZIG_STORE_PORTABLE_SQL asks for the portable path
    // (tst_storesync_portable runs this whole test so).
    void pulledRowsTakeTheExpectedPath()
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("path"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("path.db")));
            QVERIFY(db.open());
            const bool cApi = Store::SqliteStatements::open(db) != nullptr;
#ifdef AANWEZIG_STORE_SQLITE_C_API
            QCOMPARE(cApi, !qEnvironmentVariableIsSet("AANWEZIG_STORE_PORTABLE_SQL"));
#else
            QVERIFY(!cApi);
#endif
        }
        QSqlDatabase::removeDatabase(QStringLiteral("path"));
    }

    void longPageIsWrittenAroundAWaitingRow()
    {
        const AbsenceReport local = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(local, Role::Parent));
        AbsenceReport serverVersion = receivedByTheServer(local.id);

        QList<ServerChange> page;
        QList<AbsenceReport> expected;
        for (int i = 0; i < 130; ++i) {
            AbsenceReport report = sickToday(QStringLiteral("student-%1").arg(i % 7));
            report.state = ReportState::Received;
            page.append(put("absence_report", report.toJson()));
            expected.append(report);
        }
        page.insert(60, put("absence_report", serverVersion.toJson()));
        AbsenceReport twice = expected.at(10);
        twice.note = QStringLiteral("second version");
        page.insert(110, put("absence_report", twice.toJson()));
        expected[10] = twice;
        const AbsenceReport gone = expected.takeAt(90);
        page.insert(120, removal("absence_report", uuidText(gone.id)));

        QSignalSpy rows(m_store.get(), &LocalStore::rowsChanged);
        STORE_VERIFY_OK(m_store->applyPage(page, QStringLiteral("c1")));
        QStringList announced;
        for (const QList<QVariant> &signal : rows) {
            if (signal.at(0).value<DataKind>() == DataKind::Reports)
                announced += signal.at(1).toStringList();
        }
        // 129 written (one of them twice, named twice), one written and
        // deleted (named twice); not the waiting row.
        QCOMPARE(announced.size(), 132);
        QCOMPARE(QSet<QString>(announced.cbegin(), announced.cend()).size(), 130);
        QVERIFY(!announced.contains(uuidText(local.id)));
        for (const AbsenceReport &report : expected) {
            QCOMPARE(m_store->report(report.id), report);
            QVERIFY(announced.contains(uuidText(report.id)));
        }
        QVERIFY(!m_store->report(gone.id));
        QVERIFY(announced.contains(uuidText(gone.id)));
        QCOMPARE(m_store->report(local.id)->state, ReportState::SavedOnPhone);
        QCOMPARE(m_store->reports().size(), expected.size() + 1);
        verifyConsistent();

        // Refused, the local change gives way to the server's version it was
        // rebased on.
        STORE_VERIFY_OK(m_store->markRejected(lastSeq(), QStringLiteral("not_allowed")));
        QCOMPARE(m_store->report(local.id), serverVersion);
    }

    void malformedPageChangesNothing_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown kind")
            << QJsonObject{{"op", "put"}, {"kind", "spaceship"}, {"data", QJsonObject{{"id", "x"}}}}
            << QStringLiteral("unknown_kind");
        QTest::newRow("report without student")
            << QJsonObject{{"op", "put"},
                           {"kind", "absence_report"},
                           {"data", QJsonObject{{"id", "not-a-uuid"}}}}
            << QStringLiteral("bad_change");
        QTest::newRow("id mismatch")
            << QJsonObject{{"op", "put"},
                           {"kind", "person"},
                           {"id", "a"},
                           {"data", QJsonObject{{"id", "b"}, {"relation", "child"}}}}
            << QStringLiteral("bad_change");
        QTest::newRow("delete without id")
            << QJsonObject{{"op", "delete"}, {"kind", "person"}} << QStringLiteral("bad_change");
    }

    void malformedPageChangesNothing()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, code);
        STORE_VERIFY_OK(m_store->applyPage({}, QStringLiteral("c1")));
        const Person child{studentId, QStringLiteral("Noor"), QStringLiteral("Jansen"),
                           QStringLiteral("2B"), Person::Relation::Child};
        QString error;
        const auto parsed = ServerChange::fromJson(change, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        const RuleResult refused =
            m_store->applyPage({put("person", child.toJson()), *parsed}, QStringLiteral("c2"));
        QCOMPARE(errorCode(refused), code);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("Change 2 of the page")),
                 qPrintable(refused.error().message));
        QVERIFY(m_store->people().isEmpty());
        QCOMPARE(m_store->pullCursor(), QStringLiteral("c1"));
    }

    // Pages with more to follow share their commits (applyPage with
    // MayWait): other connections see them only once committed, with the
    // last page, as one announcement.
    void heldPagesAreCommittedWithTheLastPage()
    {
        LocalStore reader;
        QVERIFY(reader.open(m_store->path()));
        const AbsenceReport first = sickToday();
        const AbsenceReport second = sickToday(QStringLiteral("student-2"));
        QSignalSpy rows(m_store.get(), &LocalStore::rowsChanged);
        STORE_VERIFY_OK(m_store->applyPage({put("absence_report", first.toJson())},
                                           QStringLiteral("c1"), PulledPageCommit::MayWait));
        QVERIFY(m_store->holdsPulledPages());
        QCOMPARE(m_store->pullCursor(), QStringLiteral("c1"));
        QVERIFY(!reader.report(first.id));
        QVERIFY(reader.pullCursor().isEmpty());
        QVERIFY(rows.isEmpty());

        STORE_VERIFY_OK(m_store->applyPage({put("absence_report", second.toJson())},
                                           QStringLiteral("c2"), PulledPageCommit::Now));
        QVERIFY(!m_store->holdsPulledPages());
        QCOMPARE(reader.report(first.id), first);
        QCOMPARE(reader.report(second.id), second);
        QCOMPARE(reader.pullCursor(), QStringLiteral("c2"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(1).toStringList(),
                 QStringList({uuidText(first.id), uuidText(second.id)}));
    }

    // The next page is late (a slow network, a failed request): the held
    // pages do not wait for it.
    void heldPagesAreCommittedWhenNoPageFollows()
    {
        LocalStore reader;
        QVERIFY(reader.open(m_store->path()));
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->applyPage({put("absence_report", report.toJson())},
                                           QStringLiteral("c1"), PulledPageCommit::MayWait));
        QVERIFY(m_store->holdsPulledPages());
        QTRY_VERIFY(!m_store->holdsPulledPages());
        QCOMPARE(reader.report(report.id), report);
        QCOMPARE(reader.pullCursor(), QStringLiteral("c1"));
    }

    // The user writes while the sync client holds pages: the pages are
    // committed first (in the same thread the write would otherwise wait for
    // the busy timeout and fail).
    void anotherStoresWriteCommitsTheHeldPagesFirst()
    {
        LocalStore user;
        QVERIFY(user.open(m_store->path()));
        const AbsenceReport pulled = sickToday(QStringLiteral("student-2"));
        STORE_VERIFY_OK(m_store->applyPage({put("absence_report", pulled.toJson())},
                                           QStringLiteral("c1"), PulledPageCommit::MayWait));
        QVERIFY(m_store->holdsPulledPages());
        QElapsedTimer waited;
        waited.start();
        const AbsenceReport own = sickToday();
        STORE_VERIFY_OK(user.reportAbsence(own, Role::Parent));
        QVERIFY2(waited.elapsed() < 1000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(!m_store->holdsPulledPages());
        QCOMPARE(user.report(pulled.id), pulled);
        QVERIFY(m_store->report(own.id).has_value());
        QCOMPARE(m_store->report(own.id), user.report(own.id));
    }

    // A page the store refuses after held pages: those are committed, the
    // refused one is not.
    void aRefusedPageCommitsThePagesHeldBeforeIt()
    {
        LocalStore reader;
        QVERIFY(reader.open(m_store->path()));
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->applyPage({put("absence_report", report.toJson())},
                                           QStringLiteral("c1"), PulledPageCommit::MayWait));
        QString error;
        const auto spaceship = ServerChange::fromJson(
            QJsonObject{{"op", "put"}, {"kind", "spaceship"}, {"data", QJsonObject{{"id", "x"}}}},
            &error);
        QVERIFY2(spaceship.has_value(), qPrintable(error));
        QCOMPARE(errorCode(m_store->applyPage({*spaceship}, QStringLiteral("c2"),
                                              PulledPageCommit::MayWait)),
                 QStringLiteral("unknown_kind"));
        QVERIFY(!m_store->holdsPulledPages());
        QCOMPARE(reader.report(report.id), report);
        QCOMPARE(reader.pullCursor(), QStringLiteral("c1"));
    }

    void pageInTheProtocolsFormIsApplied()
    {
        QFile file(QStringLiteral(AANWEZIG_TEST_DATA "/store/pull_page.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject reply = QJsonDocument::fromJson(file.readAll()).object();
        QList<ServerChange> page;
        for (const QJsonValue change : reply.value(QLatin1String("changes")).toArray()) {
            QString error;
            const auto parsed = ServerChange::fromJson(change.toObject(), &error);
            QVERIFY2(parsed.has_value(), qPrintable(error));
            page.append(*parsed);
        }
        QCOMPARE(page.size(), 9);
        STORE_VERIFY_OK(
            m_store->applyPage(page, reply.value(QLatin1String("next_cursor")).toString()));

        const QString noor = QStringLiteral("S1001");
        QCOMPARE(m_store->pullCursor(), QStringLiteral("1874"));
        QCOMPARE(m_store->person(noor)->className, QStringLiteral("2A"));
        QCOMPARE(m_store->reports(noor).size(), 1);
        QCOMPARE(m_store->reports(noor).first().state, ReportState::SeenByMentor);
        QVERIFY(m_store->reports(noor).first().isOpenEnded());
        QCOMPARE(m_store->messages(noor).first().text, QStringLiteral("Ik mis je!"));
        QCOMPARE(m_store->returnPlan(noor)->buddy, QStringLiteral("Sem"));
        QCOMPARE(m_store->planSteps(noor).first().owner, PlanStep::Owner::Buddy);
        QCOMPARE(m_store->checkIns(noor).first().mood, 4);
        QCOMPARE(m_store->contactLog(noor).first().kind, ContactLogEntry::Kind::Phone);
        QCOMPARE(m_store->attendanceSummary(noor).value(QLatin1String("rate_pct")),
                 QJsonValue(QStringLiteral("95.5")));
        verifyConsistent();
    }

    void serverChangeReadsItsWireForm()
    {
        const ServerChange change =
            put("person", QJsonObject{{QStringLiteral("id"), QStringLiteral("p")}});
        const auto back = ServerChange::fromJson(change.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->kind, QStringLiteral("person"));
        QCOMPARE(back->data, change.data);
        QString error;
        QVERIFY(!ServerChange::fromJson(QJsonObject{{"op", "put"}, {"kind", "person"}}, &error));
        QCOMPARE(error, QStringLiteral("field 'data' must be an object"));
        QVERIFY(!ServerChange::fromJson(QJsonObject{{"op", "merge"}, {"kind", "person"}}, &error));
        QVERIFY(error.contains(QStringLiteral("op")));
    }

    // Logging out while another connection still reads an older snapshot:
    // the wipe never says it is done while the previous user's data is in
    // the database, write-ahead log or shared-memory file; once the reader
    // is gone, nothing of it is left in any of them (read as bytes).
    void wipeWithAReaderOpenLeavesNothingInAnyFile()
    {
        const QByteArray secret = "Zwaluwstaart-bij-de-tandarts";
        AbsenceReport report = sickToday();
        report.note = QString::fromLatin1(secret);
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        const QString path = m_store->path();
        auto secretIn = [&](const QString &file) {
            QFile bytes(file);
            return bytes.open(QIODevice::ReadOnly) && bytes.readAll().contains(secret);
        };
        auto leftovers = [&] {
            QStringList found;
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                if (secretIn(path + suffix))
                    found.append(path + suffix);
            return found;
        };
        QVERIFY(!leftovers().isEmpty()); // the check can see it

        {
            QSqlDatabase reader =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            reader.setDatabaseName(path);
            QVERIFY(reader.open());
            QSqlQuery read(reader);
            QVERIFY(read.exec(QStringLiteral("BEGIN")));
            QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM absence_reports")));
            QVERIFY(read.next());
            read.finish(); // the read transaction (its snapshot) stays open

            const RuleResult wiped = m_store->wipe(std::chrono::milliseconds(300));
            if (wiped)
                QVERIFY2(leftovers().isEmpty(),
                         "the wipe said it was done while old data was still readable");
            QVERIFY(m_store->reports().isEmpty());
            QVERIFY(read.exec(QStringLiteral("COMMIT")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));

        STORE_VERIFY_OK(m_store->wipe());
        const QStringList found = leftovers();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
    }

    // Another copy of the store used the client id: the waiting entries
    // get new, consecutive seqs under a new client id, as never sent.
    void newClientRenumbersTheWaitingEntries()
    {
        const AbsenceReport first = sickToday();
        const AbsenceReport second = sickToday(QStringLiteral("S2"));
        STORE_VERIFY_OK(m_store->reportAbsence(first, Role::Parent));
        STORE_VERIFY_OK(m_store->reportAbsence(second, Role::Parent));
        const QList<OutboxEntry> before = m_store->pendingEntries(10);
        QCOMPARE(before.size(), 2);
        STORE_VERIFY_OK(m_store->markFirstSent({before.first().seq}));
        QVERIFY(m_store->entry(before.first().seq)->firstSentAt.isValid());
        QVERIFY(!m_store->entry(before.last().seq)->firstSentAt.isValid());
        const QUuid clientId = m_store->clientId();

        STORE_VERIFY_OK(m_store->startNewClient());
        QVERIFY(m_store->clientId() != clientId);
        const QList<OutboxEntry> after = m_store->pendingEntries(10);
        QCOMPARE(after.size(), 2);
        QVERIFY(after.first().seq > before.last().seq);
        QCOMPARE(after.last().seq, after.first().seq + 1);
        QCOMPARE(after.first().args, before.first().args);
        QVERIFY(!after.first().firstSentAt.isValid());
        QCOMPARE(m_store->pendingSeq(DataKind::Reports, uuidText(first.id)), after.first().seq);
        QCOMPARE(m_store->pendingSeq(DataKind::Reports, uuidText(second.id)), after.last().seq);
        verifyConsistent();

        // A store that moved to another install does the same once.
        bool moved = true;
        STORE_VERIFY_OK(m_store->adoptInstall(QStringLiteral("install-a"), &moved));
        QVERIFY(!moved);
        const QUuid adopted = m_store->clientId();
        STORE_VERIFY_OK(m_store->adoptInstall(QStringLiteral("install-a"), &moved));
        QVERIFY(!moved);
        STORE_VERIFY_OK(m_store->adoptInstall(QStringLiteral("install-b"), &moved));
        QVERIFY(moved);
        QVERIFY(m_store->clientId() != adopted);
        verifyConsistent();
    }

    void wipeClearsEverythingAndStartsANewClient()
    {
        const QUuid clientId = m_store->clientId();
        STORE_VERIFY_OK(m_store->reportAbsence(sickToday(), Role::Parent));
        const Person child{studentId, QStringLiteral("Noor"), QStringLiteral("Jansen"),
                           QStringLiteral("2B"), Person::Relation::Child};
        STORE_VERIFY_OK(m_store->applyPage({put("person", child.toJson())}, QStringLiteral("c9")));
        STORE_VERIFY_OK(m_store->setLastSyncAt(QDateTime::currentDateTimeUtc()));
        const qint64 seq = lastSeq();

        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        STORE_VERIFY_OK(m_store->wipe());
        QVERIFY(changed.contains(QVariantList{QVariant::fromValue(DataKind::Reports)}));
        QVERIFY(changed.contains(QVariantList{QVariant::fromValue(DataKind::Account)}));
        QVERIFY(m_store->reports().isEmpty());
        QVERIFY(m_store->people().isEmpty());
        QCOMPARE(m_store->pendingCount(), 0);
        QVERIFY(m_store->pullCursor().isEmpty());
        QVERIFY(!m_store->lastSyncAt().isValid());
        QCOMPARE(m_store->account(), Account());
        QVERIFY(!m_store->clientId().isNull());
        QVERIFY(m_store->clientId() != clientId);
        for (const char *table :
             {"outbox", "absence_reports", "people", "warm_messages", "plan_steps", "return_plans",
              "check_ins", "contact_log", "attendance_summaries"})
            QCOMPARE(queryFile(m_store->path(),
                               QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                         .toInt(),
                     0);
        QCOMPARE(queryFile(m_store->path(), QStringLiteral("SELECT COUNT(*) FROM meta")).toInt(),
                 1);

        STORE_VERIFY_OK(m_store->setAccount({QString(), parentId, {Role::Parent}}));
        STORE_VERIFY_OK(m_store->reportAbsence(sickToday(), Role::Parent));
        QVERIFY(lastSeq() > seq);
    }

    void accountAndPolicyAreKept()
    {
        const Account account{QStringLiteral("https://a.example"),
                              QStringLiteral("u7"),
                              {Role::Mentor, Role::Parent},
                              QStringLiteral("ar")};
        STORE_VERIFY_OK(m_store->setAccount(account));
        STORE_VERIFY_OK(m_store->setReportPolicy(ReportPolicy{2}));
        const QDateTime synced = QDateTime::currentDateTimeUtc();
        STORE_VERIFY_OK(m_store->setLastSyncAt(synced));
        LocalStore again;
        QVERIFY(again.open(m_store->path()));
        QCOMPARE(again.account(), account);
        QCOMPARE(again.reportPolicy().maxDaysBack, 2);
        QCOMPARE(again.lastSyncAt(), synced);
        AbsenceReport threeDaysBack = sickToday();
        threeDaysBack.start = threeDaysBack.start.addDays(-3);
        QCOMPARE(errorCode(again.reportAbsence(threeDaysBack, Role::Parent)),
                 QStringLiteral("too_far_back"));
    }

    void peopleCarryTheirParentsLanguages()
    {
        const Person told{studentId,
                          QStringLiteral("Yara"),
                          QStringLiteral("El Amrani"),
                          QStringLiteral("2B"),
                          Person::Relation::ClassStudent,
                          {QStringLiteral("ar"), QStringLiteral("nl")}};
        // Pulled before the server knew languages, or by a family: none.
        const Person untold{QStringLiteral("student-2"), QStringLiteral("Daan"),
                            QStringLiteral("Jansen"), QStringLiteral("2B"),
                            Person::Relation::ClassStudent};
        QVERIFY(!untold.toJson().contains(QLatin1String("parent_languages")));
        STORE_VERIFY_OK(m_store->applyPage(
            {put("person", told.toJson()), put("person", untold.toJson())}, QStringLiteral("c1")));
        QCOMPARE(m_store->person(studentId).value_or(Person()), told);
        QCOMPARE(m_store->person(untold.id).value_or(Person()), untold);
    }

    void otherStoresOnTheFileHearOfChanges()
    {
        LocalStore sameFile;
        QVERIFY(sameFile.open(m_store->path()));
        auto otherFile = openStore(m_dir, {Role::Parent}, parentId, QStringLiteral("other.db"));
        QSignalSpy sameFileChanged(&sameFile, &LocalStore::changed);
        QSignalSpy otherFileChanged(otherFile.get(), &LocalStore::changed);

        // The sync client writes from its own thread, through its own store.
        const QString path = m_store->path();
        const Person child{studentId, QStringLiteral("Noor"), QStringLiteral("Jansen"),
                           QStringLiteral("2B"), Person::Relation::Child};
        RuleResult applied;
        std::unique_ptr<QThread> syncThread(QThread::create([&] {
            LocalStore syncStore;
            if (syncStore.open(path))
                applied =
                    syncStore.applyPage({put("person", child.toJson())}, QStringLiteral("c1"));
            else
                applied = RuleError{QStringLiteral("open"), syncStore.errorString()};
        }));
        syncThread->start();
        QVERIFY(syncThread->wait(10000));
        STORE_VERIFY_OK(applied);

        QTRY_VERIFY(sameFileChanged.contains(QVariantList{QVariant::fromValue(DataKind::People)}));
        QTRY_VERIFY(m_store->people().size() == 1);
        QCOMPARE(m_store->people().first(), child);
        QVERIFY(otherFileChanged.isEmpty());

        // A store hears its own writes once.
        sameFileChanged.clear();
        STORE_VERIFY_OK(sameFile.setLastSyncAt(QDateTime::currentDateTimeUtc()));
        QCOMPARE(sameFileChanged.size(), 1);
    }

    void registeredAbsencesArePutAndDeletedByDate()
    {
        using Lesson = RegisteredAbsence::Lesson;
        const RegisteredAbsence monday{studentId,
                                       QDate(2026, 11, 23),
                                       {Lesson{QTime(8, 30), QTime(9, 20), RegistrationCode::OA}}};
        const RegisteredAbsence friday{studentId,
                                       QDate(2026, 11, 27),
                                       {Lesson{QTime(9, 20), QTime(10, 10), RegistrationCode::Z}}};
        STORE_VERIFY_OK(m_store->applyPage({put("registered_absence", friday.toJson()),
                                            put("registered_absence", monday.toJson())},
                                           QStringLiteral("c1")));
        QCOMPARE(m_store->registeredAbsences(studentId),
                 (QList<RegisteredAbsence>{monday, friday}));
        QVERIFY(m_store->registeredAbsences(QStringLiteral("someone-else")).isEmpty());

        // Corrected at school: the day goes.
        STORE_VERIFY_OK(
            m_store->applyPage({removal("registered_absence", monday.id())}, QStringLiteral("c2")));
        QCOMPARE(m_store->registeredAbsences(studentId), QList<RegisteredAbsence>{friday});
    }

    // Forward compatibility: a report with a state and a code this app does
    // not know is stored as received and the page (its cursor) applies.
    void pageWithAnUnknownStateApplies()
    {
        const AbsenceReport report = sickToday();
        QJsonObject future = report.toJson();
        future.insert(QStringLiteral("state"), QStringLiteral("handed_to_attendance_officer"));
        future.insert(QStringLiteral("code"), QStringLiteral("QX"));
        const Person child{studentId, QStringLiteral("Noor"), QStringLiteral("Jansen"),
                           QStringLiteral("2B"), Person::Relation::Child};
        STORE_VERIFY_OK(m_store->applyPage(
            {put("person", child.toJson()), put("absence_report", future)}, QStringLiteral("c1")));
        QCOMPARE(m_store->pullCursor(), QStringLiteral("c1"));
        QCOMPARE(m_store->people().size(), 1);
        QCOMPARE(m_store->unreadableRows(DataKind::Reports, studentId), QList<QJsonObject>{future});
    }

    void consistencyCheckFindsBrokenFiles()
    {
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        const PlanStep step = serverStep(QStringLiteral("Buddy"));
        STORE_VERIFY_OK(
            m_store->applyPage({put("plan_step", step.toJson())}, QStringLiteral("c1")));
        verifyConsistent();

        // An effect without its entry.
        queryFile(m_store->path(),
                  QStringLiteral("UPDATE plan_steps SET pending_seq = %1").arg(lastSeq()));
        QCOMPARE(m_store->consistencyProblems().size(), 1);
        QVERIFY(m_store->consistencyProblems().first().contains(QStringLiteral("plan_step")));
        queryFile(m_store->path(), QStringLiteral("UPDATE plan_steps SET pending_seq = NULL"));
        verifyConsistent();

        // An entry without its effect.
        queryFile(m_store->path(), QStringLiteral("DELETE FROM absence_reports"));
        const QStringList problems = m_store->consistencyProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("report_absence")),
                 qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
