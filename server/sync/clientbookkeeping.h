#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// What the server keeps per client id stays bounded (PROTOCOL.md,
// "Push", "Bounded bookkeeping"). All inside the push's write transaction.
namespace ClientBookkeeping {

inline constexpr int maxClientsPerUser = 20;         // active client ids of one user
inline constexpr int maxRetiredClientsPerUser = 100; // retired ids still answered 409
// Rejection reasons and payload hashes are kept for this many seqs below a
// client's last applied one: at least one whole push of the largest size,
// so that a repeated push is answered exactly as the first time.
inline constexpr int keptSeqs = 500;
// A client that has not pushed for this many days is forgotten by the daily
// retention run (storage/retention.h): its answers go and its id is retired.
inline constexpr int idleDays = 180;

// The client pushed at `nowMs` (milliseconds since the epoch) and its last
// applied seq is now lastSeq: older rejections and hashes go. A client's
// last_push_at is unique and increasing (at least one above every other,
// under the write lock), so "the longest idle" is always one client.
void recordPush(const QSqlDatabase &db, const QString &clientId, const QString &userId,
                qint64 lastSeq, qint64 nowMs);
// A client id new to the server was just recorded for the user: the oldest
// idle ids beyond maxClientsPerUser are retired and the oldest retired ones
// beyond maxRetiredClientsPerUser are forgotten.
void limitClients(const QSqlDatabase &db, const QString &userId, const QString &newClientId);
// The active clients (of any user) whose last push was before `beforeMs`
// are forgotten: their answers and applied seqs go, and their id is retired
// (a push with it gets 409, so the phone starts a new one instead of being
// taken for a new client). Returns how many; with countOnly nothing changes.
int forgetIdleClients(const QSqlDatabase &db, qint64 beforeMs, bool countOnly = false);

} // namespace ClientBookkeeping

} // namespace Aanwezig::Server
