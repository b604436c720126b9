#include "storage/accounts.h"

#include "http/apierror.h"
#include "storage/database.h"
#include "domain/language.h"
#include "storage/people.h"
#include "sync/secrets.h"

#include <QDateTime>
#include <QUuid>

namespace Aanwezig::Server {

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString userIdOf(const Invitation &invitation)
{
    return invitation.role == Role::Student ? invitation.studentId : invitation.email;
}

} // namespace

QString createInvite(const QSqlDatabase &db, Invitation invitation)
{
    invitation.email = invitation.email.trimmed().toLower();
    if (invitation.role == Role::Admin)
        throw ApiError(400, "bad_request",
                       QStringLiteral("The role must be parent, student, mentor or team."));
    if (invitation.role == Role::Student) {
        if (!scalar(db, QStringLiteral("SELECT 1 FROM students WHERE id = ?"),
                    {invitation.studentId})
                 .isValid())
            throw ApiError(400, "bad_request",
                           QStringLiteral("There is no student '%1' in the roster; import it first "
                                          "or use --student with an existing id.")
                               .arg(invitation.studentId));
    } else if (!invitation.email.contains(QLatin1Char('@'))) {
        throw ApiError(400, "bad_request", QStringLiteral("--email needs an e-mail address."));
    }
    std::optional<QString> language;
    if (!invitation.language.isEmpty()) {
        language = parseLanguage(invitation.language);
        if (!language)
            throw ApiError(400, "bad_request",
                           QStringLiteral("--language \"%1\" is not a language the app has warm "
                                          "messages in; use %2.")
                               .arg(invitation.language, knownLanguagesText()));
    }
    const QString code = newPairingCode();
    WriteTransaction transaction(db);
    const QString userId = userIdOf(invitation);
    exec(db,
         QStringLiteral("INSERT INTO users (id, email, student_id) VALUES (?, ?, ?) "
                        "ON CONFLICT (id) DO NOTHING"),
         {userId, text(invitation.email),
          invitation.role == Role::Student ? QVariant(invitation.studentId) : QVariant(QString())});
    exec(db,
         QStringLiteral("INSERT INTO invites (code_hash, user_id, role, created_at, expires_at) "
                        "VALUES (?, ?, ?, ?, ?)"),
         {secretHash(normalisedPairingCode(code)), userId, roleKey(invitation.role), nowSeconds(),
          nowSeconds() + qint64(inviteValidDays) * 24 * 3600});
    if (language) {
        setLanguage(db, userId, *language);
        // The mentors of their children see in which language they read.
        Records records(db);
        if (!invitation.email.isEmpty()) {
            const QStringList children = childrenOf(db, invitation.email);
            putPeople(db, records, QSet<QString>(children.cbegin(), children.cend()));
        }
    }
    transaction.commit();
    return code;
}

std::optional<PairedDevice> redeemInvite(const QSqlDatabase &db, const QString &code,
                                         const QString &deviceName)
{
    WriteTransaction transaction(db);
    QSqlQuery &invite = exec(db,
                             QStringLiteral("SELECT user_id, role FROM invites WHERE code_hash = ? "
                                            "AND used_at IS NULL AND expires_at > ?"),
                             {secretHash(normalisedPairingCode(code)), nowSeconds()});
    if (!invite.next())
        return std::nullopt;
    PairedDevice device{newDeviceToken(), QUuid::createUuid().toString(QUuid::WithoutBraces),
                        invite.value(0).toString()};
    const QString role = invite.value(1).toString();
    exec(db, QStringLiteral("UPDATE invites SET used_at = ? WHERE code_hash = ?"),
         {nowSeconds(), secretHash(normalisedPairingCode(code))});
    exec(db,
         QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?) "
                        "ON CONFLICT (user_id, role) DO NOTHING"),
         {device.userId, role});
    exec(db,
         QStringLiteral("INSERT INTO devices (id, user_id, name, token_hash, created_at) "
                        "VALUES (?, ?, ?, ?, ?)"),
         {device.deviceId, device.userId, deviceName, secretHash(device.token), nowSeconds()});
    transaction.commit();
    return device;
}

std::optional<QString> userForToken(const QSqlDatabase &db, const QString &token)
{
    const QVariant user = scalar(
        db,
        QStringLiteral("SELECT user_id FROM devices WHERE token_hash = ? AND revoked_at IS NULL"),
        {secretHash(token)});
    if (!user.isValid())
        return std::nullopt;
    return user.toString();
}

int revokeDevice(const QSqlDatabase &db, const QString &deviceId)
{
    WriteTransaction transaction(db);
    QSqlQuery &query = exec(
        db, QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {nowSeconds(), deviceId});
    const int count = query.numRowsAffected();
    transaction.commit();
    return count;
}

int revokeDevicesOf(const QSqlDatabase &db, const QString &emailOrStudentId)
{
    const QString who = emailOrStudentId.contains(QLatin1Char('@'))
                            ? emailOrStudentId.trimmed().toLower()
                            : emailOrStudentId.trimmed();
    WriteTransaction transaction(db);
    QSqlQuery &query = exec(db,
                            QStringLiteral("UPDATE devices SET revoked_at = ? WHERE user_id = ? "
                                           "AND revoked_at IS NULL"),
                            {nowSeconds(), who});
    const int count = query.numRowsAffected();
    transaction.commit();
    return count;
}

} // namespace Aanwezig::Server
