#include "httpconnection.h"

#include <QUrl>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <limits>

namespace Aanwezig::Test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;
using boost::system::error_code;

namespace {

// The errors of a keep-alive connection the server closed while it was idle.
bool closedByServer(const error_code &error)
{
    return error == http::error::end_of_stream || error == asio::error::eof ||
           error == asio::error::connection_reset || error == asio::error::broken_pipe ||
           error == asio::ssl::error::stream_truncated;
}

} // namespace

HttpConnection::HttpConnection(const QString &baseUrl, std::chrono::seconds timeout)
    : m_timeout(timeout)
{
    const QUrl url(baseUrl);
    const bool https = url.scheme() == QLatin1String("https");
    m_host = url.host().toStdString();
    m_port = std::to_string(url.port(https ? 443 : 80));
    m_hostAndPort = m_host + ':' + m_port;
    if (https) {
        m_tlsContext.emplace(asio::ssl::context::tls_client);
        m_tlsContext->set_verify_mode(asio::ssl::verify_none); // self-signed in tests
    }
}

HttpConnection::~HttpConnection()
{
    close();
}

template <typename Start> error_code HttpConnection::await(Start &&start)
{
    error_code outcome = asio::error::would_block;
    start([&outcome](error_code error, auto &&...) { outcome = error; });
    m_io.restart();
    m_io.run();
    return outcome;
}

beast::tcp_stream &HttpConnection::tcp()
{
    return m_tls ? beast::get_lowest_layer(*m_tls) : *m_plain;
}

bool HttpConnection::open()
{
    close();
    error_code error;
    tcp::resolver resolver(m_io);
    const auto endpoints = resolver.resolve(m_host, m_port, error);
    if (error)
        return false;
    if (m_tlsContext)
        m_tls = std::make_unique<TlsStream>(m_io, *m_tlsContext);
    else
        m_plain = std::make_unique<beast::tcp_stream>(m_io);
    tcp().expires_after(m_timeout);
    if (await([&](auto handler) { tcp().async_connect(endpoints, handler); }))
        return false;
    tcp().socket().set_option(tcp::no_delay(true), error);
    if (m_tls) {
        tcp().expires_after(m_timeout);
        if (await([&](auto handler) {
                m_tls->async_handshake(asio::ssl::stream_base::client, handler);
            }))
            return false;
    }
    m_open = true;
    return true;
}

void HttpConnection::close()
{
    if (m_plain || m_tls) {
        error_code ignored;
        tcp().socket().shutdown(tcp::socket::shutdown_both, ignored);
        tcp().close();
    }
    m_tls.reset();
    m_plain.reset();
    m_buffer.clear();
    m_open = false;
}

error_code HttpConnection::write(const Request &request)
{
    tcp().expires_after(m_timeout);
    return await([&](auto handler) {
        if (m_tls)
            http::async_write(*m_tls, request, handler);
        else
            http::async_write(*m_plain, request, handler);
    });
}

error_code HttpConnection::read(Response &response)
{
    http::response_parser<http::string_body> parser;
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    tcp().expires_after(m_timeout);
    const error_code error = await([&](auto handler) {
        if (m_tls)
            http::async_read(*m_tls, m_buffer, parser, handler);
        else
            http::async_read(*m_plain, m_buffer, parser, handler);
    });
    if (!error)
        response = parser.release();
    return error;
}

std::optional<HttpConnection::Response> HttpConnection::exchange(const Request &request)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = m_open;
        if (!m_open && !open()) {
            close();
            return std::nullopt;
        }
        error_code error = write(request);
        // Read even when the write failed: the server may have answered
        // early (413 to a body over its limit) and closed.
        Response response;
        const error_code readError = read(response);
        if (!readError) {
            if (error || !response.keep_alive())
                close();
            return response;
        }
        close();
        if (!error)
            error = readError;
        if (!reused || !closedByServer(error))
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Aanwezig::Test
