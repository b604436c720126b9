#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A push service as small as a test needs: an HTTP listener on 127.0.0.1
// that takes each POST (the server's Web Push message, RFC 8030), keeps its
// path, headers and still encrypted body, and answers 201. The phone's own
// code decrypts the body, which proves the server encrypted it for the keys
// the phone registered.
namespace Aanwezig::NotifyTest {

class LocalPushEndpoint : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        QByteArray path;
        QByteArray head; // request line and headers, as received
        QByteArray body;
    };

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    // The endpoint URL for a subscription called `name`.
    QString endpoint(const QString &name) const
    {
        return QStringLiteral("http://127.0.0.1:%1/push/%2").arg(m_server.serverPort()).arg(name);
    }
    QList<Message> messages;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        messages.append({requestLine.value(1), head, buffer.mid(headEnd + 4, length)});
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Aanwezig::NotifyTest
