// LocalStore::rowsChanged: after each commit, which rows of which kinds
// changed (no ids: everything of the kind), for this store and for every
// other store of the process on the same file.
#include "storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::StoreTest;

namespace {

// What the spy heard, as "Kind: id, id" lines ("Kind: *" for everything).
QStringList heard(const QSignalSpy &spy)
{
    QStringList lines;
    for (const QList<QVariant> &signal : spy) {
        const QStringList ids = signal.at(1).toStringList();
        lines.append(QStringLiteral("%1: %2").arg(
            QString::fromLatin1(
                QMetaEnum::fromType<DataKind>().valueToKey(int(signal.at(0).value<DataKind>()))),
            ids.isEmpty() ? QStringLiteral("*") : ids.join(QStringLiteral(", "))));
    }
    return lines;
}

} // namespace

class TestStoreChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    Person child(const QString &id) const
    {
        return {id, QStringLiteral("Noor"), QStringLiteral("Jansen"), QStringLiteral("2B"),
                Person::Relation::Child};
    }

private Q_SLOTS:
    void init() { m_store = openStore(m_dir, {Role::Parent, Role::Mentor}); }

    void cleanup()
    {
        const QString path = m_store->path();
        m_store.reset();
        removeDatabaseFiles(path);
    }

    void anActionNamesTheRowItWrote()
    {
        QSignalSpy rows(m_store.get(), &LocalStore::rowsChanged);
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        QCOMPARE(heard(rows), QStringList({QStringLiteral("Reports: ") + uuidText(report.id),
                                           QStringLiteral("Outbox: *")}));

        // The server's answer: the row stops waiting, so it changed again.
        rows.clear();
        STORE_VERIFY_OK(m_store->markAcknowledged({m_store->pendingEntries(1).first().seq}));
        QCOMPARE(heard(rows), QStringList({QStringLiteral("Outbox: *"),
                                           QStringLiteral("Reports: ") + uuidText(report.id)}));
    }

    void aPulledPageNamesTheRowsItChanged()
    {
        const AbsenceReport waiting = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(waiting, Role::Parent));
        AbsenceReport pulled = sickToday();
        pulled.state = ReportState::Received;
        QSignalSpy rows(m_store.get(), &LocalStore::rowsChanged);
        AbsenceReport serverVersion = waiting;
        serverVersion.state = ReportState::Received;
        STORE_VERIFY_OK(m_store->applyPage({put("person", child(studentId).toJson()),
                                            put("absence_report", pulled.toJson()),
                                            put("absence_report", serverVersion.toJson())},
                                           QStringLiteral("c1")));
        // The waiting report kept its local change: not named.
        QCOMPARE(heard(rows), QStringList({QStringLiteral("People: ") + studentId,
                                           QStringLiteral("Reports: ") + uuidText(pulled.id)}));
    }

    void aStudentDroppedNamesEveryRowOfTheStudent()
    {
        AbsenceReport first = sickToday();
        AbsenceReport second = sickToday();
        second.start = second.start.addDays(-7);
        const QString other = QStringLiteral("student-2");
        const AbsenceReport ofOther = sickToday(other);
        STORE_VERIFY_OK(m_store->applyPage(
            {put("person", child(studentId).toJson()), put("person", child(other).toJson()),
             put("absence_report", first.toJson()), put("absence_report", second.toJson()),
             put("absence_report", ofOther.toJson())},
            QStringLiteral("c1")));
        QSignalSpy rows(m_store.get(), &LocalStore::rowsChanged);
        STORE_VERIFY_OK(m_store->applyPage({removal("person", studentId)}, QStringLiteral("c2")));
        QStringList reports = heard(rows).filter(QStringLiteral("Reports"));
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.first().contains(uuidText(first.id)));
        QVERIFY(reports.first().contains(uuidText(second.id)));
        QVERIFY(!reports.first().contains(uuidText(ofOther.id)));
        QVERIFY(heard(rows).contains(QStringLiteral("People: ") + studentId));
    }

    void aWipeChangesEverything()
    {
        STORE_VERIFY_OK(m_store->reportAbsence(sickToday(), Role::Parent));
        QSignalSpy rows(m_store.get(), &LocalStore::rowsChanged);
        STORE_VERIFY_OK(m_store->wipe(std::chrono::milliseconds(0)));
        const QStringList lines = heard(rows);
        for (const char *kind : {"People", "Reports", "Messages", "PlanSteps", "Replies"})
            QVERIFY2(lines.contains(QLatin1String(kind) + QStringLiteral(": *")),
                     qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void anotherStoreOnTheFileHearsTheSameRows()
    {
        LocalStore sameFile;
        QVERIFY(sameFile.open(m_store->path()));
        QSignalSpy rows(&sameFile, &LocalStore::rowsChanged);
        const AbsenceReport report = sickToday();
        STORE_VERIFY_OK(m_store->reportAbsence(report, Role::Parent));
        QCOMPARE(heard(rows), QStringList({QStringLiteral("Reports: ") + uuidText(report.id),
                                           QStringLiteral("Outbox: *")}));
    }
};

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"
