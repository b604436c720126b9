#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace Aanwezig::Bench {

// A stand-in sync server for the benchmark, so that the figures are the
// phone's own: it serves `total` absence reports, made up front, as pull
// pages (the cursor is the position), applies every pushed mutation and
// names the one user on /v1/me. It answers at once, in a thread of its own.
// The one user the benchmark's phone is paired as.
inline constexpr char benchUser[] = "parent@mail.example.com";

class PageServer : public QObject
{
    Q_OBJECT
public:
    explicit PageServer(int total);
    // Listens on 127.0.0.1; returns the port. Call from the server's thread.
    quint16 listen();

private:
    void serve(QTcpSocket *socket);
    QByteArray answer(const QByteArray &request) const;
    QByteArray pullPage(int cursor, int limit) const;
    static QByteArray pushReply(const QByteArray &body);

    QTcpServer *m_server;        // a child, so that it moves to the server's thread too
    QList<QByteArray> m_changes; // the JSON of each change
};

} // namespace Aanwezig::Bench
