#pragma once

#include "http/ratelimiter.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Aanwezig::Server {

// Attempts allowed per minute (PROTOCOL.md, "Limits").
struct PairingLimits
{
    int perAddress = 20;
    int perCode = 5;
};

// POST /v1/pair: trades a pairing code for a device token, rate limited per
// client address and per code. Throws ApiError (401, 429, 400).
class Pairing
{
public:
    explicit Pairing(const PairingLimits &limits)
        : m_byAddress(limits.perAddress), m_byCode(limits.perCode)
    {}

    QJsonObject handle(const QSqlDatabase &db, const QJsonObject &body, const QString &address);

private:
    RateLimiter m_byAddress;
    RateLimiter m_byCode;
};

} // namespace Aanwezig::Server
