#include "livechannel.h"

#include "protocolmessages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcLive, "aanwezig.sync.live")

namespace Aanwezig {

namespace {
const QString livePath = QStringLiteral("/v1/live");
// A socket that is being closed politely gets this long before it is dropped.
constexpr std::chrono::seconds closingGrace{5};
} // namespace

LiveChannel::LiveChannel(Settings settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_backoff(settings.backoff)
{
    m_reopenTimer.setSingleShot(true);
    connect(&m_reopenTimer, &QTimer::timeout, this, &LiveChannel::connectNow);
    m_openTimer.setSingleShot(true);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        if (m_socket && !m_open)
            m_socket->abort(); // ends in onEnded()
    });
    m_pingTimer.setInterval(m_settings.pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveChannel::ping);
}

LiveChannel::~LiveChannel()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QUrl LiveChannel::liveUrl(const QUrl &server)
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                            : QStringLiteral("ws"));
    QString base = server.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + livePath);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void LiveChannel::open(const QUrl &server, const QString &token)
{
    if (m_wanted)
        return;
    m_server = server;
    m_token = token;
    m_wanted = true;
    m_openedSinceOpen = false;
    m_backoff.reset();
    connectNow();
}

void LiveChannel::close()
{
    m_wanted = false;
    m_reopenTimer.stop();
    discardSocket();
}

void LiveChannel::connectNow()
{
    if (!m_wanted || m_socket)
        return;
    QNetworkRequest request(liveUrl(m_server));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setRawHeader(SyncProtocol::versionHeader, SyncProtocol::version);
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Like the sync calls: straight to the server, never through a proxy of the environment.
    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QWebSocket::connected, this, &LiveChannel::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &LiveChannel::onEnded);
    // A refused handshake reports an error but may leave the connection
    // open: closing it ends in onEnded() (once, from the event loop). The
    // socket is the context: a call still queued when it is deleted is dropped.
    connect(
        socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), socket,
        [socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                socket->abort();
        },
        Qt::QueuedConnection);
    connect(socket, &QWebSocket::textMessageReceived, this, &LiveChannel::onMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    m_socket = socket;
    m_openTimer.start(m_settings.openTimeout);
    socket->open(request);
}

void LiveChannel::onConnected()
{
    m_openTimer.stop();
    m_open = true;
    m_openedSinceOpen = true;
    m_backoff.reset();
    m_awaitingPong = false;
    m_pingTimer.start();
    qCInfo(lcLive) << "live channel open";
    Q_EMIT opened();
}

void LiveChannel::onEnded()
{
    auto *socket = qobject_cast<QWebSocket *>(sender());
    if (!socket || socket != m_socket)
        return;
    // 4001 is the server's own code, outside the enum's named values.
    const bool revokedHere = static_cast<int>(socket->closeCode()) == revokedCloseCode;
    const QString reason = socket->errorString();
    const bool wasOpen = m_open;
    discardSocket();
    if (!m_wanted)
        return;
    if (wasOpen)
        Q_EMIT dropped();
    if (revokedHere) {
        qCInfo(lcLive) << "live channel closed: the device was revoked";
        m_wanted = false;
        Q_EMIT revoked();
        return;
    }
    if (!m_openedSinceOpen) {
        qCInfo(lcLive) << "no live channel, syncing at the interval:" << reason;
        m_wanted = false;
        Q_EMIT unavailable(reason);
        return;
    }
    const std::chrono::milliseconds delay = m_backoff.nextDelay();
    qCInfo(lcLive) << "live channel closed, reopening in" << delay.count() << "ms:" << reason;
    m_reopenTimer.start(delay);
}

void LiveChannel::onMessage(const QString &message)
{
    const QJsonObject poke = QJsonDocument::fromJson(message.toUtf8()).object();
    if (poke.value(QStringLiteral("type")).toString() != QLatin1String("changed"))
        return; // not a poke: ignored, as later additions to the protocol may be
    Q_EMIT changed(poke.value(QStringLiteral("head")).toString());
}

void LiveChannel::ping()
{
    if (!m_socket)
        return;
    if (m_awaitingPong) {
        qCInfo(lcLive) << "live channel silent since the last ping: dropping it";
        m_socket->abort(); // ends in onEnded()
        return;
    }
    m_awaitingPong = true;
    m_socket->ping();
}

void LiveChannel::discardSocket()
{
    m_openTimer.stop();
    m_pingTimer.stop();
    m_open = false;
    m_awaitingPong = false;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        // Say goodbye, then let the socket go once the server has answered.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(closingGrace, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

} // namespace Aanwezig
