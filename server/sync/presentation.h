#pragma once

#include "sync/scope.h"

#include <QJsonObject>
#include <QString>

namespace Aanwezig::Server {

// An entity as this user sees it (PROTOCOL.md, "Entity kinds" and
// "Privacy"): the relation on a person, staff-only fields left out for the
// family, and no other adult's e-mail address for a parent or a student: a
// report names its reporter by role ("reporter_role", "reporter_name": "jij",
// "Ouder", "Mentor", "School"; "by_me"), a message drops "sender_id" and
// keeps in "read_by" only the user (with "read_by_me"), a reply drops
// "author_id" but the user's own (with "by_me"). Staff get reports and
// messages as stored (pull.cpp sends them without calling this).
QJsonObject presented(const Scope &scope, const QString &kind, const QString &studentId,
                      QJsonObject data);

} // namespace Aanwezig::Server
