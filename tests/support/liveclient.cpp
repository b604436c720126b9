#include "liveclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace Aanwezig::Test {

LiveClient::LiveClient(const QString &baseUrl, const QString &token, QObject *parent)
    : QObject(parent)
{
    QUrl url(baseUrl);
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                         : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/v1/live"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Aanwezig-Protocol", "1");
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject poke = QJsonDocument::fromJson(text.toUtf8()).object();
        if (poke.value(QLatin1String("type")).toString() == QLatin1String("changed"))
            m_heads.append(poke.value(QLatin1String("head")).toString());
        else
            m_heads.append(QStringLiteral("invalid: ") + text);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this] { m_closed = true; });
    m_socket.open(request);
}

} // namespace Aanwezig::Test
