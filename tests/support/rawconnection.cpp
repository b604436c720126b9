#include "rawconnection.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QList>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace Aanwezig::Test {

namespace {

sockaddr_in loopback(const char *address, int port)
{
    sockaddr_in result{};
    result.sin_family = AF_INET;
    result.sin_port = htons(quint16(port));
    inet_pton(AF_INET, address, &result.sin_addr);
    return result;
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(0, deadline.remainingTime()));
}

} // namespace

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawResponse::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

RawConnection::~RawConnection()
{
    close();
}

RawConnection::RawConnection(RawConnection &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_closedByPeer(other.m_closedByPeer),
      m_received(std::move(other.m_received))
{}

RawConnection &RawConnection::operator=(RawConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_closedByPeer = other.m_closedByPeer;
        m_received = std::move(other.m_received);
    }
    return *this;
}

bool RawConnection::connect(int port, const char *sourceAddress, int timeoutMs)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    const sockaddr_in source = loopback(sourceAddress, 0);
    const sockaddr_in server = loopback("127.0.0.1", port);
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&source), sizeof source) != 0 ||
        (::connect(m_fd, reinterpret_cast<const sockaddr *>(&server), sizeof server) != 0 &&
         errno != EINPROGRESS)) {
        close();
        return false;
    }
    pollfd wait{m_fd, POLLOUT, 0};
    int error = 0;
    socklen_t length = sizeof error;
    if (::poll(&wait, 1, timeoutMs) != 1 ||
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
        close();
        return false;
    }
    return true;
}

bool RawConnection::send(const QByteArray &bytes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < bytes.size()) {
        pollfd wait{m_fd, POLLOUT | POLLIN, 0};
        if (::poll(&wait, 1, remainingMs(deadline)) != 1 || (wait.revents & ~POLLOUT) != 0)
            return false; // timed out, or the server answered or closed
        const ssize_t n =
            ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return false;
        sent += std::max<ssize_t>(n, 0);
    }
    return m_fd >= 0;
}

bool RawConnection::hasNews(int timeoutMs) const
{
    if (m_fd < 0 || m_closedByPeer || !m_received.isEmpty())
        return true;
    pollfd wait{m_fd, POLLIN, 0};
    return ::poll(&wait, 1, timeoutMs) == 1;
}

int RawConnection::receive(int timeoutMs)
{
    if (m_fd < 0 || m_closedByPeer)
        return -1;
    pollfd wait{m_fd, POLLIN, 0};
    if (::poll(&wait, 1, timeoutMs) != 1)
        return 0;
    char buffer[65536];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (n > 0) {
        m_received.append(buffer, n);
        return 1;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return 0;
    m_closedByPeer = true; // an orderly close (0) or a reset
    return -1;
}

RawResponse RawConnection::readResponse(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    RawResponse response;
    qsizetype headEnd = -1;
    qsizetype bodyLength = -1; // -1: up to the close
    while (true) {
        if (headEnd < 0 && (headEnd = m_received.indexOf("\r\n\r\n")) >= 0) {
            response.head = m_received.left(headEnd);
            response.status = response.head.mid(9, 3).toInt(); // "HTTP/1.1 413 ..."
            for (const QByteArray &line : response.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    bodyLength = line.mid(15).trimmed().toLongLong();
            }
        }
        if (headEnd >= 0 && bodyLength >= 0 && m_received.size() >= headEnd + 4 + bodyLength)
            break;
        const int received = receive(remainingMs(deadline));
        if (received < 0 || (received == 0 && deadline.hasExpired()))
            break;
    }
    if (headEnd < 0)
        return RawResponse{};
    const qsizetype consumed =
        bodyLength >= 0 ? std::min(m_received.size(), headEnd + 4 + bodyLength) : m_received.size();
    response.body = m_received.mid(headEnd + 4, consumed - headEnd - 4);
    m_received.remove(0, consumed);
    return response;
}

bool RawConnection::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        m_received.clear();
        const int received = receive(remainingMs(deadline));
        if (received < 0)
            return true;
        if (received == 0 && deadline.hasExpired())
            return false;
    }
}

void RawConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_closedByPeer = false;
    m_received.clear();
}

} // namespace Aanwezig::Test
