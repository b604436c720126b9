#pragma once

#include "domain/role.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Aanwezig::Server {

inline constexpr int inviteValidDays = 14;

struct Invitation
{
    QString email; // lower-cased by createInvite
    Role role = Role::Parent;
    QString studentId;     // student role: who they are
    QString language = {}; // the language the school has for them; empty: keep it
};

// Stores a single-use pairing code for the person (and their language);
// returns the code, or throws ApiError 400 with a clear message (unknown
// student, missing e-mail, unknown language).
QString createInvite(const QSqlDatabase &db, Invitation invitation);

struct PairedDevice
{
    QString token;
    QString deviceId;
    QString userId;
};

// Uses the code: the person gets the invited role and a new device token.
// nullopt when the code is unknown, used or expired (all told apart nowhere).
std::optional<PairedDevice> redeemInvite(const QSqlDatabase &db, const QString &code,
                                         const QString &deviceName);

// The user of a valid (not revoked) device token.
std::optional<QString> userForToken(const QSqlDatabase &db, const QString &token);

// Revokes one device, or every device of the person with that e-mail or
// student id; returns how many were revoked.
int revokeDevice(const QSqlDatabase &db, const QString &deviceId);
int revokeDevicesOf(const QSqlDatabase &db, const QString &emailOrStudentId);

} // namespace Aanwezig::Server
