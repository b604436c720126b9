#pragma once

#include "sync/scope.h"

#include <QSqlDatabase>
#include <optional>
#include <string>

namespace Aanwezig::Server {

inline constexpr int defaultPullLimit = 500;
inline constexpr int maxPullLimit = 1000;

// GET /v1/sync/pull (PROTOCOL.md, "Pull"): the changes the user may see after
// the cursor (none: a snapshot), at most `limit`. The query values are as
// sent (nullopt when absent). The user's scope is loaded only when there can
// be something to send: a phone polling at the head costs two statements
// (its token and the head). The reply is JSON text, written straight from
// the stored entities (a person and an attendance summary are presented per
// user, every other kind as stored). Throws ApiError.
std::string handlePull(const QSqlDatabase &db, const QString &userId,
                       const std::optional<QString> &cursor, const std::optional<QString> &limit);

} // namespace Aanwezig::Server
