#pragma once

#include "domain/ruleerror.h"
#include "storage/records.h"
#include "sync/scope.h"

#include <QDateTime>
#include <QJsonObject>

namespace Aanwezig::Server {

// Applies one pushed mutation (PROTOCOL.md, "Mutations") for the user in
// `scope`, checking scoping and the domain rules of core/domain. nullopt when
// it was applied; otherwise the reason it was rejected, and nothing changed.
// `now` is the school's wall-clock time. Throws DatabaseError.
RuleCheck applyMutation(const QString &name, const QJsonObject &args, const Scope &scope,
                        Records &records, const QDateTime &now);

} // namespace Aanwezig::Server
