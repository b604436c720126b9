// The first-sync benchmark (README, "Benchmarks"; run it through
// tests/bench/loadbench.sh firstsync): a team member's phone pulls the whole
// school for the first time. Prints figures, asserts nothing (but --strict).
//
// For each database (SQLite, then PostgreSQL when AANWEZIG_TEST_PG_URL(_FILE)
// names a cluster): the bench school's roster (--students, one person record
// each) and --changes absence reports, written straight into the change log;
// the real aanwezig-server; a team member paired through POST /v1/pair; then
// the real SyncEngine (its own thread, pages of 1,000, as the app) pulls
// everything into a fresh store while the main thread's event loop is
// watched. Prints the wall time, the CPU of the server and of the phone
// (this process), changes/s, the longest main-thread block and the peak RSS
// of both.
//
// --peer-script FILE (tests/bench/pouchpeer.js, with NODE_PATH naming the
// npm modules) replicates the same number of absence-shaped records from
// express-pouchdb into PouchDB's memory adapter and into LevelDB, and prints
// the ratio to our end-to-end time.
#include "benchschool.h"
#include "filetokenstore.h"
#include "serverprocess.h"
#include "stallmeter.h"
#include "store/localstore.h"
#include "sync/syncengine.h"
#include "testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

struct Options
{
    int changes = 100000;
    int students = 1000;
    QString peerScript;
    QString serverProgram = QStringLiteral(AANWEZIG_SERVER_BIN);
    bool strict = false;
};

struct Figures
{
    QString database;
    qint64 ms = 0;
    qint64 serverCpuMs = 0;
    qint64 phoneCpuMs = 0;
    qint64 longestBlockMs = 0;
    qint64 longestUserWriteMs = 0; // a write of the main thread's store meanwhile
    int userWrites = 0;
    qint64 idleBlockMs = 0; // the longest gap of an idle event loop for 2 s before
    qint64 serverPeakKiB = 0;
    qint64 phonePeakKiB = 0;
    bool complete = false;
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

// CPU time (user + system) of a process from /proc/PID/stat, in ms.
qint64 processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // After the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / sysconf(_SC_CLK_TCK);
}

qint64 ownCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Forgets a process's peak RSS so far (VmHWM starts again from VmRSS).
void resetPeak(const QString &pid)
{
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 ownPeakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// `count` absence reports of the roster's students, written into the change
// log after what is there, in one statement that SQLite and PostgreSQL both
// run. Stored as the server stores them: compact JSON, keys in order.
QString seedStatement(int count)
{
    const QString day = QStringLiteral("'2026-09-' || SUBSTR(CAST(101 + n.i % 28 AS TEXT), 2)");
    const QString id = QStringLiteral(
        "'00000000-0000-4000-8000-' || SUBSTR(CAST(1000000000000 + n.i AS TEXT), 2)");
    return QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1), "
               "s(id, k) AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 FROM students), "
               "c(total) AS (SELECT COUNT(*) FROM students), "
               "h(head) AS (SELECT COALESCE(MAX(pos), 0) FROM records) "
               "INSERT INTO records (kind, id, pos, student_id, for_parents, for_student, "
               "for_staff, deleted, data) "
               "SELECT 'absence_report', %3, h.head + 1 + n.i, s.id, 1, 0, 1, 0, "
               "'{\"code\":\"Z\",\"created_at\":\"' || %2 || 'T07:55\",\"decision\":"
               "\"not_needed\",\"end\":\"' || %2 || 'T09:30\",\"id\":\"' || %3 || "
               "'\",\"note\":\"\",\"reporter_id\":\"parent@mail.example.com\",\"start\":\"' || "
               "%2 || 'T08:30\",\"state\":\"received\",\"student_id\":\"' || s.id || '\"}' "
               "FROM n CROSS JOIN c CROSS JOIN h JOIN s ON s.k = n.i % c.total")
        .arg(count)
        .arg(day, id);
}

// Rows of a table in the phone's store file.
qint64 countRows(const QString &path, const QString &table)
{
    qint64 count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

std::optional<Figures> firstSync(const Options &options)
{
    TestDatabase database;
    QTemporaryDir dir;
    if (!database.isValid() || !dir.isValid()) {
        print(QStringLiteral("no database: %1").arg(database.errorString()));
        return std::nullopt;
    }
    Figures figures;
    figures.database =
        database.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    Bench::BenchSchool school(options.serverProgram, database.url());
    if (!school.importRoster(dir.filePath(QStringLiteral("roster.csv")), options.students, 0)) {
        print(school.errorString());
        return std::nullopt;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (const QString error = database.execute(seedStatement(options.changes)); !error.isEmpty()) {
        print(QStringLiteral("seeding failed: %1").arg(error));
        return std::nullopt;
    }
    // The changes came in one statement; on a running server autovacuum
    // vacuums and analyses the table as it grows (the server analyses after
    // an import or a restore, server/storage/plannerstatistics.h): so does
    // the bench. Unvacuumed, the first read of each new row also marks it
    // (hint bits, pruning: a third of PostgreSQL's work during the pull),
    // which a school's year-old changes never need.
    if (database.isPostgres()) {
        if (const QString error = database.execute(QStringLiteral("VACUUM ANALYZE"));
            !error.isEmpty()) {
            print(QStringLiteral("VACUUM ANALYZE failed: %1").arg(error));
            return std::nullopt;
        }
    }
    const qint64 seedMs = seeding.elapsed();
    ServerProcess server{options.serverProgram};
    if (!server.start(database.url())) {
        print(QStringLiteral("the server did not start: %1").arg(server.errorString()));
        return std::nullopt;
    }
    QString userId;
    const QString token = school.pairPerson(server.baseUrl(), QStringLiteral("team@bench.school"),
                                            QStringLiteral("team"), &userId);
    if (token.isEmpty()) {
        print(school.errorString());
        return std::nullopt;
    }
    print(QStringLiteral("--- %1: %2 students and %3 absence reports (seeded in %4 ms)")
              .arg(figures.database)
              .arg(options.students)
              .arg(options.changes)
              .arg(seedMs));

    const QString path = dir.filePath(QStringLiteral("phone.db"));
    LocalStore ui;
    FileTokenStore tokens(dir.filePath(QStringLiteral("token")));
    if (!ui.open(path) || !ui.setAccount({server.baseUrl(), userId, {Role::Team}}) ||
        !tokens.writeToken(token)) {
        print(QStringLiteral("cannot set up the phone's store"));
        return std::nullopt;
    }
    SyncSettings settings;
    settings.pullLimit = 1000;
    Bench::StallMeter stalls;
    // The control: how long an idle event loop waits on this machine now (a
    // busy machine makes the main thread wait for a core, too).
    stalls.start();
    QEventLoop idle;
    QTimer::singleShot(2000, &idle, &QEventLoop::quit);
    idle.exec();
    figures.idleBlockMs = stalls.stop();
    resetPeak(QString::number(server.processId()));
    resetPeak(QStringLiteral("self"));
    const qint64 serverCpuAtStart = processCpuMs(server.processId());
    const qint64 phoneCpuAtStart = ownCpuMs();
    QElapsedTimer timer;
    stalls.start();
    timer.start();
    {
        SyncEngine engine(path, &tokens, settings);
        SyncStatus &status = *engine.status();
        const auto done = [&] { return !status.isBusy() && status.lastSyncAt().isValid(); };
        const auto failed = [&] {
            return !status.isBusy() && status.lastError() != SyncStatus::ErrorKind::None;
        };
        QEventLoop loop;
        QObject::connect(&status, &SyncStatus::changed, &loop, [&] {
            if (done() || failed())
                loop.quit();
        });
        // The user acts meanwhile: a small write of the main thread's store
        // every 250 ms waits for the pages the sync thread holds. Measured on
        // its own, left out of the longest main-thread block (what the sync
        // itself costs the UI).
        QTimer userActs;
        userActs.setInterval(250);
        QObject::connect(&userActs, &QTimer::timeout, &loop, [&] {
            QElapsedTimer write;
            write.start();
            if (!ui.setReportPolicy(ui.reportPolicy()))
                print(QStringLiteral("a user's write failed during the sync"));
            figures.longestUserWriteMs = std::max(figures.longestUserWriteMs, write.elapsed());
            ++figures.userWrites;
            stalls.skip();
        });
        userActs.start();
        engine.start();
        loop.exec();
        userActs.stop();
        figures.ms = timer.elapsed();
        figures.longestBlockMs = stalls.stop();
        figures.phoneCpuMs = ownCpuMs() - phoneCpuAtStart;
        figures.serverCpuMs = processCpuMs(server.processId()) - serverCpuAtStart;
        if (failed())
            print(QStringLiteral("the sync failed: %1").arg(status.lastErrorMessage()));
    }
    figures.serverPeakKiB = server.peakResidentKiB();
    figures.phonePeakKiB = ownPeakKiB();
    const qint64 reports = countRows(path, QStringLiteral("absence_reports"));
    const qint64 people = countRows(path, QStringLiteral("people"));
    figures.complete = reports == options.changes && people == options.students;
    const qint64 total = options.changes + options.students;
    print(QStringLiteral(
              "%1 changes pulled and applied in %2 ms (%3 changes/s); server CPU %4 "
              "ms, phone CPU %5 ms; longest main-thread block %6 ms (idle: %12 "
              "ms); a user's write meanwhile (every 250 ms) took at most %13 ms (%14 writes); "
              "peak RSS: server %7, phone %8; on the phone: %9 reports, %10 "
              "people%11")
              .arg(total)
              .arg(figures.ms)
              .arg(total * 1000 / std::max<qint64>(1, figures.ms))
              .arg(figures.serverCpuMs)
              .arg(figures.phoneCpuMs)
              .arg(figures.longestBlockMs)
              .arg(megabytes(figures.serverPeakKiB), megabytes(figures.phonePeakKiB))
              .arg(reports)
              .arg(people)
              .arg(figures.complete ? QString() : QStringLiteral(" (INCOMPLETE)"))
              .arg(figures.idleBlockMs)
              .arg(figures.longestUserWriteMs)
              .arg(figures.userWrites));
    return figures;
}

// The PouchDB peer: "memory MS CPU_MS" and "leveldb MS CPU_MS" lines.
QMap<QString, qint64> runPeer(const Options &options)
{
    QTemporaryDir scratch;
    QProcess node;
    node.setWorkingDirectory(scratch.path());
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("node"), {options.peerScript, QString::number(options.changes)});
    QMap<QString, qint64> ms;
    if (!node.waitForStarted() || !node.waitForFinished(30 * 60 * 1000) || node.exitCode() != 0) {
        print(QStringLiteral("the PouchDB peer failed (%1)").arg(node.errorString()));
        return ms;
    }
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3) {
            ms.insert(QString::fromLatin1(words.at(0)), words.at(1).toLongLong());
            print(QStringLiteral("PouchDB 9, express-pouchdb over loopback into %1: %2 ms (%3 "
                                 "changes/s; replicating process CPU %4 ms)")
                      .arg(QString::fromLatin1(words.at(0)))
                      .arg(words.at(1).toLongLong())
                      .arg(qint64(options.changes) * 1000 / std::max(1LL, words.at(1).toLongLong()))
                      .arg(words.at(2).toLongLong()));
        }
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("First-sync benchmark of Aanwezig"));
    parser.addHelpOption();
    const QCommandLineOption changes(QStringLiteral("changes"),
                                     QStringLiteral("absence reports to pull"), QStringLiteral("N"),
                                     QStringLiteral("100000"));
    const QCommandLineOption students(QStringLiteral("students"),
                                      QStringLiteral("students in the roster"), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    const QCommandLineOption peer(QStringLiteral("peer-script"),
                                  QStringLiteral("pouchpeer.js: run the PouchDB peer"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption server(QStringLiteral("server-program"),
                                    QStringLiteral("another aanwezig-server (e.g. an older one)"),
                                    QStringLiteral("FILE"), QStringLiteral(AANWEZIG_SERVER_BIN));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    QStringLiteral("fail unless every change arrived"));
    parser.addOptions({changes, students, peer, server, strict});
    parser.process(app);
    Options options;
    options.changes = parser.value(changes).toInt();
    options.students = parser.value(students).toInt();
    options.peerScript = parser.value(peer);
    options.serverProgram = parser.value(server);
    options.strict = parser.isSet(strict);
    if (options.changes < 1 || options.students < 1)
        parser.showHelp(2);

    // SQLite first (the PostgreSQL variables hidden), then PostgreSQL when named.
    const QByteArray pgUrl = qgetenv("AANWEZIG_TEST_PG_URL");
    const QByteArray pgUrlFile = qgetenv("AANWEZIG_TEST_PG_URL_FILE");
    qunsetenv("AANWEZIG_TEST_PG_URL");
    qunsetenv("AANWEZIG_TEST_PG_URL_FILE");
    QList<Figures> runs;
    bool allComplete = true;
    for (int backend = 0; backend < 2; ++backend) {
        if (backend == 1) {
            if (pgUrl.isEmpty() && pgUrlFile.isEmpty())
                break;
            if (!pgUrl.isEmpty())
                qputenv("AANWEZIG_TEST_PG_URL", pgUrl);
            if (!pgUrlFile.isEmpty())
                qputenv("AANWEZIG_TEST_PG_URL_FILE", pgUrlFile);
        }
        const std::optional<Figures> figures = firstSync(options);
        if (!figures)
            return 1;
        allComplete = allComplete && figures->complete;
        runs.append(*figures);
    }
    QMap<QString, qint64> peerMs;
    if (options.peerScript.isEmpty()) {
        print(QStringLiteral("PouchDB peer: not run (no --peer-script)"));
    } else {
        peerMs = runPeer(options);
        for (auto it = peerMs.cbegin(); it != peerMs.cend(); ++it) {
            for (const Figures &run : std::as_const(runs))
                print(
                    QStringLiteral("%1 vs PouchDB into %2: %3x faster")
                        .arg(run.database, it.key())
                        .arg(double(it.value()) / double(std::max<qint64>(1, run.ms)), 0, 'f', 1));
        }
    }
    // The targets of 100,000 changes (README, "Benchmarks").
    if (options.changes == 100000) {
        const auto met = [](bool yes) {
            return yes ? QStringLiteral("met") : QStringLiteral("NOT met");
        };
        for (const Figures &run : std::as_const(runs)) {
            const qint64 limitMs = run.database == QLatin1String("SQLite") ? 3000 : 4000;
            QString line = QStringLiteral("targets, %1: <= %2 s %3; main thread <= 16 ms %4")
                               .arg(run.database)
                               .arg(limitMs / 1000)
                               .arg(met(run.complete && run.ms <= limitMs))
                               .arg(met(run.longestBlockMs <= 16));
            if (peerMs.contains(QStringLiteral("memory")))
                line += QStringLiteral("; >= 10x PouchDB into memory %1")
                            .arg(met(peerMs.value(QStringLiteral("memory")) >= 10 * run.ms));
            print(line);
        }
    }
    return options.strict && !allComplete ? 1 : 0;
}
