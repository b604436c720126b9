// Runs the real aanwezig-server report command on fixture files.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString dataDir = QStringLiteral(AANWEZIG_TEST_DATA "/attendance/");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runServer(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(AANWEZIG_SERVER_BIN), args);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList reportArgs(const QString &roster, const QString &registrations,
                       const QString &from = QStringLiteral("2024-10-01"),
                       const QString &to = QStringLiteral("2024-10-31"))
{
    return {QStringLiteral("report"),
            QStringLiteral("--roster"),
            roster,
            QStringLiteral("--registrations"),
            registrations,
            QStringLiteral("--from"),
            from,
            QStringLiteral("--to"),
            to};
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsTheExpectedReport()
    {
        const Run run =
            runServer(reportArgs(dataDir + "roster.csv", dataDir + "registrations.csv"));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out),
                 QString::fromUtf8(fileContent(dataDir + "expected-report.csv")));
    }

    void readsByteOrderMarkAndCrlfFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto windowsStyle = [](QByteArray content) {
            return "\xEF\xBB\xBF" + content.replace("\n", "\r\n");
        };
        writeFile(dir.filePath("roster.csv"), windowsStyle(fileContent(dataDir + "roster.csv")));
        writeFile(dir.filePath("reg.csv"),
                  windowsStyle(fileContent(dataDir + "registrations.csv")));
        const Run run = runServer(reportArgs(dir.filePath("roster.csv"), dir.filePath("reg.csv")));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, fileContent(dataDir + "expected-report.csv"));
    }

    void brokenInputStopsWithFileAndLine_data()
    {
        QTest::addColumn<QString>("roster");
        QTest::addColumn<QString>("registrations");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad code") << "roster.csv"
                                  << "broken-registrations.csv"
                                  << "broken-registrations.csv:4: code \"X\" is not one of";
        QTest::newRow("unterminated quote in roster")
            << "broken-roster.csv"
            << "registrations.csv"
            << "broken-roster.csv:3: field 2: a quoted field is never closed";
        QTest::newRow("student not in roster")
            << "roster.csv"
            << "unknown-student-registrations.csv"
            << "unknown-student-registrations.csv:3: student_id \"s99\" is not in the roster";
    }

    void brokenInputStopsWithFileAndLine()
    {
        QFETCH(QString, roster);
        QFETCH(QString, registrations);
        QFETCH(QString, error);
        const Run run = runServer(reportArgs(dataDir + roster, dataDir + registrations));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(dataDir + error), qPrintable(run.err));
        QCOMPARE(run.out, QByteArray());
    }

    void badArgumentsAreRefused_data()
    {
        const QString roster = dataDir + "roster.csv";
        const QString reg = dataDir + "registrations.csv";
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("no options") << QStringList{"report"} << "--roster is missing";
        QTest::newRow("missing --to")
            << QStringList{"report", "--roster", roster,      "--registrations",
                           reg,      "--from",   "2024-10-01"}
            << "--to is missing";
        QTest::newRow("from after to") << reportArgs(roster, reg, "2024-11-01", "2024-10-31")
                                       << "--from 2024-11-01 is after --to 2024-10-31";
        QTest::newRow("bad from date")
            << reportArgs(roster, reg, "1-10-2024", "2024-10-31")
            << "--from \"1-10-2024\" is not a date written as YYYY-MM-DD";
        QTest::newRow("bad to date") << reportArgs(roster, reg, "2024-10-01", "2024-02-30")
                                     << "--to \"2024-02-30\" is not a date written as YYYY-MM-DD";
        QTest::newRow("unknown option")
            << reportArgs(roster, reg) + QStringList{"--verbose"} << "verbose";
        QTest::newRow("stray argument")
            << reportArgs(roster, reg) + QStringList{"extra"} << "unexpected argument \"extra\"";
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run run = runServer(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
        QVERIFY(run.err.contains("usage: aanwezig-server report"));
        QCOMPARE(run.out, QByteArray());
    }

    void unreadableFileIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath("missing.csv");
        const Run run = runServer(reportArgs(dataDir + "roster.csv", missing));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing + ": cannot read the file"), qPrintable(run.err));
        QCOMPARE(run.out, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
