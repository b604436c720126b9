#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace Aanwezig::Bench {

// Many idle live sockets (GET /v1/live, server/PROTOCOL.md) held by one
// Boost.Beast asynchronous WebSocket client on one io_context, run in a
// thread of its own. Every socket counts the pokes it receives and keeps
// when the last one came; pings are answered by Beast itself.
class LiveSockets
{
public:
    using Clock = std::chrono::steady_clock;

    LiveSockets();
    ~LiveSockets();
    LiveSockets(const LiveSockets &) = delete;
    LiveSockets &operator=(const LiveSockets &) = delete;

    // Opens one socket per entry of `tokens` (a token may come many times) to
    // 127.0.0.1:port, at most `parallel` handshakes at a time, and waits
    // until all are open or failed (at most timeoutMs). Returns how many opened.
    int open(int port, const std::vector<std::string> &tokens, int timeoutMs, int parallel = 200);

    std::size_t size() const { return m_sessions.size(); }
    // Sockets open now (opened and not closed since).
    int openCount() const;
    // The pokes socket i received so far, and when the last one came.
    int pokes(std::size_t i) const;
    Clock::time_point lastPoke(std::size_t i) const;

private:
    struct Session;
    void connectNext();

    struct Network;
    std::unique_ptr<Network> m_network;
    std::vector<std::shared_ptr<Session>> m_sessions;
    std::size_t m_next = 0; // the next session to connect (network thread)
    std::atomic<int> m_finished{0};
    std::thread m_thread;
};

} // namespace Aanwezig::Bench
