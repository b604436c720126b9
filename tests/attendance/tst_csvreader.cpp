#include "csvreader.h"
#include "csvwriter.h"

#include <QTest>

using namespace Aanwezig;

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsHeaderAndRecordsWithTheirLines()
    {
        const auto table = parseCsv("a,b\n1,2\n3,4\n", QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().header, QStringList({"a", "b"}));
        QCOMPARE(table.value().records.size(), 2);
        QCOMPARE(table.value().records[0].line, 2);
        QCOMPARE(table.value().records[0].fields, QStringList({"1", "2"}));
        QCOMPARE(table.value().records[1].line, 3);
        QCOMPARE(table.value().records[1].fields, QStringList({"3", "4"}));
    }

    void lastLineNeedsNoLineBreak()
    {
        const auto table = parseCsv("a,b\n1,2", QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().records.size(), 1);
        QCOMPARE(table.value().records[0].fields, QStringList({"1", "2"}));
    }

    void emptyFieldsAreKept()
    {
        const auto table = parseCsv("a,b,c\n,,\n", QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().records[0].fields, QStringList({"", "", ""}));
    }

    void quotedFieldsHoldCommasQuotesAndLineBreaks()
    {
        const auto table =
            parseCsv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"\"\nlast,z\n",
                     QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        const auto &records = table.value().records;
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, QStringList({"x, y", "say \"hi\""}));
        QCOMPARE(records[1].fields, QStringList({"two\nlines", ""}));
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[2].line, 5); // the line break inside quotes counts
    }

    void crlfLineEndings()
    {
        const auto table = parseCsv("a,b\r\n1,2\r\n\"x\r\ny\",3\r\n", QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        const auto &records = table.value().records;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields, QStringList({"1", "2"}));
        QCOMPARE(records[1].fields, QStringList({"x\r\ny", "3"}));
        QCOMPARE(records[1].line, 3);
    }

    void byteOrderMarkIsSkipped()
    {
        const auto table = parseCsv("\xEF\xBB\xBF"
                                    "a,b\n1,2\n",
                                    QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().header, QStringList({"a", "b"}));
    }

    void utf8TextIsDecoded()
    {
        const auto table = parseCsv("a\nZo\xC3\xAB\n", QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().records[0].fields[0], QStringLiteral("Zo\u00EB"));
    }

    void emptyLinesAreSkippedAndLinesStillCount()
    {
        const auto table = parseCsv("a,b\n\n1,2\r\n\r\n3,4\n\n", QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        const auto &records = table.value().records;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].line, 3);
        QCOMPARE(records[1].line, 5);
    }

    void errorsNameTheLineWhereTheRecordStarts_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty file") << QByteArray() << 1 << "empty";
        QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << 1 << "empty";
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,2\n3,\"open\n\nmore\n") << 3 << "never closed";
        QTest::newRow("stray quote in plain field")
            << QByteArray("a,b\n1,2\n3,ab\"c\n") << 3 << "quote inside a field";
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n1,\"x\"y\n") << 2 << "after the closing quote";
        QTest::newRow("too few fields") << QByteArray("a,b\n1,2\n3\n") << 3 << "1 fields";
        QTest::newRow("too many fields")
            << QByteArray("a,b\n\"multi\nline\",2\n3,4,5\n") << 4 << "3 fields";
        QTest::newRow("field count after multi-line record")
            << QByteArray("a,b\n\"x\ny\",2,9\n") << 2 << "3 fields";
        QTest::newRow("lone carriage return")
            << QByteArray("a,b\n1,2\r3\n") << 2 << "carriage return";
        QTest::newRow("not utf-8") << QByteArray("a,b\n1,2\n\xFF\xFE,3\n") << 3 << "UTF-8";
        QTest::newRow("bad quote in header")
            << QByteArray("a,b\"\n1,2\n") << 1 << "quote inside a field";
    }

    void errorsNameTheLineWhereTheRecordStarts()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const auto table = parseCsv(content, QStringLiteral("in.csv"));
        QVERIFY(!table.ok());
        QCOMPARE(table.error().file, QStringLiteral("in.csv"));
        QCOMPARE(table.error().line, line);
        QVERIFY2(table.error().message.contains(messagePart), qPrintable(table.error().message));
        QVERIFY(table.error().toString().startsWith(QStringLiteral("in.csv:%1: ").arg(line)));
    }

    void headerMustMatchExactly()
    {
        const auto table = parseCsv("a,c\n1,2\n", QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QVERIFY(!checkHeader(table.value(), {"a", "c"}, QStringLiteral("f.csv")));
        const auto error = checkHeader(table.value(), {"a", "b"}, QStringLiteral("f.csv"));
        QVERIFY(error);
        QCOMPARE(error->toString(),
                 QStringLiteral("f.csv:1: the header must be exactly \"a,b\" but it is \"a,c\""));
    }

    void writerQuotesOnlyWhereNeededAndReadsBack()
    {
        const QStringList fields{"plain", "with, comma", "say \"hi\"", "two\nlines", ""};
        const QString line = csvLine(fields);
        QCOMPARE(line,
                 QStringLiteral("plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\n"));
        const auto table = parseCsv((csvLine(fields) + line).toUtf8(), QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().header, fields);
        QCOMPARE(table.value().records[0].fields, fields);
    }

    void writerKeepsALoneEmptyField()
    {
        // Found by fuzz-csv: "\n" would be an empty line, which readers skip.
        QCOMPARE(csvLine({QString()}), QStringLiteral("\"\"\n"));
        const auto table =
            parseCsv((csvLine({"a"}) + csvLine({QString()})).toUtf8(), QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().records.size(), 1);
        QCOMPARE(table.value().records[0].fields, QStringList{QString()});
    }

    void writerQuotesALeadingByteOrderMark()
    {
        // Found by fuzz-csv: a field starting with U+FEFF, written first in a
        // file, would lose it to the reader as the byte order mark.
        const QString field = QChar(0xFEFF) + QStringLiteral("id");
        const auto table =
            parseCsv((csvLine({field}) + csvLine({"S1"})).toUtf8(), QStringLiteral("f.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().header, QStringList{field});
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
