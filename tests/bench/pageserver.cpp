#include "pageserver.h"

#include "domain/absencereport.h"
#include "domain/walltime.h"
#include "httpframing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Aanwezig::Bench {

PageServer::PageServer(int total) : m_server(new QTcpServer(this))
{
    m_changes.reserve(total);
    for (int i = 0; i < total; ++i) {
        AbsenceReport report;
        report.id = QUuid::fromString(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        report.studentId = QStringLiteral("S%1").arg(1000 + i % 750);
        report.reporterId = QStringLiteral("parent@mail.example.com");
        report.start = wallTime(QDate(2026, 9, 1).addDays(i % 90), QTime(8, 30));
        report.end = report.start.addSecs(3600);
        report.state = ReportState::Received;
        const QJsonObject change{{QStringLiteral("kind"), QStringLiteral("absence_report")},
                                 {QStringLiteral("op"), QStringLiteral("put")},
                                 {QStringLiteral("data"), report.toJson()}};
        m_changes.append(QJsonDocument(change).toJson(QJsonDocument::Compact));
    }
}

quint16 PageServer::listen()
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!m_server->listen(QHostAddress::LocalHost))
        qFatal("the page server cannot listen");
    return m_server->serverPort();
}

void PageServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    qsizetype length;
    while ((length = Faults::completeMessageLength(buffer)) >= 0) {
        const QByteArray body = answer(buffer.left(length));
        buffer.remove(0, length);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    socket->setProperty("buffer", buffer);
}

QByteArray PageServer::answer(const QByteArray &request) const
{
    const Faults::RequestLine line = Faults::parseRequestLine(request);
    if (line.path.startsWith("/v1/sync/push"))
        return pushReply(request.mid(request.indexOf("\r\n\r\n") + 4));
    if (line.path.startsWith("/v1/me"))
        return QByteArrayLiteral("{\"user_id\":\"") + benchUser + "\",\"roles\":[\"parent\"]}";
    const QUrlQuery query(QUrl(QString::fromLatin1(line.path)).query());
    return pullPage(query.queryItemValue(QStringLiteral("cursor")).toInt(),
                    query.queryItemValue(QStringLiteral("limit")).toInt());
}

QByteArray PageServer::pullPage(int cursor, int limit) const
{
    const int end = std::min(int(m_changes.size()), cursor + limit);
    QByteArray page = "{\"changes\":[";
    for (int i = cursor; i < end; ++i) {
        if (i > cursor)
            page += ',';
        page += m_changes.at(i);
    }
    return page + "],\"next_cursor\":\"" + QByteArray::number(end) +
           "\",\"has_more\":" + (end < m_changes.size() ? "true" : "false") + '}';
}

QByteArray PageServer::pushReply(const QByteArray &body)
{
    const QJsonArray mutations =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("mutations")).toArray();
    QJsonArray results;
    qint64 last = 0;
    for (const QJsonValue &mutation : mutations) {
        last = mutation.toObject().value(QStringLiteral("seq")).toInteger();
        results.append(QJsonObject{{QStringLiteral("seq"), last},
                                   {QStringLiteral("status"), QStringLiteral("applied")}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("last_seq"), last},
                                     {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Aanwezig::Bench
