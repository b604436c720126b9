// The write benchmark (README, "Benchmarks"): the latency of pushing
// one new report for a student with 0, 1,000 and 5,000 stored reports, and a
// mentor's pushes while a parent floods the server. Prints figures, asserts
// nothing. The stored reports are written straight into the database before
// the server starts (no phone may store that many through the API now).
//
//   writebench [--reports 0,1000,5000] [--pushes 20] [--flood-seconds 5] [--db sqlite|postgres-url]
#include "apiclient.h"
#include "cli/schoolimport.h"
#include "roster.h"
#include "serverprocess.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <thread>

using namespace Aanwezig;

namespace {

const QString parentEmail = QStringLiteral("parent.one@home.nl"); // S1, S2
const QString mentorEmail = QStringLiteral("mentor.a@school.nl"); // class 1A: S1, S2

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject report(const QString &student, const QDate &day, int hour)
{
    const QString date = day.toString(Qt::ISODate);
    return {
        {QStringLiteral("id"), newId()},
        {QStringLiteral("student_id"), student},
        {QStringLiteral("code"), QStringLiteral("D")},
        {QStringLiteral("start"),
         date + QStringLiteral("T%1:00").arg(hour, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("end"), date + QStringLiteral("T%1:30").arg(hour, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("note"), QString()}};
}

QJsonArray reportMutation(qint64 seq, const QJsonObject &r)
{
    return {Test::mutation(seq, QStringLiteral("report_absence"), {{QStringLiteral("report"), r}})};
}

struct School
{
    QString parentCode;
    QString mentorCode;
};

// A school with `stored` past reports of S1, written as a push stores them.
School prepare(const QString &database, int stored)
{
    QString error;
    Server::configureDatabase(*Server::DatabaseConfig::parse(database, &error));
    School school;
    {
        const QSqlDatabase db = Server::connection();
        Server::migrate(db);
        Server::importRoster(
            db, readRosterFile(QStringLiteral(AANWEZIG_TEST_DATA "/school/roster.csv")).value());
        Server::WriteTransaction transaction(db);
        Server::Records records(db);
        const QDate first = QDate::currentDate().addDays(-stored);
        for (int i = 0; i < stored; ++i) {
            const QJsonObject r = report(QStringLiteral("S1"), first.addDays(i), 9);
            records.put(QStringLiteral("absence_report"), r.value(QStringLiteral("id")).toString(),
                        QStringLiteral("S1"), r);
        }
        transaction.commit();
        school = {Server::createInvite(db, {parentEmail, Role::Parent, {}, {}}),
                  Server::createInvite(db, {mentorEmail, Role::Mentor, {}, {}})};
    }
    Server::dropConnection();
    return school;
}

struct Figures
{
    double p50 = 0;
    double max = 0;
};
Figures figuresOf(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts{0, 1000, 5000};
    int pushes = 20;
    int floodSeconds = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--reports")) {
            counts.clear();
            for (const QString &n : args.at(i + 1).split(u','))
                counts.append(n.toInt());
        } else if (args.at(i) == QLatin1String("--pushes")) {
            pushes = std::max(1, args.at(i + 1).toInt());
        } else if (args.at(i) == QLatin1String("--flood-seconds")) {
            floodSeconds = std::max(1, args.at(i + 1).toInt());
        }
    }
    QTextStream out(stdout);
    bool failed = false;
    for (const int stored : counts) {
        QTemporaryDir directory;
        const QString database =
            QStringLiteral("sqlite:") + directory.filePath(QStringLiteral("bench.db"));
        const School school = prepare(database, stored);
        Test::ServerProcess server(QStringLiteral(AANWEZIG_SERVER_BIN));
        if (!server.start(database,
                          {QStringLiteral("--pair-rate-address"), QStringLiteral("1000")})) {
            out << "the server does not start: " << server.errorString() << Qt::endl;
            return 1;
        }
        Test::ApiClient parent(server.baseUrl());
        Test::ApiClient mentor(server.baseUrl());
        if (parent.pair(school.parentCode).status != 200 ||
            mentor.pair(school.mentorCode).status != 200) {
            out << "pairing failed" << Qt::endl;
            return 1;
        }
        // One new report of S1 per push, each on a day of its own.
        QList<double> latencies;
        const QString client = newId();
        for (int i = 0; i < pushes; ++i) {
            int status = 0;
            latencies.append(timed([&] {
                status =
                    parent
                        .push(client, reportMutation(
                                          i + 1, report(QStringLiteral("S1"),
                                                        QDate::currentDate().addDays(i + 1), 10)))
                        .status;
            }));
            failed = failed || status != 200;
        }
        const Figures push = figuresOf(latencies);
        out << QStringLiteral("push of one report, %1 stored reports of the student: p50 %2 ms, "
                              "max %3 ms (%4 pushes)")
                   .arg(stored)
                   .arg(push.p50, 0, 'f', 1)
                   .arg(push.max, 0, 'f', 1)
                   .arg(pushes)
            << Qt::endl;

        if (stored != counts.last())
            continue;
        // The flood: the parent pushes without pause (one report each, a
        // new client id each, as many phones of one user would), the
        // mentor pushes now and then meanwhile.
        std::atomic<bool> stop{false};
        std::atomic<int> accepted{0}, limited{0}, other{0};
        std::thread flood([&] {
            for (int i = 0; !stop; ++i) {
                const int status =
                    parent
                        .push(newId(),
                              reportMutation(1, report(QStringLiteral("S1"),
                                                       QDate::currentDate().addDays(100 + i / 10),
                                                       8 + i % 10)))
                        .status;
                (status == 200 ? accepted : status == 429 ? limited : other)++;
            }
        });
        QList<double> mentorLatencies;
        QElapsedTimer floodTimer;
        floodTimer.start();
        for (int i = 0; floodTimer.elapsed() < floodSeconds * 1000; ++i) {
            int status = 0;
            mentorLatencies.append(timed([&] {
                status =
                    mentor
                        .push(newId(),
                              reportMutation(1, report(QStringLiteral("S2"),
                                                       QDate::currentDate().addDays(200 + i / 10),
                                                       8 + i % 10)))
                        .status;
            }));
            failed = failed || status != 200;
            QThread::msleep(100); // a mentor's pace, not a synchronisation
        }
        stop = true;
        flood.join();
        const Figures mentorFigures = figuresOf(mentorLatencies);
        out << QStringLiteral("flood of %1 s: parent %2 pushes applied, %3 answered 429, %4 other; "
                              "mentor's pushes meanwhile p50 %5 ms, max %6 ms (%7 pushes)")
                   .arg(floodSeconds)
                   .arg(accepted.load())
                   .arg(limited.load())
                   .arg(other.load())
                   .arg(mentorFigures.p50, 0, 'f', 1)
                   .arg(mentorFigures.max, 0, 'f', 1)
                   .arg(mentorLatencies.size())
            << Qt::endl;
        server.stop();
    }
    return failed ? 1 : 0;
}
