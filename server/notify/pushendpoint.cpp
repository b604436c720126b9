#include "notify/pushendpoint.h"

#include <QUrl>

namespace Aanwezig::Server {

std::optional<PushEndpoint> PushEndpoint::parse(const QString &text, bool allowInsecure)
{
    if (text.size() > 1000)
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return std::nullopt;
    PushEndpoint e;
    if (url.scheme() == QLatin1String("https"))
        e.https = true;
    else if (url.scheme() == QLatin1String("http") && allowInsecure)
        e.https = false;
    else
        return std::nullopt;
    e.host = url.host(QUrl::FullyEncoded);
    e.port = url.port(e.https ? 443 : 80);
    if (e.port < 1 || e.port > 65535)
        return std::nullopt;
    e.target = url.path(QUrl::FullyEncoded);
    if (e.target.isEmpty())
        e.target = QStringLiteral("/");
    if (url.hasQuery())
        e.target += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    const QString hostPart =
        e.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + e.host + QLatin1Char(']') : e.host;
    const bool defaultPort = e.port == (e.https ? 443 : 80);
    e.audience = url.scheme() + QStringLiteral("://") + hostPart +
                 (defaultPort ? QString() : QLatin1Char(':') + QString::number(e.port));
    return e;
}

bool isPublicAddress(const boost::asio::ip::address &address)
{
    if (address.is_v6()) {
        const auto v6 = address.to_v6();
        if (v6.is_v4_mapped())
            return isPublicAddress(
                boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, v6));
        const auto bytes = v6.to_bytes();
        const bool uniqueLocal = (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        const bool documentation = bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d &&
                                   bytes[3] == 0xb8; // 2001:db8::/32
        return !(v6.is_loopback() || v6.is_unspecified() || v6.is_link_local() ||
                 v6.is_site_local() || v6.is_multicast() || uniqueLocal || documentation);
    }
    const auto b = address.to_v4().to_bytes();
    const bool reserved =
        b[0] == 0 || b[0] == 10 || b[0] == 127 ||
        b[0] >= 224 ||                          // this, private, loopback, multicast+
        (b[0] == 100 && (b[1] & 0xc0) == 64) || // 100.64/10 shared
        (b[0] == 169 && b[1] == 254) ||         // link-local
        (b[0] == 172 && (b[1] & 0xf0) == 16) || // 172.16/12
        (b[0] == 192 && b[1] == 168) ||         // 192.168/16
        (b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2)) || // IETF, TEST-NET-1
        (b[0] == 198 && (b[1] & 0xfe) == 18) ||                   // benchmarking
        (b[0] == 198 && b[1] == 51 && b[2] == 100) ||             // TEST-NET-2
        (b[0] == 203 && b[1] == 0 && b[2] == 113);                // TEST-NET-3
    return !reserved;
}

} // namespace Aanwezig::Server
