// The load benchmark of aanwezig-server (see README, "Benchmarks"; run it
// through tests/bench/loadbench.sh). Prints figures, asserts nothing.
//
//   loadbench load [--instances 1|2] [--writes 0,10] ...
//     A school (--students, --parents paired phones) on a fresh database
//     (SQLite, or PostgreSQL when AANWEZIG_TEST_PG_URL(_FILE) names a
//     cluster); the server directly, or two instances behind nginx; wrk
//     (tests/bench/loadbench.lua) pulls at the phones' latest cursors with
//     --writes percent pushes over --connections connections for --duration
//     seconds: requests/s, p50/p99 latency, answers by status, server RSS.
//   loadbench idle [--idle-connections 10000]
//     Holds that many keep-alive connections open at once: server RSS
//     growth, and the latency of GET /v1/health from another client meanwhile.
//
// --server-arg ARG (repeatable) adds an argument to `serve`. --strict (for
// smoke runs) exits with 1 when a request failed or got another status than 200.
#include "apiclient.h"
#include "benchschool.h"
#include "idleconnections.h"
#include "nginxprocess.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

struct Options
{
    QString mode;
    int instances = 1;
    int students = 1000;
    int parents = 200;
    int connections = 64;
    int threads = 2;
    int duration = 20;
    QList<int> writes{0, 10};
    int idleConnections = 10000;
    int healthRequests = 1000;
    QStringList serverArgs;
    QString script;
    bool strict = false;
};

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString megabytes(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

// The sum of the servers' resident (or peak) memory in KiB.
qint64 residentKiB(const std::vector<std::unique_ptr<ServerProcess>> &servers, bool peak)
{
    qint64 sum = 0;
    for (const auto &server : servers)
        sum += peak ? server->peakResidentKiB() : server->residentKiB();
    return sum;
}

// Makes room for `files` open descriptors in this process and in the
// server, which inherits the limit.
void raiseFileLimit(rlim_t files)
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min(std::max(limit.rlim_cur, files), limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < files)
        print(
            QStringLiteral("warning: only %1 open files allowed (ulimit -Hn)").arg(limit.rlim_cur));
}

std::unique_ptr<ServerProcess> startServer(const QString &database, const Options &options)
{
    auto server = std::make_unique<ServerProcess>(QStringLiteral(AANWEZIG_SERVER_BIN));
    // Every phone pairs from 127.0.0.1.
    const QStringList args =
        QStringList{QStringLiteral("--pair-rate-address"), QStringLiteral("1000000"),
                    QStringLiteral("--push-rate-user"), QStringLiteral("1000000")} +
        options.serverArgs;
    if (!server->start(database, args)) {
        print(QStringLiteral("the server did not start: %1").arg(server->errorString()));
        return nullptr;
    }
    return server;
}

int runLoad(const Options &options)
{
    TestDatabase database;
    QTemporaryDir dir;
    if (!database.isValid() || !dir.isValid()) {
        print(QStringLiteral("no database: %1").arg(database.errorString()));
        return 1;
    }
    Bench::BenchSchool school(QStringLiteral(AANWEZIG_SERVER_BIN), database.url());
    if (!school.importRoster(dir.filePath(QStringLiteral("roster.csv")), options.students,
                             options.parents)) {
        print(school.errorString());
        return 1;
    }
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (int i = 0; i < options.instances; ++i) {
        servers.push_back(startServer(database.url(), options));
        if (!servers.back())
            return 1;
    }
    NginxProcess nginx;
    QString url = servers.front()->baseUrl();
    if (options.instances > 1) {
        QList<int> ports;
        for (const auto &server : servers)
            ports.append(server->port());
        if (!nginx.start(ports, QStringLiteral("/v1/health"))) {
            print(QStringLiteral("nginx did not start: %1").arg(nginx.errorString()));
            return 1;
        }
        url = nginx.baseUrl();
    }
    QElapsedTimer pairing;
    pairing.start();
    const QString phonesFile = dir.filePath(QStringLiteral("phones.txt"));
    if (!school.pairPhones(servers.front()->baseUrl(), options.parents) ||
        !school.writePhones(phonesFile)) {
        print(school.errorString());
        return 1;
    }
    print(QStringLiteral("%1 on %2, %3 students, %4 paired phones (paired in %5 s)")
              .arg(options.instances > 1
                       ? QStringLiteral("%1 instances behind nginx").arg(options.instances)
                       : QStringLiteral("one server"),
                   database.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
              .arg(options.students)
              .arg(options.parents)
              .arg(pairing.elapsed() / 1000));
    for (const int writes : options.writes) {
        const qint64 before = residentKiB(servers, false);
        print(QStringLiteral("--- %1 % pushes, %2 connections, %3 s")
                  .arg(writes)
                  .arg(options.connections)
                  .arg(options.duration));
        QProcess wrk;
        wrk.setProcessChannelMode(QProcess::MergedChannels);
        wrk.start(QStringLiteral("wrk"),
                  {QStringLiteral("-t%1").arg(options.threads),
                   QStringLiteral("-c%1").arg(options.connections),
                   QStringLiteral("-d%1s").arg(options.duration), QStringLiteral("--timeout"),
                   QStringLiteral("5s"), QStringLiteral("-s"), options.script, url,
                   QStringLiteral("--"), phonesFile, QString::number(writes)});
        if (!wrk.waitForStarted() || !wrk.waitForFinished(options.duration * 1000 + 60000) ||
            wrk.exitCode() != 0) {
            print(QStringLiteral("wrk failed (is it installed? scripts/install-deps.sh)"));
            return 1;
        }
        const QString output = QString::fromUtf8(wrk.readAll()).trimmed();
        print(output);
        static const QRegularExpression onlyOk(QStringLiteral(
            "answers by status: 200: \\d+\n.*connect 0, read 0, write 0, timeout 0"));
        if (options.strict && !onlyOk.match(output).hasMatch())
            return 1;
        print(QStringLiteral("server RSS: %1 before, %2 at the peak, %3 now")
                  .arg(megabytes(before), megabytes(residentKiB(servers, true)),
                       megabytes(residentKiB(servers, false))));
    }
    return 0;
}

int runIdle(const Options &options)
{
    raiseFileLimit(rlim_t(options.idleConnections) + 1000);
    TestDatabase database;
    if (!database.isValid()) {
        print(QStringLiteral("no database: %1").arg(database.errorString()));
        return 1;
    }
    std::vector<std::unique_ptr<ServerProcess>> servers;
    servers.push_back(startServer(database.url(), options));
    if (!servers.back())
        return 1;
    ServerProcess &server = *servers.front();
    const qint64 before = server.residentKiB();
    QElapsedTimer timer;
    timer.start();
    Bench::IdleConnections idle;
    const int answered = idle.open(server.port(), options.idleConnections, 30000);
    print(QStringLiteral("%1 of %2 connections opened, %3 answered 200 in %4 ms")
              .arg(idle.opened())
              .arg(options.idleConnections)
              .arg(answered)
              .arg(timer.elapsed()));
    const qint64 holding = server.residentKiB();
    // GET /v1/health from another client meanwhile (for at most 20 s).
    ApiClient health(server.baseUrl(), 2);
    std::vector<double> latencies;
    int failed = 0;
    timer.restart();
    for (int i = 0; i < options.healthRequests && timer.elapsed() < 20000; ++i) {
        QElapsedTimer one;
        one.start();
        if (health.get(QStringLiteral("/v1/health")).status != 200)
            ++failed;
        latencies.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.empty() ? 0.0 : latencies.at(size_t(p * double(latencies.size() - 1)));
    };
    print(QStringLiteral("GET /v1/health meanwhile: %1 requests, %2 failed, p50 %3 ms, "
                         "p99 %4 ms, max %5 ms")
              .arg(latencies.size())
              .arg(failed)
              .arg(percentile(0.5), 0, 'f', 2)
              .arg(percentile(0.99), 0, 'f', 2)
              .arg(latencies.empty() ? 0.0 : latencies.back(), 0, 'f', 2));
    const int stillOpen = idle.stillOpen();
    print(QStringLiteral("still open: %1; server RSS: %2 before, %3 holding them (growth %4), "
                         "%5 at the peak")
              .arg(stillOpen)
              .arg(megabytes(before), megabytes(holding), megabytes(holding - before),
                   megabytes(server.peakResidentKiB())));
    const bool allOk =
        answered == options.idleConnections && failed == 0 && stillOpen == options.idleConnections;
    return options.strict && !allOk ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load benchmark of aanwezig-server"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("load or idle"));
    const auto number = [&](const char *name, const char *description, int fallback) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description),
                                  QStringLiteral("N"), QString::number(fallback));
        parser.addOption(option);
        return option;
    };
    Options options;
    const auto instances = number("instances", "server instances (2: behind nginx)", 1);
    const auto students = number("students", "students in the roster", options.students);
    const auto parents = number("parents", "paired parents' phones", options.parents);
    const auto connections = number("connections", "wrk connections", options.connections);
    const auto threads = number("threads", "wrk threads", options.threads);
    const auto duration = number("duration", "seconds per run", options.duration);
    const auto idle = number("idle-connections", "connections to hold", options.idleConnections);
    const auto health =
        number("health-requests", "GET /v1/health while holding them", options.healthRequests);
    const QCommandLineOption writes(QStringLiteral("writes"),
                                    QStringLiteral("percentages of pushes, one run each"),
                                    QStringLiteral("LIST"), QStringLiteral("0,10"));
    const QCommandLineOption serverArg(QStringLiteral("server-arg"),
                                       QStringLiteral("an argument added to `serve`"),
                                       QStringLiteral("ARG"));
    const QCommandLineOption script(QStringLiteral("script"), QStringLiteral("the wrk script"),
                                    QStringLiteral("FILE"),
                                    QStringLiteral(AANWEZIG_LOADBENCH_SCRIPT));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    QStringLiteral("fail unless every request got 200"));
    parser.addOptions({writes, serverArg, script, strict});
    parser.process(app);
    options.mode = parser.positionalArguments().value(0);
    options.instances = parser.value(instances).toInt();
    options.students = parser.value(students).toInt();
    options.parents = parser.value(parents).toInt();
    options.connections = parser.value(connections).toInt();
    options.threads = parser.value(threads).toInt();
    options.duration = parser.value(duration).toInt();
    options.idleConnections = parser.value(idle).toInt();
    options.healthRequests = parser.value(health).toInt();
    options.writes.clear();
    for (const QString &w : parser.value(writes).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.writes.append(w.toInt());
    options.serverArgs = parser.values(serverArg);
    options.script = parser.value(script);
    options.strict = parser.isSet(strict);
    if (options.mode == QLatin1String("load"))
        return runLoad(options);
    if (options.mode == QLatin1String("idle"))
        return runIdle(options);
    parser.showHelp(2);
}
