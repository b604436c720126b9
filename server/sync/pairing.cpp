#include "sync/pairing.h"

#include "storage/accounts.h"
#include "http/apierror.h"
#include "http/requestjson.h"
#include "http/requestlog.h"
#include "sync/scope.h"
#include "sync/secrets.h"

namespace Aanwezig::Server {

namespace {
[[noreturn]] void tooMany(int retryAfterSeconds)
{
    throw ApiError(429, "rate_limited",
                   QStringLiteral("Too many pairing attempts; try again in %1 seconds.")
                       .arg(retryAfterSeconds),
                   {{QStringLiteral("retry_after"), retryAfterSeconds}});
}
} // namespace

QJsonObject Pairing::handle(const QSqlDatabase &db, const QJsonObject &body, const QString &address)
{
    int retryAfter = 0;
    if (!m_byAddress.tryAcquire(rateLimitKey(address), &retryAfter))
        tooMany(retryAfter);
    const QString code = requireString(body, "code", 64);
    const QString deviceName = requireString(body, "device_name", 100);
    if (!m_byCode.tryAcquire(normalisedPairingCode(code), &retryAfter))
        tooMany(retryAfter);
    const auto device = redeemInvite(db, code, deviceName);
    if (!device)
        throw ApiError(401, "unauthorized",
                       QStringLiteral("This pairing code is unknown, already used or expired; ask "
                                      "the school for a new one."));
    RequestLog::setUser(device->userId);
    QJsonObject reply = Scope::load(db, device->userId).toJson();
    reply.insert(QStringLiteral("token"), device->token);
    reply.insert(QStringLiteral("device_id"), device->deviceId);
    return reply;
}

} // namespace Aanwezig::Server
