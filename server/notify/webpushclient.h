#pragma once

#include "notify/pushendpoint.h"

#include <QByteArray>
#include <QString>
#include <chrono>

namespace Aanwezig::Server {

// One Web Push request (RFC 8030 section 5) to a push service.
struct PushRequest
{
    PushEndpoint endpoint;
    QByteArray authorization; // "vapid t=..., k=..."
    int ttlSeconds = 0;
    QByteArray urgency; // very-low, low, normal, high
    QByteArray topic;   // replaces an undelivered message with the same topic
    QByteArray body;    // aes128gcm
};

struct PushResponse
{
    int status = 0;             // 0: no answer (refused endpoint, network, TLS, timeout)
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent
    QString error;              // why there was no answer
};

// Sends one push over HTTPS (Boost.Beast, OpenSSL; the peer's certificate
// and name are verified), following no redirects. Unless allowInsecure it
// refuses http:// endpoints and hosts that resolve to a private, loopback or
// link-local address. Blocking: run it on a thread of its own.
class WebPushClient
{
public:
    explicit WebPushClient(bool allowInsecure) : m_allowInsecure(allowInsecure) {}

    PushResponse send(const PushRequest &request,
                      std::chrono::seconds timeout = std::chrono::seconds(15)) const;

private:
    bool m_allowInsecure;
};

// Retry-After as seconds from now (delta-seconds or an HTTP date); -1 when
// it is neither.
int parseRetryAfter(const QString &value, qint64 nowSeconds);

} // namespace Aanwezig::Server
