// Read-your-writes and rejection together, on the store the sync client
// drives: a server version pulled while a local change waited must win when
// that change is refused (else the phone keeps an old version the server
// never sends again).
#include "domain/walltime.h"
#include "fixtureschool.h"
#include "store/localstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;

class TestReadYourWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("local.db"))));
        QVERIFY(m_store.setAccount({QStringLiteral("http://127.0.0.1"),
                                    QStringLiteral("mentor@school.example.nl"),
                                    {Role::Mentor}}));
        m_report.id = QUuid::createUuid();
        m_report.studentId = Test::Students::anna;
        m_report.reporterId = Test::People::parentOfS1;
        m_report.code = RegistrationCode::D;
        m_report.start = wallTime(currentWallTime().date().addDays(1), QTime(9, 0));
        m_report.end = m_report.start.addSecs(3600);
        m_report.state = ReportState::Received;
        QVERIFY(m_store.applyPage({put(m_report)}, QStringLiteral("1")));
    }

    void pulledVersionWinsWhenTheWaitingChangeIsRefused()
    {
        QVERIFY(m_store.acknowledge(m_report.id)); // waits for the server
        // Meanwhile a team member acknowledged and closed it; the pull keeps
        // the phone's version on screen.
        AbsenceReport server = m_report;
        server.state = ReportState::Closed;
        QVERIFY(m_store.applyPage({put(server)}, QStringLiteral("2")));
        QCOMPARE(m_store.report(m_report.id)->state, ReportState::SeenByMentor);

        const qint64 seq = m_store.pendingEntries(1).first().seq;
        QVERIFY(m_store.markRejected(seq, QStringLiteral("already_seen")));
        QCOMPARE(m_store.report(m_report.id)->state, ReportState::Closed);
    }

    void pulledDeletionWinsWhenTheWaitingChangeIsRefused()
    {
        QVERIFY(m_store.acknowledge(m_report.id));
        ServerChange deletion;
        deletion.op = ServerChange::Op::Delete;
        deletion.kind = QStringLiteral("absence_report");
        deletion.id = m_report.id.toString(QUuid::WithoutBraces);
        QVERIFY(m_store.applyPage({deletion}, QStringLiteral("2")));
        QVERIFY(m_store.report(m_report.id)); // still waiting: still shown

        QVERIFY(m_store.markRejected(m_store.pendingEntries(1).first().seq,
                                     QStringLiteral("not_found")));
        QVERIFY(!m_store.report(m_report.id));
    }

    void withoutAPullTheRefusalRestoresTheOldVersion()
    {
        QVERIFY(m_store.acknowledge(m_report.id));
        QVERIFY(m_store.markRejected(m_store.pendingEntries(1).first().seq,
                                     QStringLiteral("already_seen")));
        QCOMPARE(m_store.report(m_report.id)->state, ReportState::Received);
    }

private:
    static ServerChange put(const AbsenceReport &report)
    {
        return ServerChange::put(QStringLiteral("absence_report"), report.toJson());
    }

    QTemporaryDir m_dir;
    LocalStore m_store;
    AbsenceReport m_report;
};

QTEST_GUILESS_MAIN(TestReadYourWrites)
#include "tst_readyourwrites.moc"
