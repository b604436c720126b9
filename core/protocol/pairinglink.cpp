#include "pairinglink.h"

#include <QUrl>
#include <QUrlQuery>

namespace Aanwezig {

namespace {
const QString pairHost = QStringLiteral("pair");
}

QString PairingLink::toString() const
{
    QUrl url;
    url.setScheme(QLatin1String(pairingLinkScheme));
    url.setHost(pairHost);
    QUrlQuery query;
    // Encoded fully, so that an address with its own query survives the trip.
    query.addQueryItem(QStringLiteral("server"),
                       QString::fromLatin1(QUrl::toPercentEncoding(serverUrl)));
    query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<PairingLink> PairingLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() ||
        url.scheme().compare(QLatin1String(pairingLinkScheme), Qt::CaseInsensitive) != 0 ||
        url.host() != pairHost)
        return std::nullopt;
    const QUrlQuery query(url);
    PairingLink link{query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded).trimmed(),
                     query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed()};
    const QUrl server(link.serverUrl, QUrl::StrictMode);
    const bool web =
        server.scheme() == QLatin1String("https") || server.scheme() == QLatin1String("http");
    if (!server.isValid() || !web || server.host().isEmpty() || link.code.isEmpty())
        return std::nullopt;
    return link;
}

} // namespace Aanwezig
