#include "http/httpsession.h"

#include "http/apierror.h"
#include "http/livesocket.h"
#include "http/requestlog.h"
#include "http/servercontext.h"

#include <QString>
#include <array>
#include <boost/algorithm/string/predicate.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/error.hpp>
#include <memory>
#include <optional>

namespace Aanwezig::Server {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto lingerTime = std::chrono::seconds(1);
constexpr std::size_t maxLingerBytes = 1024 * 1024;

// The X-Forwarded-For lines of a request, in order.
std::vector<std::string_view> forwardedFor(const HttpRequest &request)
{
    std::vector<std::string_view> lines;
    const auto range = request.equal_range("X-Forwarded-For");
    for (auto it = range.first; it != range.second; ++it)
        lines.emplace_back(it->value());
    return lines;
}

template <class Stream> class Session : public std::enable_shared_from_this<Session<Stream>>
{
public:
    Session(Stream stream, ServerContext &context, net::ip::address peer,
            std::unique_ptr<ConnectionLimits::Ticket> ticket)
        : m_stream(std::move(stream)), m_context(context), m_peer(peer), m_ticket(std::move(ticket))
    {}

    void start()
    {
        if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
            afterHandshake();
        } else {
            lowest().expires_after(m_context.requestLimits.requestTimeout);
            m_stream.async_handshake(net::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code error) {
                                         if (!error)
                                             self->afterHandshake();
                                     });
        }
    }

private:
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    void afterHandshake()
    {
        if (!m_ticket) {
            m_started = Clock::now();
            refuse(ApiError(503, "too_many_connections",
                            QStringLiteral("The server has too many open connections; try "
                                           "again later.")),
                   "-", "-");
            return;
        }
        waitForRequest();
    }

    // Idle until the first byte of the next request, then one deadline for
    // the whole request.
    void waitForRequest()
    {
        if (m_buffer.size() > 0) {
            readHeader();
            return;
        }
        lowest().expires_after(m_context.requestLimits.idleTimeout);
        m_stream.async_read_some(
            m_buffer.prepare(4096),
            [self = this->shared_from_this()](beast::error_code error, std::size_t bytes) {
                if (error)
                    return self->close();
                self->m_buffer.commit(bytes);
                self->readHeader();
            });
    }

    void readHeader()
    {
        m_started = Clock::now();
        m_parser.emplace();
        applyLimits(*m_parser);
        lowest().expires_after(m_context.requestLimits.requestTimeout);
        http::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                self->onHeader(error);
            });
    }

    void onHeader(beast::error_code error)
    {
        if (error)
            return failRead(error);
        if (const auto refusal = refusalForHeader(*m_parser))
            return refuseRequest(*refusal);
        if (isLiveUpgrade(m_parser->get()) && m_parser->is_done())
            return dispatchLive();
        if (m_parser->is_done())
            return dispatch();
        if (boost::iequals(m_parser->get()[http::field::expect], "100-continue"))
            return sendContinue();
        readBody();
    }

    void sendContinue()
    {
        auto response = std::make_shared<http::response<http::empty_body>>(
            http::status::continue_, m_parser->get().version());
        http::async_write(
            m_stream, *response,
            [self = this->shared_from_this(), response](beast::error_code error, std::size_t) {
                if (error)
                    return self->close();
                self->readBody();
            });
    }

    void readBody()
    {
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                             if (error)
                                 return self->failRead(error);
                             self->dispatch();
                         });
    }

    void failRead(beast::error_code error)
    {
        if (const auto refusal = refusalForReadError(error)) {
            if (m_parser && m_parser->is_header_done())
                return refuseRequest(*refusal);
            return refuse(*refusal, "-", "-");
        }
        close();
    }

    // The request goes to a database worker; the reply comes back here.
    void dispatch()
    {
        lowest().expires_never();
        m_request = m_parser->release();
        m_parser.reset();
        const QString client = QString::fromStdString(
            m_context.clientAddress.resolve(m_peer, forwardedFor(m_request)).to_string());
        net::post(m_context.workers, [self = this->shared_from_this(), client] {
            ApiReply reply = self->m_context.router.handle(self->m_request, client);
            net::post(self->m_stream.get_executor(), [self, reply = std::move(reply)]() mutable {
                self->reply(std::move(reply));
            });
        });
    }

    // The live channel's upgrade: authenticated on a worker, then the
    // connection becomes a live socket (or gets the refusal).
    void dispatchLive()
    {
        lowest().expires_never();
        m_request = m_parser->release();
        m_parser.reset();
        net::post(m_context.workers, [self = this->shared_from_this()] {
            auto admission = std::make_shared<Router::LiveAdmission>(
                self->m_context.router.admitLive(self->m_request));
            net::post(self->m_stream.get_executor(), [self, admission] {
                if (!admission->device) {
                    self->m_request.keep_alive(false);
                    return self->reply(std::move(admission->refusal));
                }
                self->log(101, admission->refusal.userId);
                startLiveSocket(std::move(self->m_stream), std::move(self->m_request),
                                self->m_context, std::move(*admission->device));
            });
        });
    }

    void reply(ApiReply reply)
    {
        m_response = {};
        m_response.version(m_request.version());
        m_response.keep_alive(m_request.keep_alive());
        write(std::move(reply));
    }

    // A request refused from its header on: answered and the connection
    // closed, the rest of it never read.
    void refuseRequest(const ApiError &error)
    {
        m_request = m_parser->release();
        m_parser.reset();
        refuse(error, m_request.method_string(), m_request.target());
    }

    void refuse(const ApiError &error, std::string_view method, std::string_view target)
    {
        m_refusedMethod = std::string(method);
        m_refusedTarget = std::string(target);
        m_response = {};
        m_response.version(11);
        m_response.keep_alive(false);
        write(errorReply(error));
    }

    void write(ApiReply reply)
    {
        m_response.result(unsigned(reply.status));
        m_response.set(http::field::content_type, "application/json");
        if (reply.retryAfterSeconds > 0)
            m_response.set(http::field::retry_after, std::to_string(reply.retryAfterSeconds));
        m_response.body() = std::move(reply.body);
        m_response.prepare_payload();
        m_userId = std::move(reply.userId);
        lowest().expires_after(m_context.requestLimits.requestTimeout);
        http::async_write(m_stream, m_response,
                          [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                              self->afterWrite(error);
                          });
    }

    void log(int status, const QString &userId)
    {
        const bool refused = !m_refusedTarget.empty() || !m_refusedMethod.empty();
        RequestLog::write(
            {++m_context.lastRequestId,
             refused ? std::string_view(m_refusedMethod)
                     : std::string_view(m_request.method_string()),
             refused ? std::string_view(m_refusedTarget) : std::string_view(m_request.target()),
             status, Clock::now() - m_started, userId});
    }

    void afterWrite(beast::error_code error)
    {
        log(int(m_response.result_int()), m_userId);
        if (!error && m_response.result_int() >= 400 && !m_response.keep_alive())
            return lingerAndClose();
        if (error || !m_response.keep_alive())
            return close();
        waitForRequest();
    }

    // After refusing a request whose body may still be on its way: stop
    // sending, then throw away what arrives for a moment (at most 1 MiB in
    // 16 KiB pieces, at most a second) before closing, so that the client
    // reads the error instead of a reset. Nothing of it is kept.
    void lingerAndClose()
    {
        if constexpr (!std::is_same_v<Stream, beast::tcp_stream>) {
            close();
        } else {
            beast::error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
            lowest().expires_after(lingerTime);
            m_discard = std::make_unique<std::array<char, 16 * 1024>>();
            discard(0);
        }
    }

    void discard(std::size_t discarded)
    {
        m_stream.async_read_some(net::buffer(*m_discard),
                                 [self = this->shared_from_this(),
                                  discarded](beast::error_code error, std::size_t bytes) {
                                     if (error || discarded + bytes > maxLingerBytes)
                                         return self->lowest().close();
                                     self->discard(discarded + bytes);
                                 });
    }

    void close()
    {
        beast::error_code ignored;
        if constexpr (!std::is_same_v<Stream, beast::tcp_stream>)
            lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        else
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        lowest().close();
    }

    Stream m_stream;
    ServerContext &m_context;
    const net::ip::address m_peer;
    const std::unique_ptr<ConnectionLimits::Ticket> m_ticket;
    beast::flat_buffer m_buffer;
    std::optional<RequestParser> m_parser;
    HttpRequest m_request;
    HttpResponse m_response;
    Clock::time_point m_started;
    QString m_userId;
    std::string m_refusedMethod;
    std::string m_refusedTarget;
    std::unique_ptr<std::array<char, 16 * 1024>> m_discard;
};

} // namespace

void serveConnection(tcp::socket socket, ServerContext &context)
{
    beast::error_code error;
    const tcp::endpoint remote = socket.remote_endpoint(error);
    if (error)
        return;
    socket.set_option(tcp::no_delay(true), error);
    const net::ip::address peer = normalised(remote.address());
    auto ticket = context.connections.tryOpen(peer.to_string());
    beast::tcp_stream stream(std::move(socket));
    if (context.tls) {
        using TlsStream = beast::ssl_stream<beast::tcp_stream>;
        std::make_shared<Session<TlsStream>>(TlsStream(std::move(stream), *context.tls), context,
                                             peer, std::move(ticket))
            ->start();
    } else {
        std::make_shared<Session<beast::tcp_stream>>(std::move(stream), context, peer,
                                                     std::move(ticket))
            ->start();
    }
}

} // namespace Aanwezig::Server
