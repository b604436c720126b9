#include "notify/webpushclient.h"

#include "http/beast.h"

#include <QDateTime>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/ssl.h>

namespace Aanwezig::Server {

namespace {

using net::awaitable;
using net::use_awaitable;

HttpRequest httpRequest(const PushRequest &r)
{
    HttpRequest req(http::verb::post, r.endpoint.target.toStdString(), 11);
    const bool defaultPort = r.endpoint.port == (r.endpoint.https ? 443 : 80);
    const QString hostHeader =
        (r.endpoint.host.contains(QLatin1Char(':'))
             ? QLatin1Char('[') + r.endpoint.host + QLatin1Char(']')
             : r.endpoint.host) +
        (defaultPort ? QString() : QLatin1Char(':') + QString::number(r.endpoint.port));
    req.set(http::field::host, hostHeader.toStdString());
    req.set(http::field::user_agent, "aanwezig-server");
    req.set(http::field::content_type, "application/octet-stream");
    req.set(http::field::content_encoding, "aes128gcm");
    req.set("TTL", std::to_string(r.ttlSeconds));
    if (!r.urgency.isEmpty())
        req.set("Urgency", r.urgency.toStdString());
    if (!r.topic.isEmpty())
        req.set("Topic", r.topic.toStdString());
    req.set(http::field::authorization, r.authorization.toStdString());
    req.body() = r.body.toStdString();
    req.prepare_payload();
    return req;
}

void readResult(const http::response<http::string_body> &res, PushResponse &out)
{
    out.status = int(res.result_int());
    const auto retry = res.find(http::field::retry_after);
    if (retry != res.end())
        out.retryAfterSeconds = parseRetryAfter(QString::fromStdString(std::string(retry->value())),
                                                QDateTime::currentSecsSinceEpoch());
}

} // namespace

int parseRetryAfter(const QString &value, qint64 nowSeconds)
{
    const QString v = value.trimmed();
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 86400));
    // An HTTP date ends in "GMT", which Qt's RFC 2822 reader wants as an offset.
    QString date = v;
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::clamp<qint64>(at.toSecsSinceEpoch() - nowSeconds, 0, 86400));
}

PushResponse WebPushClient::send(const PushRequest &request, std::chrono::seconds timeout) const
{
    PushResponse out;
    if (request.endpoint.https == false && !m_allowInsecure) {
        out.error = QStringLiteral("endpoint is not https");
        return out;
    }
    net::io_context io;
    net::ssl::context tls(net::ssl::context::tls_client);
    tls.set_default_verify_paths();
    tls.set_verify_mode(net::ssl::verify_peer);
    const std::string host = request.endpoint.host.toStdString();
    const std::string port = std::to_string(request.endpoint.port);
    const bool allowInsecure = m_allowInsecure;

    auto run = [&]() -> awaitable<void> {
        tcp::resolver resolver(io);
        const auto results = co_await resolver.async_resolve(host, port, use_awaitable);
        std::vector<tcp::endpoint> allowed;
        for (const auto &entry : results) {
            if (allowInsecure || isPublicAddress(entry.endpoint().address()))
                allowed.push_back(entry.endpoint());
        }
        if (allowed.empty()) {
            out.error = QStringLiteral("endpoint host resolves to no public address");
            co_return;
        }
        HttpRequest req = httpRequest(request);
        beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(64 * 1024);
        if (request.endpoint.https) {
            beast::ssl_stream<beast::tcp_stream> stream(io, tls);
            if (!SSL_set_tlsext_host_name(stream.native_handle(), host.c_str()))
                throw std::runtime_error("could not set the TLS server name");
            stream.set_verify_callback(net::ssl::host_name_verification(host));
            beast::get_lowest_layer(stream).expires_after(timeout);
            co_await beast::get_lowest_layer(stream).async_connect(allowed, use_awaitable);
            co_await stream.async_handshake(net::ssl::stream_base::client, use_awaitable);
            co_await http::async_write(stream, req, use_awaitable);
            co_await http::async_read(stream, buffer, parser, use_awaitable);
            readResult(parser.get(), out);
            beast::error_code ignored;
            beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
        } else {
            beast::tcp_stream stream(io);
            stream.expires_after(timeout);
            co_await stream.async_connect(allowed, use_awaitable);
            co_await http::async_write(stream, req, use_awaitable);
            co_await http::async_read(stream, buffer, parser, use_awaitable);
            readResult(parser.get(), out);
            beast::error_code ignored;
            stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        }
    };
    net::co_spawn(io, run(), [&](std::exception_ptr error) {
        if (!error)
            return;
        try {
            std::rethrow_exception(error);
        } catch (const std::exception &e) {
            out.status = 0;
            out.error = QString::fromLocal8Bit(e.what());
        }
    });
    // The resolver has no deadline of its own: the whole exchange gets one.
    io.run_for(timeout + std::chrono::seconds(5));
    if (!io.stopped() && out.status == 0 && out.error.isEmpty())
        out.error = QStringLiteral("timed out");
    return out;
}

} // namespace Aanwezig::Server
