#pragma once

#include "domain/person.h"
#include "domain/role.h"
#include "store/storetypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

// The JSON bodies of sync protocol v1 (server/PROTOCOL.md) as the phone
// writes and reads them. Readers return nullopt with `error` set when a reply
// is not what the protocol promises.
namespace Aanwezig::SyncProtocol {

inline constexpr char versionHeader[] = "Aanwezig-Protocol";
inline constexpr char version[] = "1";
inline constexpr int maxMutationsPerPush = 500;
inline constexpr int maxPullLimit = 1000;

// POST /v1/pair
QJsonObject pairRequest(const QString &code, const QString &deviceName);

// GET /v1/me: who the user is now (the roster changes roles and relations).
struct Me
{
    QString userId;
    QList<Role> roles;
    QStringList children;
    QStringList classes;
    QStringList classStudents; // the students of a mentor's classes
    QString studentId;
    QString language;
    QString region; // "be": a Flemish school (translations shown beside the Dutch), else "nl"

    // Whether the user may still see this student (staff of the school see all).
    bool relatesTo(const Person &person) const;
};
std::optional<Me> readMe(const QJsonObject &reply, QString *error);

// POST /v1/pair: the token, and who the user is (as /v1/me tells).
struct Pairing
{
    QString token;
    Me me;
};
std::optional<Pairing> readPairing(const QJsonObject &reply, QString *error);

// POST /v1/sync/push
QJsonObject pushRequest(const QUuid &clientId, const QList<OutboxEntry> &entries);
struct Rejection
{
    qint64 seq = 0;
    QString reason; // the reason code, e.g. "overlap"
    QString message;
};
struct PushOutcome
{
    QList<qint64> applied; // applied now or before (a repeat)
    QList<Rejection> rejected;
    // Answered `duplicate` without the server vouching for the same payload
    // (also in applied or rejected).
    QList<qint64> uncheckedRepeats;
    QList<qint64> conflicts; // answered `conflict`: the seq was used for another mutation
};
// Every sent seq must be answered; `sent` are the seqs of the request.
std::optional<PushOutcome> readPushReply(const QJsonObject &reply, const QList<qint64> &sent,
                                         QString *error);

// GET /v1/sync/pull
struct PullPage
{
    QList<ServerChange> changes;
    QString nextCursor;
    bool hasMore = false;
};
std::optional<PullPage> readPullPage(const QJsonObject &reply, QString *error);

// An error body {"error": {"code", "message"}}; empty strings when there is none.
struct ErrorBody
{
    QString code;
    QString message;
};
ErrorBody readError(const QJsonObject &reply);

} // namespace Aanwezig::SyncProtocol
