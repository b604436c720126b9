// Bounded growth: what a new report costs the server does not grow with the
// student's history. The push runs in this process on an SQLite database,
// and SQLite counts the virtual-machine steps it takes (a progress handler
// called at every step): with 5,000 stored reports of the student the check
// reads a bounded number of rows, so the count stays near the empty case.
#include "cli/schoolimport.h"
#include "entities.h"
#include "protocol/mutations.h"
#include "roster.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/records.h"
#include "sync/push.h"
#include "sync/scope.h"

#include <QSqlDriver>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace Aanwezig;
using namespace Aanwezig::Server;

namespace {

int countStep(void *steps)
{
    ++*static_cast<qint64 *>(steps);
    return 0;
}

QJsonObject pushOfOneReport(const QString &student, const QDate &day)
{
    QJsonObject report = Test::reportJson(Test::newId(), student, RegistrationCode::D, 9);
    report.insert(QStringLiteral("start"), day.toString(Qt::ISODate) + QStringLiteral("T09:00"));
    report.insert(QStringLiteral("end"), day.toString(Qt::ISODate) + QStringLiteral("T10:00"));
    return {{QStringLiteral("client_id"), Test::newId()},
            {QStringLiteral("mutations"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("seq"), 1},
                 {QStringLiteral("name"), QLatin1String(Mutations::reportAbsence)},
                 {QStringLiteral("args"), QJsonObject{{QStringLiteral("report"), report}}}}}}};
}

} // namespace

class TstWriteCost : public QObject
{
    Q_OBJECT

private slots:
    void newReportCostDoesNotGrowWithHistory()
    {
        QTemporaryDir directory;
        QString error;
        configureDatabase(*DatabaseConfig::parse(
            QStringLiteral("sqlite:") + directory.filePath(QStringLiteral("cost.db")), &error));
        const QSqlDatabase db = connection();
        migrate(db);
        const auto roster = readRosterFile(QStringLiteral(AANWEZIG_TEST_DATA "/school/roster.csv"));
        QVERIFY(roster.ok());
        importRoster(db, roster.value());
        const QString code =
            createInvite(db, {QStringLiteral("mentor.a@school.nl"), Role::Mentor, {}, {}});
        const auto device = redeemInvite(db, code, QStringLiteral("cost"));
        QVERIFY(device);
        const Scope mentor = Scope::load(db, device->userId);

        // 5,000 reports of S1 in the past, stored as a push would store them.
        {
            WriteTransaction transaction(db);
            Records records(db);
            const QDate first = QDate::currentDate().addDays(-3000);
            for (int i = 0; i < 5000; ++i) {
                const QString id = Test::newId();
                QJsonObject report =
                    Test::reportJson(id, QStringLiteral("S1"), RegistrationCode::Z, 8 + i % 2);
                const QString day = first.addDays(i / 2).toString(Qt::ISODate);
                report.insert(QStringLiteral("start"),
                              day + (i % 2 ? QStringLiteral("T09:00") : QStringLiteral("T08:00")));
                report.insert(QStringLiteral("end"),
                              day + (i % 2 ? QStringLiteral("T10:00") : QStringLiteral("T09:00")));
                records.put(QStringLiteral("absence_report"), id, QStringLiteral("S1"), report);
            }
            transaction.commit();
        }

        sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().data());
        QVERIFY(handle);
        const auto stepsOf = [&](const QString &student, const QDate &day) {
            qint64 steps = 0;
            sqlite3_progress_handler(handle, 1, countStep, &steps);
            const QJsonObject reply = handlePush(db, mentor, pushOfOneReport(student, day));
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
            finishStatements();
            const QString status = reply.value(QStringLiteral("results"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("status"))
                                       .toString();
            return status == QLatin1String("applied") ? steps : -1;
        };
        stepsOf(QStringLiteral("S2"), QDate::currentDate()); // statements prepared once
        const qint64 empty = stepsOf(QStringLiteral("S2"), QDate::currentDate().addDays(1));
        const qint64 full = stepsOf(QStringLiteral("S1"), QDate::currentDate().addDays(1));
        qInfo() << "SQLite steps of one report's push: no stored reports" << empty
                << ", 5,000 stored reports" << full;
        QVERIFY(empty > 0 && full > 0);
        QVERIFY2(full < empty * 2, qPrintable(QStringLiteral("%1 vs %2").arg(full).arg(empty)));
    }
};

QTEST_GUILESS_MAIN(TstWriteCost)
#include "tst_writecost.moc"
