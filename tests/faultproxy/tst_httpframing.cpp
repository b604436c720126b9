#include "httpframing.h"

#include <QTest>

using namespace Aanwezig::Faults;

class TestHttpFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestWithoutBody()
    {
        const QByteArray get = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        QCOMPARE(completeMessageLength(get), get.size());
        QCOMPARE(completeMessageLength(get.left(get.size() - 1)), -1);
        QCOMPARE(parseRequestLine(get).method, QByteArray("GET"));
        QCOMPARE(parseRequestLine(get).path, QByteArray("/v1/health"));
    }

    void bodyByContentLength()
    {
        const QByteArray head = "POST /v1/sync/push HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\n";
        QCOMPARE(completeMessageLength(head + "abc"), -1);
        QCOMPARE(completeMessageLength(head + "abcde"), head.size() + 5);
        // A second, pipelined message is not part of the first.
        QCOMPARE(completeMessageLength(head + "abcdeGET / HTTP/1.1\r\n\r\n"), head.size() + 5);
    }

    void chunkedBody()
    {
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray body = "3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        QCOMPARE(completeMessageLength(head + body), head.size() + body.size());
        QCOMPARE(completeMessageLength(head + body.left(body.size() - 2)), -1);
        QCOMPARE(completeMessageLength(head + "3\r\nab"), -1);
    }

    void garbageIsNotAMessage()
    {
        QCOMPARE(completeMessageLength("no headers here"), -1);
        QCOMPARE(parseRequestLine("nonsense").method, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestHttpFraming)
#include "tst_httpframing.moc"
