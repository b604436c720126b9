#include "sync/protocolmessages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::SyncProtocol;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(AANWEZIG_TEST_DATA "/sync/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
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
