#pragma once

#include "sync/scope.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace Aanwezig::Server {

inline constexpr int defaultPullLimit = 500;
inline constexpr int maxPullLimit = 1000;

// GET /v1/sync/pull (PROTOCOL.md, "Pull"): the changes the user may see after
// the cursor (none: a snapshot), at most `limit`. The query values are as
// sent (nullopt when absent). The user's scope is loaded only when there can
// be something to send: a phone polling at the head costs two statements
// (its token and the head). Throws ApiError.
QJsonObject handlePull(const QSqlDatabase &db, const QString &userId,
                       const std::optional<QString> &cursor, const std::optional<QString> &limit);

} // namespace Aanwezig::Server
