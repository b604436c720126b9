#include "livesockets.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

namespace Aanwezig::Bench {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

struct LiveSockets::Network
{
    net::io_context io{1};
    net::executor_work_guard<net::io_context::executor_type> work = net::make_work_guard(io);
    tcp::endpoint endpoint;
};

struct LiveSockets::Session : std::enable_shared_from_this<Session>
{
    Session(net::io_context &io, std::string bearer) : ws(io), token(std::move(bearer)) {}

    // Connects and upgrades; `done` is called once, with whether it opened.
    template <typename Done> void start(const tcp::endpoint &endpoint, Done done)
    {
        auto &stream = beast::get_lowest_layer(ws);
        stream.expires_after(std::chrono::seconds(30));
        stream.async_connect(
            endpoint, [self = shared_from_this(), endpoint, done](beast::error_code error) mutable {
                if (error)
                    return done(false);
                beast::get_lowest_layer(self->ws).expires_never();
                self->ws.set_option(
                    websocket::stream_base::timeout::suggested(beast::role_type::client));
                self->ws.set_option(websocket::stream_base::decorator(
                    [token = self->token](websocket::request_type &request) {
                        request.set(beast::http::field::authorization, "Bearer " + token);
                        request.set("Aanwezig-Protocol", "1");
                    }));
                const std::string host = "127.0.0.1:" + std::to_string(endpoint.port());
                self->ws.async_handshake(host, "/v1/live",
                                         [self, done](beast::error_code error) mutable {
                                             if (error)
                                                 return done(false);
                                             self->isOpen = true;
                                             done(true);
                                             self->read();
                                         });
            });
    }

    void read()
    {
        ws.async_read(buffer, [self = shared_from_this()](beast::error_code error, std::size_t) {
            if (error) {
                self->isOpen = false;
                return;
            }
            const std::string text = beast::buffers_to_string(self->buffer.data());
            self->buffer.consume(self->buffer.size());
            if (text.find("\"changed\"") != std::string::npos) {
                self->lastPokeNs = Clock::now().time_since_epoch().count();
                ++self->pokes;
            }
            self->read();
        });
    }

    websocket::stream<beast::tcp_stream> ws;
    beast::flat_buffer buffer;
    std::string token;
    std::atomic<bool> isOpen{false};
    std::atomic<int> pokes{0};
    std::atomic<Clock::rep> lastPokeNs{0};
};

LiveSockets::LiveSockets() : m_network(std::make_unique<Network>())
{
    m_thread = std::thread([this] { m_network->io.run(); });
}

LiveSockets::~LiveSockets()
{
    m_network->io.stop();
    m_thread.join();
}

int LiveSockets::open(int port, const std::vector<std::string> &tokens, int timeoutMs, int parallel)
{
    for (const std::string &token : tokens)
        m_sessions.push_back(std::make_shared<Session>(m_network->io, token));
    m_network->endpoint = tcp::endpoint(net::ip::make_address("127.0.0.1"), std::uint16_t(port));
    net::post(m_network->io, [this, parallel] {
        for (int i = 0; i < parallel; ++i)
            connectNext();
    });
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (m_finished < int(m_sessions.size()) && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10)); // polling with a deadline
    return openCount();
}

// On the network thread: the next socket, if any, starts connecting; when it
// is done, the one after it.
void LiveSockets::connectNext()
{
    if (m_next >= m_sessions.size())
        return;
    m_sessions[m_next++]->start(m_network->endpoint, [this](bool) {
        ++m_finished;
        connectNext();
    });
}

int LiveSockets::openCount() const
{
    int open = 0;
    for (const auto &session : m_sessions)
        open += session->isOpen ? 1 : 0;
    return open;
}

int LiveSockets::pokes(std::size_t i) const
{
    return m_sessions.at(i)->pokes;
}

LiveSockets::Clock::time_point LiveSockets::lastPoke(std::size_t i) const
{
    return Clock::time_point(Clock::duration(m_sessions.at(i)->lastPokeNs.load()));
}

} // namespace Aanwezig::Bench
