#pragma once

#include "http/auth.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Aanwezig::Server {

// POST /v1/push/subscriptions {endpoint, keys: {p256dh, auth}, device_name}:
// registers (or updates) a Web Push subscription of the calling device.
// Throws ApiError 400 for a bad endpoint or keys (PROTOCOL.md).
QJsonObject handleSubscribe(const QSqlDatabase &db, const Device &device, const QJsonObject &body,
                            bool allowInsecureEndpoints);
// DELETE /v1/push/subscriptions {endpoint}: removes it (if it is the user's).
QJsonObject handleUnsubscribe(const QSqlDatabase &db, const Device &device,
                              const QJsonObject &body);

inline constexpr int maxSubscriptionsPerDevice = 5;

} // namespace Aanwezig::Server
