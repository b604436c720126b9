#include "notify/subscriptions.h"

#include "http/apierror.h"
#include "notify/pushendpoint.h"
#include "push/base64url.h"
#include "push/p256key.h"
#include "push/webpushcipher.h"
#include "storage/database.h"

#include <QDateTime>

namespace Aanwezig::Server {

namespace {

[[noreturn]] void badRequest(const QString &message)
{
    throw ApiError(400, "bad_request", message);
}

QString endpointOf(const QJsonObject &body, bool allowInsecure)
{
    const QString endpoint = body.value(QLatin1String("endpoint")).toString();
    const auto parsed = PushEndpoint::parse(endpoint, allowInsecure);
    if (!parsed)
        badRequest(QStringLiteral("Field 'endpoint' must be an https URL of at most 1000 "
                                  "characters."));
    boost::system::error_code error;
    const auto literal = boost::asio::ip::make_address(parsed->host.toStdString(), error);
    if (!error && !allowInsecure && !isPublicAddress(literal))
        badRequest(QStringLiteral("Field 'endpoint' must not name a private, loopback or "
                                  "link-local address."));
    return endpoint;
}

QString deviceIdOf(const QSqlDatabase &db, const Device &device)
{
    return scalar(db, QStringLiteral("SELECT id FROM devices WHERE token_hash = ?"),
                  {device.tokenHash})
        .toString();
}

} // namespace

QJsonObject handleSubscribe(const QSqlDatabase &db, const Device &device, const QJsonObject &body,
                            bool allowInsecureEndpoints)
{
    const QString endpoint = endpointOf(body, allowInsecureEndpoints);
    const QJsonObject keys = body.value(QLatin1String("keys")).toObject();
    const QString p256dh = keys.value(QLatin1String("p256dh")).toString();
    const QString auth = keys.value(QLatin1String("auth")).toString();
    const auto point = Push::fromBase64Url(p256dh);
    if (!point || !Push::P256Key::fromPublicKey(*point))
        badRequest(QStringLiteral("Field 'keys.p256dh' must be a P-256 public key (base64url)."));
    const auto secret = Push::fromBase64Url(auth);
    if (!secret || secret->size() != Push::webPushAuthSecretLength)
        badRequest(QStringLiteral("Field 'keys.auth' must be 16 bytes (base64url)."));
    const QString deviceName = body.value(QLatin1String("device_name")).toString().left(100);

    WriteTransaction transaction(db);
    const QString deviceId = deviceIdOf(db, device);
    exec(db,
         QStringLiteral("INSERT INTO push_subscriptions (endpoint, user_id, device_id, p256dh, "
                        "auth, device_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (endpoint) DO UPDATE SET user_id = excluded.user_id, "
                        "device_id = excluded.device_id, p256dh = excluded.p256dh, "
                        "auth = excluded.auth, device_name = excluded.device_name"),
         {endpoint, device.scope.userId, deviceId, QString::fromLatin1(Push::toBase64Url(*point)),
          QString::fromLatin1(Push::toBase64Url(*secret)), text(deviceName),
          QDateTime::currentSecsSinceEpoch()});
    // A device keeps its newest few.
    QStringList endpoints;
    QSqlQuery &own = exec(db,
                          QStringLiteral("SELECT endpoint FROM push_subscriptions WHERE "
                                         "device_id = ? ORDER BY created_at DESC, endpoint"),
                          {deviceId});
    while (own.next())
        endpoints.append(own.value(0).toString());
    for (const QString &old : endpoints.mid(maxSubscriptionsPerDevice))
        exec(db, QStringLiteral("DELETE FROM push_subscriptions WHERE endpoint = ?"), {old});
    transaction.commit();
    return QJsonObject{{QStringLiteral("endpoint"), endpoint}};
}

QJsonObject handleUnsubscribe(const QSqlDatabase &db, const Device &device, const QJsonObject &body)
{
    const QString endpoint = body.value(QLatin1String("endpoint")).toString();
    if (endpoint.isEmpty())
        badRequest(QStringLiteral("Field 'endpoint' is missing."));
    WriteTransaction transaction(db);
    exec(db, QStringLiteral("DELETE FROM push_subscriptions WHERE endpoint = ? AND user_id = ?"),
         {endpoint, device.scope.userId});
    transaction.commit();
    return QJsonObject{};
}

} // namespace Aanwezig::Server
