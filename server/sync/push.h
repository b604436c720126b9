#pragma once

#include "sync/scope.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Aanwezig::Server {

inline constexpr int maxMutationsPerPush = 500;

// POST /v1/sync/push (PROTOCOL.md, "Push"): applies the new mutations of the
// body exactly once per (client_id, seq) and returns the reply. Throws ApiError.
QJsonObject handlePush(const QSqlDatabase &db, const Scope &scope, const QJsonObject &body);

} // namespace Aanwezig::Server
