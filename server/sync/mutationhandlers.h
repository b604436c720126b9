#pragma once

#include "domain/ruleresult.h"
#include "storage/records.h"
#include "sync/scope.h"

#include <QDateTime>
#include <QJsonObject>

namespace Aanwezig::Server {

// Applies one pushed mutation (PROTOCOL.md, "Mutations") for the user in
// `scope`, checking scoping and the domain rules of core/domain. True when it
// was applied; otherwise false with the reason it was rejected, and nothing
// changed.
// `now` is the school's wall-clock time. Throws DatabaseError.
RuleResult applyMutation(const QString &name, const QJsonObject &args, const Scope &scope,
                         Records &records, const QDateTime &now);

} // namespace Aanwezig::Server
