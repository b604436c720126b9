#include "store/entitytables.h"
#include "sync/protocolmessages.h"
#include "sync/pullpagecursor.h"
#include "sync/pullpagetext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::SyncProtocol;

namespace {

QByteArray fixtureText(const QString &name)
{
    QFile file(QStringLiteral(AANWEZIG_TEST_DATA "/sync/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonObject fixture(const QString &name)
{
    return QJsonDocument::fromJson(fixtureText(name)).object();
}

// A pull page as the app read it before readPullPageText(): Qt's JSON, then
// readPullPage() (SyncApi refused a body that is not a JSON object).
std::optional<PullPage> readParsed(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the server's answer is not a JSON object");
        return std::nullopt;
    }
    return readPullPage(document.object(), error);
}

OutboxEntry entry(qint64 seq, const char *name, const QJsonObject &args)
{
    OutboxEntry e;
    e.seq = seq;
    e.name = QString::fromLatin1(name);
    e.args = args;
    return e;
}

} // namespace

class TestProtocolMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pushRequestKeepsSeqOrder()
    {
        const QUuid client = QUuid::createUuid();
        const QJsonObject body = pushRequest(
            client, {entry(7, "mark_read", {{"message_id", "m"}}), entry(8, "acknowledge", {})});
        QCOMPARE(body.value("client_id").toString(), client.toString(QUuid::WithoutBraces));
        const QJsonArray mutations = body.value("mutations").toArray();
        QCOMPARE(mutations.size(), 2);
        QCOMPARE(mutations.at(0).toObject().value("seq").toInteger(), 7);
        QCOMPARE(mutations.at(0).toObject().value("name").toString(), QStringLiteral("mark_read"));
        QCOMPARE(mutations.at(0).toObject().value("args").toObject().value("message_id").toString(),
                 QStringLiteral("m"));
        QCOMPARE(mutations.at(1).toObject().value("seq").toInteger(), 8);
    }

    void pushReplyAppliedRejectedAndRepeats()
    {
        QString error;
        const auto outcome =
            readPushReply(fixture("push-reply-mixed.json"), {41, 42, 43, 44}, &error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->applied, (QList<qint64>{41, 43}));
        QCOMPARE(outcome->rejected.size(), 2);
        QCOMPARE(outcome->rejected.at(0).seq, 42);
        QCOMPARE(outcome->rejected.at(0).reason, QStringLiteral("overlap"));
        QCOMPARE(outcome->rejected.at(1).seq, 44);
        QCOMPARE(outcome->rejected.at(1).reason, QStringLiteral("not_found"));
    }

    // Restored phones: `conflict` is neither applied nor rejected; a
    // `duplicate` the server cannot vouch for (no `same_payload`) is listed.
    void pushReplyConflictsAndUncheckedRepeats()
    {
        const QJsonObject reply{
            {"results",
             QJsonArray{QJsonObject{{"seq", 1}, {"status", "duplicate"}, {"original", "applied"}},
                        QJsonObject{{"seq", 2},
                                    {"status", "duplicate"},
                                    {"original", "applied"},
                                    {"same_payload", true}},
                        QJsonObject{{"seq", 3},
                                    {"status", "conflict"},
                                    {"reason", QJsonObject{{"code", "conflict"}}}},
                        QJsonObject{{"seq", 4}, {"status", "applied"}}}}};
        QString error;
        const auto outcome = readPushReply(reply, {1, 2, 3, 4}, &error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->applied, (QList<qint64>{1, 2, 4}));
        QVERIFY(outcome->rejected.isEmpty());
        QCOMPARE(outcome->conflicts, QList<qint64>{3});
        QCOMPARE(outcome->uncheckedRepeats, QList<qint64>{1});
    }

    void pushReplyMustAnswerEverySentSeq()
    {
        QString error;
        QVERIFY(!readPushReply(fixture("push-reply-mixed.json"), {41, 42, 43, 44, 45}, &error));
        QVERIFY(error.contains("4 of 5"));
        QVERIFY(!readPushReply(fixture("push-reply-mixed.json"), {41, 42}, &error));
        QVERIFY(error.contains("not sent"));
        QVERIFY(!readPushReply(
            {{"results", QJsonArray{QJsonObject{{"seq", 1}, {"status", "odd"}}}}}, {1}, &error));
        QVERIFY(error.contains("odd"));
    }

    void pullPageReadsChangesAndCursor()
    {
        QString error;
        const auto page = readPullPage(fixture("pull-page.json"), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->nextCursor, QStringLiteral("1874"));
        QVERIFY(page->hasMore);
        QCOMPARE(page->changes.size(), 2);
        QCOMPARE(page->changes.at(0).kind, QStringLiteral("person"));
        QCOMPARE(page->changes.at(1).op, ServerChange::Op::Delete);
    }

    void pullPageDeleteCarriesNoData()
    {
        // Found by fuzz-pullpage: the data of a delete was kept, and lost when
        // the change was written back.
        QString error;
        const QJsonObject change{
            {"kind", "plan_step"}, {"id", "s1"}, {"op", "delete"}, {"data", QJsonObject{{"x", 1}}}};
        const auto page =
            readPullPage({{"changes", QJsonArray{change}}, {"next_cursor", "1"}}, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(page->changes.at(0).data.isEmpty());
    }

    void pullPageWithoutCursorIsRefused()
    {
        QString error;
        QVERIFY(!readPullPage({{"changes", QJsonArray{}}}, &error));
        QVERIFY(error.contains("next_cursor"));
        QVERIFY(!readPullPage(
            {{"changes", QJsonArray{QJsonObject{{"op", "explode"}}}}, {"next_cursor", "1"}},
            &error));
        QVERIFY(error.startsWith("change 1"));
    }

    // The app reads pull pages from their text (simdjson, no QJsonObject per
    // entity): the same pages accepted, the same errors, the same changes.
    void pullPageTextReadsAsTheParsedPage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("person and delete") << fixtureText("pull-page.json");
        QTest::newRow("every kind") << fixtureText("pull-page-every-kind.json");
        QTest::newRow("not JSON") << QByteArray("{\"changes\": [");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("a huge number")
            << QByteArray(R"({"changes":[],"next_cursor":"1","x":1e400})");
        QTest::newRow("changes not an array") << QByteArray(R"({"changes":{},"next_cursor":"1"})");
        QTest::newRow("cursor not a string") << QByteArray(R"({"changes":[],"next_cursor":1})");
        QTest::newRow("cursor null") << QByteArray(R"({"changes":[],"next_cursor":null})");
        QTest::newRow("has_more as text")
            << QByteArray(R"({"changes":[],"next_cursor":"1","has_more":"true"})");
        QTest::newRow("has_more twice")
            << QByteArray(R"({"changes":[],"next_cursor":"1","has_more":true,"has_more":false})");
        QTest::newRow("change not an object") << QByteArray(R"({"changes":[1],"next_cursor":"1"})");
        QTest::newRow("op missing")
            << QByteArray(R"({"changes":[{"kind":"plan_step","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("op null") << QByteArray(
            R"({"changes":[{"op":null,"kind":"plan_step","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("op unknown") << QByteArray(
            R"({"changes":[{"op":"upsert","kind":"plan_step","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("op a number") << QByteArray(
            R"({"changes":[{"op":5,"kind":"plan_step","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("kind missing")
            << QByteArray(R"({"changes":[{"op":"delete","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("kind a number")
            << QByteArray(R"({"changes":[{"op":"delete","kind":7,"id":"a"}],"next_cursor":"1"})");
        QTest::newRow("kind of 64")
            << QByteArray(R"({"changes":[{"op":"delete","kind":")" + QByteArray(62, 'k') +
                          R"(\ud83d\udc4b","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("kind of 65")
            << QByteArray(R"({"changes":[{"op":"delete","kind":")" + QByteArray(63, 'k') +
                          R"(\ud83d\udc4b","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("id a number") << QByteArray(
            R"({"changes":[{"op":"delete","kind":"plan_step","id":5}],"next_cursor":"1"})");
        QTest::newRow("id of 201")
            << QByteArray(R"({"changes":[{"op":"delete","kind":"plan_step","id":")" +
                          QByteArray(201, 'i') + R"("}],"next_cursor":"1"})");
        QTest::newRow("put without data") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","id":"a"}],"next_cursor":"1"})");
        QTest::newRow("put with data null") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","id":"a","data":null}],"next_cursor":"1"})");
        QTest::newRow("put with an array") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","id":"a","data":[]}],"next_cursor":"1"})");
        QTest::newRow("delete with data") << QByteArray(
            R"({"changes":[{"op":"delete","kind":"plan_step","id":"a","data":5}],"next_cursor":"1"})");
        QTest::newRow("keys twice") << QByteArray(
            R"({"changes":[{"op":"delete","op":"put","kind":"x","id":"1","data":{"id":"a","student_id":"s","id":"b","at":{"id":1},"at":"2026"}}],"next_cursor":"1"})");
        QTest::newRow("positions") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","data":{"id":"a","position":3.0}},{"op":"put","kind":"plan_step","data":{"id":"b","position":-2}},{"op":"put","kind":"plan_step","data":{"id":"c","position":3.5}},{"op":"put","kind":"plan_step","data":{"id":"d","position":1e10}},{"op":"put","kind":"plan_step","data":{"id":"e","position":"3"}},{"op":"put","kind":"plan_step","data":{"id":"f","position":18446744073709551615}}],"next_cursor":"1"})");
        QTest::newRow("blanks, escapes and brackets in strings") << QByteArray(
            "{ \"changes\" : [ { \"op\" : \"put\" , \"kind\" : \"plan_step\" ,\n \"data\" : "
            "{ \"id\" : \"a\" ,\t\"title\" : \"} ] \\\" , { [ \\u00e9\" , \"n\" : [ 1 , { } ] } "
            "} , 7 ] ,\r\n \"next_cursor\" : \"1\" }");
        QTest::newRow("data twice") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","data":{"id":"a"},"data":{"id":"b","x":[{}]}}],"next_cursor":"1"})");
        QTest::newRow("key with an escape") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","data":{"id":"a"},"d\u0061ta":{"id":"b"}}],"next_cursor":"1"})");
        QTest::newRow("changes twice") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","data":{"id":"a"}}],"changes":[{"op":"put","kind":"plan_step","data":{"id":"b"}}],"next_cursor":"1"})");
        QTest::newRow("the end first, a cursor twice") << QByteArray(
            R"({"has_more":true,"next_cursor":"1","next_cursor":"2","changes":[{"op":"put","kind":"plan_step","data":{"id":"a","next_cursor":"3","has_more":false}}]})");
        QTest::newRow("the end's keys in an entity") << QByteArray(
            R"({"changes":[{"op":"put","kind":"plan_step","data":{"id":"a","next_cursor":"3","has_more":false,"x":{"next_cursor":"4"}}}],"has_more":true,"next_cursor":"2"})");
        QTest::newRow("the end's keys escaped") << QByteArray(
            R"({"changes":[],"has\u005fmore":true,"next_cursor":"1","next\u005fcursor":"\u00e9"})");
    }

    // The sync client asks for the next page with the cursor read from the
    // page's end alone (readPullPageEnd(), before the full read): for every
    // page the full read accepts, it reads that page's end.
    void pullPageEndIsTheEndOfTheFullRead_data() { pullPageTextReadsAsTheParsedPage_data(); }

    void pullPageEndIsTheEndOfTheFullRead()
    {
        QFETCH(QByteArray, text);
        QString error;
        const std::optional<PullPage> read = readPullPageText(text, Store::filingKeys(), &error);
        const std::optional<PullPageEnd> end = readPullPageEnd(text);
        if (!read) {
            if (error.contains(QLatin1String("next_cursor")))
                QVERIFY(!end || !end->hasMore); // nothing asked for on a page without an end
            return;
        }
        QVERIFY(end);
        QCOMPARE(end->nextCursor, read->nextCursor);
        QCOMPARE(end->hasMore, read->hasMore);
    }

    void pullPageTextReadsAsTheParsedPage()
    {
        QFETCH(QByteArray, text);
        QString parsedError;
        QString textError;
        const std::optional<PullPage> parsed = readParsed(text, &parsedError);
        const std::optional<PullPage> read =
            readPullPageText(text, Store::filingKeys(), &textError);
        QCOMPARE(textError, parsedError);
        QCOMPARE(read.has_value(), parsed.has_value());
        if (!read)
            return;
        QCOMPARE(read->nextCursor, parsed->nextCursor);
        QCOMPARE(read->hasMore, parsed->hasMore);
        QCOMPARE(read->changes.size(), parsed->changes.size());
        for (qsizetype i = 0; i < read->changes.size(); ++i) {
            const ServerChange &a = read->changes.at(i);
            const ServerChange &b = parsed->changes.at(i);
            QCOMPARE(a.op, b.op);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.id, b.id);
            if (a.op == ServerChange::Op::Delete) {
                QVERIFY(a.data.isEmpty() && a.dataText.isEmpty());
                continue;
            }
            QCOMPARE(QJsonDocument::fromJson(a.dataText).object(), b.data);
            QVERIFY(a.data.isEmpty());
            const QStringList &keys = Store::filingKeys();
            QCOMPARE(a.filing.texts.size(), keys.size());
            QCOMPARE(a.filing.integers.size(), keys.size());
            for (qsizetype k = 0; k < keys.size(); ++k) {
                QCOMPARE(QString::fromUtf8(a.filing.texts.at(k)),
                         b.data.value(keys.at(k)).toString());
                QCOMPARE(a.filing.integers.at(k), b.data.value(keys.at(k)).toInt());
            }
        }
    }

    // A pulled entity is kept as the text it came as, only without the blanks
    // between tokens (escapes as written): nothing is written anew.
    void pullPageTextKeepsEachEntityAsSent()
    {
        const QByteArray text(
            "{\"changes\": [{\"op\": \"put\", \"kind\": \"plan_step\", \"data\": "
            "{\"id\": \"a\", \"title\": \"caf\\u00e9 } \\\"x\\\"\", \"n\": [1.50, {}]}},\n"
            "{\"op\": \"delete\", \"kind\": \"plan_step\", \"id\": \"b\"}], \"next_cursor\": "
            "\"2\"}");
        QString error;
        const std::optional<PullPage> read = readPullPageText(text, Store::filingKeys(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->changes.size(), 2);
        QCOMPARE(read->changes.at(0).dataText,
                 QByteArray("{\"id\":\"a\",\"title\":\"caf\\u00e9 } \\\"x\\\"\",\"n\":[1.50,{}]}"));
        QVERIFY(read->changes.at(1).dataText.isEmpty());
    }

    // A row is filed (id, student, sort key) from the filing fields read off
    // the page's text as from the whole entity, for every kind of entity.
    void filingKeysAreAllARowIsFiledBy()
    {
        const QByteArray text = fixtureText("pull-page-every-kind.json");
        QString error;
        const std::optional<PullPage> parsed = readParsed(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        const std::optional<PullPage> read = readPullPageText(text, Store::filingKeys(), &error);
        QVERIFY2(read, qPrintable(error));
        QSet<QString> kinds;
        for (qsizetype i = 0; i < read->changes.size(); ++i) {
            const ServerChange &change = read->changes.at(i);
            if (change.op != ServerChange::Op::Put)
                continue;
            const Store::EntityTable *table = Store::entityTableForWireKind(change.kind);
            QVERIFY(table);
            const Store::EntityFields pulled(change.filing);
            const Store::EntityFields whole(parsed->changes.at(i).data);
            QVERIFY(!table->idOf(pulled).isEmpty());
            QCOMPARE(table->idOf(pulled), table->idOf(whole));
            QCOMPARE(table->studentOf(pulled), table->studentOf(whole));
            QCOMPARE(table->sortKey(pulled), table->sortKey(whole));
            kinds.insert(change.kind);
        }
        QCOMPARE(kinds.size(), Store::entityTables().size());
    }

    void pairingReplySkipsUnknownRoles()
    {
        QString error;
        const auto pairing = readPairing(fixture("pair-reply.json"), &error);
        QVERIFY2(pairing, qPrintable(error));
        QCOMPARE(pairing->me.userId, QStringLiteral("sanne.jansen@example.nl"));
        QCOMPARE(pairing->token.size(), 64);
        QCOMPARE(pairing->me.roles, (QList<Role>{Role::Parent, Role::Mentor}));
        QVERIFY(!readPairing({{"user_id", "x"}}, &error));
        QVERIFY(error.contains("token"));
    }

    void errorBody()
    {
        const ErrorBody error =
            readError({{"error", QJsonObject{{"code", "seq_gap"}, {"message", "expected 17"}}}});
        QCOMPARE(error.code, QStringLiteral("seq_gap"));
        QCOMPARE(error.message, QStringLiteral("expected 17"));
        QVERIFY(readError({}).code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProtocolMessages)
#include "tst_protocolmessages.moc"
