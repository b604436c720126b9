#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Aanwezig::Test {

// What came back on a raw connection: the status of the first response
// (-1 when no complete status line and headers came), its headers and body.
struct RawResponse
{
    int status = -1;
    QByteArray head; // status line and headers
    QByteArray body;

    QJsonObject json() const;
    QString errorCode() const; // error.code of a JSON error body
};

// A plain TCP connection to a server on 127.0.0.1 for the requests an HTTP
// client cannot send: malformed, endless, slow, from another loopback source
// address (e.g. 127.0.0.2). POSIX socket; every wait has a timeout. Closed
// when destroyed.
class RawConnection
{
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(RawConnection &&other) noexcept;
    RawConnection &operator=(RawConnection &&other) noexcept;
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Connects from sourceAddress (a loopback address) to 127.0.0.1:port.
    bool connect(int port, const char *sourceAddress = "127.0.0.1", int timeoutMs = 5000);
    bool isOpen() const { return m_fd >= 0; }
    // Whether the server was seen closing the connection.
    bool isClosedByPeer() const { return m_closedByPeer; }

    // Sends all of bytes unless the server answers, closes or stops reading
    // for timeoutMs first: then false, and the rest is not sent.
    bool send(const QByteArray &bytes, int timeoutMs = 5000);
    // Whether the server has sent something or closed the connection, after
    // waiting at most timeoutMs.
    bool hasNews(int timeoutMs = 0) const;
    // Reads one response (body by Content-Length, or up to the close),
    // waiting at most timeoutMs for it.
    RawResponse readResponse(int timeoutMs);
    // Whether the server closes the connection within timeoutMs (what it
    // sends meanwhile is read and dropped).
    bool waitForClose(int timeoutMs);
    void close();

private:
    // Reads what is there into m_received, waiting at most timeoutMs for
    // it: 1 when something came, 0 when nothing did, -1 when the server
    // closed the connection (or on an error).
    int receive(int timeoutMs);

    int m_fd = -1;
    bool m_closedByPeer = false;
    QByteArray m_received;
};

} // namespace Aanwezig::Test
