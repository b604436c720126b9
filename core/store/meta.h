#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Store {

// Keys of the meta table (key/value pairs about this phone and its user).
namespace MetaKey {
inline const QString clientId = QStringLiteral("client_id");
inline const QString serverUrl = QStringLiteral("server_url");
inline const QString userId = QStringLiteral("user_id");
inline const QString roles = QStringLiteral("roles");       // comma-separated role keys
inline const QString language = QStringLiteral("language"); // as the school has it for the user
inline const QString region = QStringLiteral("region");     // the school's: "nl" or "be" (Flanders)
inline const QString maxDaysBack = QStringLiteral("max_days_back");
inline const QString pullCursor = QStringLiteral("pull_cursor");
inline const QString lastSyncAt = QStringLiteral("last_sync_at");
// The install (outside the store) this store belongs to; another one means it moved.
inline const QString installId = QStringLiteral("install_id");
// The user the device token was written for, and a digest of that token.
inline const QString tokenUser = QStringLiteral("token_user");
inline const QString tokenDigest = QStringLiteral("token_digest");
// "1" while the phone takes a snapshot as the complete truth (the server lost
// its cursor or seqs: localstorerecovery.cpp).
inline const QString resyncing = QStringLiteral("resyncing");
} // namespace MetaKey

QString readMeta(const QSqlDatabase &db, const QString &key); // empty when unset
void writeMeta(const QSqlDatabase &db, const QString &key, const QString &value);

} // namespace Aanwezig::Store
