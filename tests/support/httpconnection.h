#pragma once

#include <QString>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace Aanwezig::Test {

// One blocking HTTP/1.1 client connection (Boost.Beast) to the server of a
// base URL, http:// or https:// (TLS without certificate verification: tests
// use self-signed certificates). Every step (connect, TLS handshake, write,
// read) has the same timeout. The connection is kept alive between requests;
// when the server has closed a reused connection in the meantime, the
// request is sent once more on a new one. Usable from one thread at a time.
class HttpConnection
{
public:
    using Request = boost::beast::http::request<boost::beast::http::string_body>;
    using Response = boost::beast::http::response<boost::beast::http::string_body>;

    HttpConnection(const QString &baseUrl, std::chrono::seconds timeout);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    // "HOST:PORT", for the Host header.
    const std::string &hostAndPort() const { return m_hostAndPort; }
    // Sends request and reads its response. Empty when the server could not
    // be reached, did not answer in time or closed the connection first.
    std::optional<Response> exchange(const Request &request);

private:
    using TlsStream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

    bool open();
    void close();
    boost::beast::tcp_stream &tcp();
    boost::system::error_code write(const Request &request);
    boost::system::error_code read(Response &response);
    // Runs the io_context until the operation started by `start` ends (each
    // has its deadline on the stream) and returns its outcome.
    template <typename Start> boost::system::error_code await(Start &&start);

    boost::asio::io_context m_io;
    std::optional<boost::asio::ssl::context> m_tlsContext; // set for https://
    std::unique_ptr<boost::beast::tcp_stream> m_plain;
    std::unique_ptr<TlsStream> m_tls;
    boost::beast::flat_buffer m_buffer;
    std::string m_host;
    std::string m_port;
    std::string m_hostAndPort;
    std::chrono::seconds m_timeout;
    bool m_open = false;
};

} // namespace Aanwezig::Test
