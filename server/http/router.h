#pragma once

#include "http/auth.h"
#include "http/beast.h"
#include "http/ratelimiter.h"
#include "sync/pairing.h"

#include <QString>
#include <string>

namespace Aanwezig::Server {

// A reply of the API: status, JSON body and what the log names.
struct ApiReply
{
    int status = 200;
    std::string body;
    int retryAfterSeconds = 0; // sent as Retry-After when > 0
    QString userId;            // who the request was authenticated as, for the log
};

// The JSON error reply for an ApiError.
ApiReply errorReply(const class ApiError &error);

// The routes of sync protocol v1 (PROTOCOL.md): the protocol version check,
// JSON errors for everything, 404 and 405. Runs on a database worker thread,
// with that thread's own connection.
class Router
{
public:
    Router(const PairingLimits &pairing, int pushesPerUser, std::chrono::seconds pushRateWindow,
           const QString &region, bool allowInsecurePushEndpoints = false)
        : m_pairing(pairing), m_pushes(pushesPerUser, 100000, pushRateWindow), m_region(region),
          m_allowInsecurePushEndpoints(allowInsecurePushEndpoints)
    {}

    ApiReply handle(const HttpRequest &request, const QString &clientAddress);

    // GET /v1/live: the device allowed to open a live socket, or the refusal.
    struct LiveAdmission
    {
        std::optional<Device> device;
        ApiReply refusal;
    };
    LiveAdmission admitLive(const HttpRequest &request);

private:
    Pairing m_pairing;
    RateLimiter m_pushes;   // per user id
    const QString m_region; // "nl" or "be", in the pairing reply and /v1/me
    bool m_allowInsecurePushEndpoints;
};

// Whether the request asks for the live channel (a WebSocket upgrade of
// GET /v1/live).
bool isLiveUpgrade(const HttpRequest &request);

// Whether a request must carry "Aanwezig-Protocol: 1" (every /v1/ path but
// the health check), and the 426 reply when it does not.
bool speaksProtocol(const HttpRequest &request);
ApiError protocolMismatch();

} // namespace Aanwezig::Server
