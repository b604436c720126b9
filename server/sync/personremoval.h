#pragma once

#include "domain/role.h"

#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// What taking a role or a person away did.
struct Removal
{
    int roles = 0;       // roles taken away
    int devices = 0;     // device tokens revoked
    int invites = 0;     // unused pairing codes voided
    int relations = 0;   // roster relations removed (parent of, mentor of a class)
    int accessEnded = 0; // students the person's phones drop on their next pull
};

// The user id of a person named on the command line: an e-mail address (in
// lower case) or a student id.
QString personId(const QString &emailOrStudentId);

// Takes one role away: the person's next pull and /v1/me are limited to their
// other roles at once, their phones drop the students they no longer see,
// their unused codes for that role are void. Devices stay paired.
Removal removeRole(const QSqlDatabase &db, const QString &userId, Role role);

// Takes a person away: every device revoked, every role and unused code
// gone, and the roster's relations of their e-mail address (parent of,
// mentor of a class) removed until a roster names them again.
Removal removePerson(const QSqlDatabase &db, const QString &userId);

} // namespace Aanwezig::Server
