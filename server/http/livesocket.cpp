#include "http/livesocket.h"

#include "http/servercontext.h"
#include "sync/cursor.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <memory>
#include <optional>

namespace Aanwezig::Server {

namespace websocket = boost::beast::websocket;

namespace {

constexpr auto pingInterval = std::chrono::seconds(25);
constexpr int maxMissedPongs = 2;
constexpr auto revokedCloseCode = websocket::close_code(4001);

template <class Stream>
class LiveSocket : public LiveListener, public std::enable_shared_from_this<LiveSocket<Stream>>
{
public:
    LiveSocket(Stream stream, ServerContext &context)
        : m_ws(std::move(stream)), m_context(context), m_pingTimer(m_ws.get_executor())
    {}

    void start(HttpRequest upgrade, Device device)
    {
        beast::get_lowest_layer(m_ws).expires_never();
        websocket::stream_base::timeout timeout =
            websocket::stream_base::timeout::suggested(beast::role_type::server);
        timeout.handshake_timeout = m_context.requestLimits.requestTimeout;
        timeout.idle_timeout = websocket::stream_base::none(); // our own pings, below
        timeout.keep_alive_pings = false;
        m_ws.set_option(timeout);
        m_ws.read_message_max(4096);
        m_ws.control_callback([this](websocket::frame_type kind, beast::string_view) {
            if (kind == websocket::frame_type::pong)
                m_missedPongs = 0;
        });
        m_ws.async_accept(upgrade, [self = this->shared_from_this(),
                                    device = std::move(device)](beast::error_code error) mutable {
            if (error)
                return;
            self->m_context.live.add(self, std::move(device.scope), std::move(device.tokenHash));
            self->read();
            self->schedulePing();
        });
    }

    void poke(qint64 head) override
    {
        m_pendingHead = head;
        flush();
    }

    void revoke() override
    {
        m_closeDue = true;
        flush();
    }

private:
    // The app sends nothing the server needs; reading keeps control frames
    // (pongs, close) flowing and tells when the socket is gone.
    void read()
    {
        m_ws.async_read(m_incoming,
                        [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                            self->m_incoming.clear();
                            if (error)
                                return self->gone();
                            self->read();
                        });
    }

    void schedulePing()
    {
        m_pingTimer.expires_after(pingInterval);
        m_pingTimer.async_wait([self = this->shared_from_this()](beast::error_code error) {
            if (error || self->m_gone)
                return;
            if (self->m_missedPongs >= maxMissedPongs) {
                beast::get_lowest_layer(self->m_ws).close();
                return self->gone();
            }
            ++self->m_missedPongs;
            self->m_pingDue = true;
            self->flush();
            self->schedulePing();
        });
    }

    // One write at a time: the close, a ping, then the latest head.
    void flush()
    {
        if (m_writing || m_gone || m_closing)
            return;
        const auto done = [self = this->shared_from_this()](beast::error_code error,
                                                            std::size_t = 0) {
            self->m_writing = false;
            if (error)
                return self->gone();
            self->flush();
        };
        if (m_closeDue) {
            m_closing = m_writing = true;
            m_ws.async_close(websocket::close_reason(revokedCloseCode, "unauthorized"),
                             [done](beast::error_code error) { done(error); });
        } else if (m_pingDue) {
            m_pingDue = false;
            m_writing = true;
            m_ws.async_ping({}, [done](beast::error_code error) { done(error); });
        } else if (m_pendingHead) {
            m_outgoing = QStringLiteral(R"({"type":"changed","head":"%1"})")
                             .arg(formatCursor(keptEpoch(), *m_pendingHead))
                             .toStdString();
            m_pendingHead.reset();
            m_writing = true;
            m_ws.text(true);
            m_ws.async_write(net::buffer(m_outgoing), done);
        }
    }

    void gone()
    {
        if (m_gone)
            return;
        m_gone = true;
        m_pingTimer.cancel();
        m_context.live.remove(this);
    }

    websocket::stream<Stream> m_ws;
    ServerContext &m_context;
    net::steady_timer m_pingTimer;
    beast::flat_buffer m_incoming;
    std::string m_outgoing;
    std::optional<qint64> m_pendingHead;
    int m_missedPongs = 0;
    bool m_pingDue = false;
    bool m_closeDue = false;
    bool m_closing = false;
    bool m_writing = false;
    bool m_gone = false;
};

template <class Stream>
void start(Stream stream, HttpRequest upgrade, ServerContext &context, Device device)
{
    std::make_shared<LiveSocket<Stream>>(std::move(stream), context)
        ->start(std::move(upgrade), std::move(device));
}

} // namespace

void startLiveSocket(beast::tcp_stream stream, HttpRequest upgrade, ServerContext &context,
                     Device device)
{
    start(std::move(stream), std::move(upgrade), context, std::move(device));
}

void startLiveSocket(beast::ssl_stream<beast::tcp_stream> stream, HttpRequest upgrade,
                     ServerContext &context, Device device)
{
    start(std::move(stream), std::move(upgrade), context, std::move(device));
}

} // namespace Aanwezig::Server
