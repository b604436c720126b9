// The live channel benchmark of aanwezig-server (see README, "Benchmarks";
// run it through tests/bench/loadbench.sh live10k or live-nginx). Prints
// figures, asserts nothing (--strict, for smoke runs: exit 1 when a socket
// did not open or a push's pokes did not all come).
//
//   livebench [--sockets 10000] [--pushes 20] [--instances 1|2] ...
//     The bench school (tests/bench/benchschool.h: --students in classes of
//     25, --parents paired phones) on a fresh database (SQLite, or PostgreSQL
//     when AANWEZIG_TEST_PG_URL(_FILE) names a cluster) with its mentors and
//     one team member paired too; the server directly, or two instances
//     behind nginx. --sockets idle live sockets (GET /v1/live) are opened
//     with these tokens in turn (several sockets per token), then --pushes
//     parents' sick reports are pushed one after the other (--team-percent P:
//     P % of the sockets are the team's, which every push pokes): server RSS
//     before and after opening the sockets, and for each push the time from
//     its reply (the commit) to the poke at the last socket that should get
//     it (the parent's, the class mentor's and the team's): p50, p95, max.
#include "apiclient.h"
#include "benchschool.h"
#include "livesockets.h"
#include "nginxprocess.h"
#include "serverprocess.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace Aanwezig;
using namespace Aanwezig::Test;
using Bench::LiveSockets;

namespace {

struct Options
{
    int instances = 1;
    int students = 250;
    int parents = 40;
    int sockets = 10000;
    int pushes = 20;
    int teamPercent = 0;
    QStringList serverArgs;
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

qint64 residentKiB(const std::vector<std::unique_ptr<ServerProcess>> &servers)
{
    qint64 sum = 0;
    for (const auto &server : servers)
        sum += server->residentKiB();
    return sum;
}

// Room for the sockets' descriptors here and in the server (which inherits it).
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

// A two-minute sick report of the child, in its own slot `index` of the last days.
QJsonObject sickReport(const QString &child, int index)
{
    const QDateTime start = QDateTime::currentDateTime().addDays(-6).addSecs(qint64(index) * 180);
    const auto minute = [](const QDateTime &time) {
        return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    };
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("student_id"), child},
            {QStringLiteral("code"), QStringLiteral("Z")},
            {QStringLiteral("start"), minute(start)},
            {QStringLiteral("end"), minute(start.addSecs(120))},
            {QStringLiteral("state"), QStringLiteral("sent")}};
}

double percentile(const std::vector<double> &sorted, double p)
{
    return sorted.empty() ? 0.0 : sorted.at(size_t(p * double(sorted.size() - 1)));
}

int run(const Options &options)
{
    raiseFileLimit(rlim_t(options.sockets) + 1000);
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
        auto server = std::make_unique<ServerProcess>(QStringLiteral(AANWEZIG_SERVER_BIN));
        // Every phone pairs and every socket connects from 127.0.0.1.
        const QStringList args =
            QStringList{QStringLiteral("--pair-rate-address"), QStringLiteral("1000000"),
                        QStringLiteral("--max-connections-per-address"),
                        QString::number(std::max(20000, options.sockets * 2))} +
            options.serverArgs;
        if (!server->start(database.url(), args)) {
            print(QStringLiteral("the server did not start: %1").arg(server->errorString()));
            return 1;
        }
        servers.push_back(std::move(server));
    }
    NginxProcess nginx;
    int port = servers.front()->port();
    QString url = servers.front()->baseUrl();
    if (options.instances > 1) {
        QList<int> ports;
        for (const auto &server : servers)
            ports.append(server->port());
        if (!nginx.start(ports, QStringLiteral("/v1/health"))) {
            print(QStringLiteral("nginx did not start: %1").arg(nginx.errorString()));
            return 1;
        }
        port = nginx.port();
        url = nginx.baseUrl();
    }

    // The tokens, in turn: the team, the mentors, the parents.
    if (!school.pairPhones(servers.front()->baseUrl(), options.parents)) {
        print(school.errorString());
        return 1;
    }
    QStringList tokens;
    tokens.append(school.pairPerson(servers.front()->baseUrl(), QStringLiteral("team@bench.school"),
                                    QStringLiteral("team")));
    const int classes = (options.students + 24) / 25;
    for (int c = 0; c < classes; ++c)
        tokens.append(school.pairPerson(servers.front()->baseUrl(),
                                        Bench::BenchSchool::mentorEmail(c * 25),
                                        QStringLiteral("mentor")));
    for (const Bench::Phone &phone : school.phones())
        tokens.append(phone.token);
    if (tokens.contains(QString())) {
        print(school.errorString());
        return 1;
    }
    std::vector<std::string> socketTokens;
    std::vector<int> socketOwner; // index in tokens
    for (int i = 0, inTurn = 0; i < options.sockets; ++i) {
        // --team-percent of the sockets listen as the team (poked by every
        // push), the others take the tokens in turn.
        socketOwner.push_back(i % 100 < options.teamPercent ? 0 : inTurn++ % int(tokens.size()));
        socketTokens.push_back(tokens.at(socketOwner.back()).toStdString());
    }

    print(QStringLiteral("%1 on %2, %3 students in %4 classes, %5 tokens (team, mentors, "
                         "parents), %6 live sockets")
              .arg(options.instances > 1
                       ? QStringLiteral("%1 instances behind nginx").arg(options.instances)
                       : QStringLiteral("one server"),
                   database.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
              .arg(options.students)
              .arg(classes)
              .arg(tokens.size())
              .arg(options.sockets));
    const qint64 before = residentKiB(servers);
    const auto openStart = LiveSockets::Clock::now();
    LiveSockets sockets;
    const int opened = sockets.open(port, socketTokens, 120000);
    const auto openMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(LiveSockets::Clock::now() - openStart)
            .count();
    const qint64 holding = residentKiB(servers);
    print(QStringLiteral("%1 of %2 sockets open in %3 ms; server RSS %4 before, %5 holding "
                         "them (growth %6)")
              .arg(opened)
              .arg(options.sockets)
              .arg(openMs)
              .arg(megabytes(before), megabytes(holding), megabytes(holding - before)));

    std::vector<double> fromReply, fromSend;
    int incomplete = 0;
    std::size_t expectedTotal = 0;
    for (int k = 0; k < options.pushes; ++k) {
        const int parent = k % options.parents;
        const int parentToken = 1 + classes + parent;
        const int mentorToken = 1 + parent / 25;
        std::vector<std::size_t> expected;
        std::vector<int> pokesBefore;
        for (std::size_t i = 0; i < sockets.size(); ++i) {
            const int owner = socketOwner[i];
            if (owner == 0 || owner == mentorToken || owner == parentToken) {
                expected.push_back(i);
                pokesBefore.push_back(sockets.pokes(i));
            }
        }
        expectedTotal += expected.size();
        ApiClient api(url);
        api.setToken(tokens.at(parentToken));
        const Bench::Phone &phone = school.phones().at(parent);
        const auto sent = LiveSockets::Clock::now();
        const ApiReply reply =
            api.push(QUuid::createUuid().toString(QUuid::WithoutBraces),
                     {mutation(1, QStringLiteral("report_absence"),
                               {{QStringLiteral("report"), sickReport(phone.childId, k)}})});
        const auto replied = LiveSockets::Clock::now();
        if (reply.status != 200 || statusOf(reply.result()) != QLatin1String("applied")) {
            print(QStringLiteral("push %1 got %2: %3")
                      .arg(k)
                      .arg(reply.status)
                      .arg(QString::fromUtf8(reply.body)));
            return 1;
        }
        const auto deadline = replied + std::chrono::seconds(10);
        const auto allPoked = [&] {
            for (std::size_t j = 0; j < expected.size(); ++j) {
                if (sockets.pokes(expected[j]) <= pokesBefore[j])
                    return false;
            }
            return true;
        };
        bool complete = allPoked();
        while (!complete && LiveSockets::Clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::microseconds(500)); // polling with a deadline
            complete = allPoked();
        }
        if (!complete) {
            ++incomplete;
            continue;
        }
        LiveSockets::Clock::time_point last{};
        for (const std::size_t i : expected)
            last = std::max(last, sockets.lastPoke(i));
        const auto ms = [](LiveSockets::Clock::duration d) {
            return double(std::chrono::duration_cast<std::chrono::microseconds>(d).count()) /
                   1000.0;
        };
        fromReply.push_back(ms(last - replied));
        fromSend.push_back(ms(last - sent));
    }
    std::sort(fromReply.begin(), fromReply.end());
    std::sort(fromSend.begin(), fromSend.end());
    print(QStringLiteral("%1 pushes, each to poke %2 sockets on average; %3 pokes missing "
                         "after 10 s")
              .arg(options.pushes)
              .arg(options.pushes > 0 ? double(expectedTotal) / options.pushes : 0.0, 0, 'f', 0)
              .arg(incomplete));
    const auto figures = [&](const std::vector<double> &sorted) {
        return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
            .arg(percentile(sorted, 0.5), 0, 'f', 1)
            .arg(percentile(sorted, 0.95), 0, 'f', 1)
            .arg(sorted.empty() ? 0.0 : sorted.back(), 0, 'f', 1);
    };
    print(QStringLiteral("push reply (commit) -> poke at the last socket: %1")
              .arg(figures(fromReply)));
    print(QStringLiteral("push sent -> poke at the last socket: %1").arg(figures(fromSend)));
    const int stillOpen = sockets.openCount();
    print(QStringLiteral("still open: %1; server RSS now %2 (growth %3)")
              .arg(stillOpen)
              .arg(megabytes(residentKiB(servers)), megabytes(residentKiB(servers) - before)));
    const bool allOk = opened == options.sockets && stillOpen == options.sockets && incomplete == 0;
    return options.strict && !allOk ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Live channel benchmark of aanwezig-server"));
    parser.addHelpOption();
    Options options;
    const auto number = [&](const char *name, const char *description, int fallback) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description),
                                  QStringLiteral("N"), QString::number(fallback));
        parser.addOption(option);
        return option;
    };
    const auto instances = number("instances", "server instances (2: behind nginx)", 1);
    const auto students = number("students", "students in the roster", options.students);
    const auto parents = number("parents", "paired parents' phones", options.parents);
    const auto sockets = number("sockets", "idle live sockets to hold", options.sockets);
    const auto pushes = number("pushes", "pushes, one after the other", options.pushes);
    const auto teamPercent =
        number("team-percent", "sockets with the team's token (poked by every push), in %", 0);
    const QCommandLineOption serverArg(QStringLiteral("server-arg"),
                                       QStringLiteral("an argument added to `serve`"),
                                       QStringLiteral("ARG"));
    const QCommandLineOption strict(
        QStringLiteral("strict"),
        QStringLiteral("fail unless every socket opened and got its pokes"));
    parser.addOptions({serverArg, strict});
    parser.process(app);
    options.instances = parser.value(instances).toInt();
    options.students = parser.value(students).toInt();
    options.parents = std::max(1, parser.value(parents).toInt());
    options.sockets = parser.value(sockets).toInt();
    options.pushes = parser.value(pushes).toInt();
    options.teamPercent = parser.value(teamPercent).toInt();
    options.serverArgs = parser.values(serverArg);
    options.strict = parser.isSet(strict);
    return run(options);
}
