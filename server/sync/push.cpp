#include "sync/push.h"

#include "domain/walltime.h"
#include "http/apierror.h"
#include "http/requestjson.h"
#include "notify/notificationplanner.h"
#include "notify/schoolclock.h"
#include "storage/database.h"
#include "sync/clientbookkeeping.h"
#include "sync/mutationhandlers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Aanwezig::Server {

namespace {

struct Mutation
{
    qint64 seq = 0;
    QString name;
    QJsonObject args;
};

constexpr qint64 maxSeq = 9007199254740991; // 2^53 - 1, exact in JSON numbers

QList<Mutation> readMutations(const QJsonObject &body)
{
    const QJsonArray list = requireArray(body, "mutations");
    if (list.size() > maxMutationsPerPush)
        throw ApiError(400, "too_many_mutations",
                       QStringLiteral("At most %1 mutations per push, not %2.")
                           .arg(maxMutationsPerPush)
                           .arg(list.size()));
    QList<Mutation> mutations;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            throw ApiError(400, "bad_request",
                           QStringLiteral("mutations[%1] must be an object.").arg(i));
        const QJsonObject json = list.at(i).toObject();
        try {
            mutations.append(Mutation{requireWholeNumber(json, "seq", 1, maxSeq),
                                      requireString(json, "name", 64),
                                      requireObject(json, "args")});
        } catch (const ApiError &error) {
            throw ApiError(400, "bad_request",
                           QStringLiteral("mutations[%1]: %2").arg(i).arg(error.message));
        }
        if (i > 0 && mutations.last().seq != mutations.at(i - 1).seq + 1)
            throw ApiError(400, "bad_seq",
                           QStringLiteral("The seqs of one push must go up by one; mutations[%1] "
                                          "has %2 after %3.")
                               .arg(i)
                               .arg(mutations.last().seq)
                               .arg(mutations.at(i - 1).seq));
    }
    return mutations;
}

QString readClientId(const QJsonObject &body)
{
    const QString text = requireString(body, "client_id", 64);
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        throw ApiError(400, "bad_request", QStringLiteral("Field 'client_id' must be a UUID."));
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject reasonJson(const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

// What identifies a mutation's payload: SHA-256 of its name and compact args
// (QJsonObject keeps keys sorted, so equal args give equal text).
QString payloadHash(const Mutation &mutation)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(mutation.name.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(mutation.args).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

// The answer to a repeat: the first answer's outcome, without effect
// (`same_payload` when the hash says so); or `conflict` when the first
// mutation under this seq had another payload.
QJsonObject repeated(const QSqlDatabase &db, const QString &clientId, const Mutation &mutation)
{
    const qint64 seq = mutation.seq;
    const QString firstHash =
        scalar(db,
               QStringLiteral("SELECT hash FROM mutation_hashes WHERE client_id = ? AND seq = ?"),
               {clientId, seq})
            .toString();
    if (!firstHash.isEmpty() && firstHash != payloadHash(mutation))
        return QJsonObject{
            {QStringLiteral("seq"), seq},
            {QStringLiteral("status"), QStringLiteral("conflict")},
            {QStringLiteral("reason"),
             reasonJson(QStringLiteral("conflict"),
                        QStringLiteral("Seq %1 of this client id was used before for another "
                                       "mutation; send it again under a new client id.")
                            .arg(seq))}};
    QJsonObject result{{QStringLiteral("seq"), seq},
                       {QStringLiteral("status"), QStringLiteral("duplicate")}};
    // The payload is known to be the same one (not only the seq).
    if (!firstHash.isEmpty())
        result.insert(QStringLiteral("same_payload"), true);
    QSqlQuery &query =
        exec(db,
             QStringLiteral("SELECT code, message FROM rejections WHERE client_id = ? "
                            "AND seq = ?"),
             {clientId, seq});
    if (query.next()) {
        result.insert(QStringLiteral("original"), QStringLiteral("rejected"));
        result.insert(QStringLiteral("reason"),
                      reasonJson(query.value(0).toString(), query.value(1).toString()));
    } else {
        result.insert(QStringLiteral("original"), QStringLiteral("applied"));
    }
    return result;
}

} // namespace

QJsonObject handlePush(const QSqlDatabase &db, const Scope &scope, const QJsonObject &body)
{
    const QString clientId = readClientId(body);
    const QList<Mutation> mutations = readMutations(body);
    const QDateTime now = currentWallTime();

    WriteTransaction transaction(db);
    QSqlQuery &client =
        exec(db, QStringLiteral("SELECT user_id, last_seq, retired FROM clients WHERE id = ?"),
             {clientId});
    const bool known = client.next();
    if (known && client.value(0).toString() != scope.userId)
        throw ApiError(403, "forbidden",
                       QStringLiteral("This client id belongs to another user; make a new one."));
    qint64 lastSeq = known ? client.value(1).toLongLong()
                           : (mutations.isEmpty() ? 0 : mutations.first().seq - 1);
    // A retired id (the user made many newer ones) is answered as a gap: the
    // phone starts a new client id, as after any 409.
    if (known && client.value(2).toInt() != 0)
        throw ApiError(409, "seq_gap",
                       QStringLiteral("This client id was retired; start a new one."),
                       {{QStringLiteral("expected_seq"), lastSeq + 1}});

    Records records(db);
    NotificationPlanner planner(db, schoolNow());
    QJsonArray results;
    for (const Mutation &mutation : mutations) {
        if (mutation.seq <= lastSeq) {
            results.append(repeated(db, clientId, mutation));
            continue;
        }
        if (mutation.seq != lastSeq + 1)
            throw ApiError(409, "seq_gap",
                           QStringLiteral("Mutation %1 does not follow the last applied one (%2); "
                                          "send from %3.")
                               .arg(mutation.seq)
                               .arg(lastSeq)
                               .arg(lastSeq + 1),
                           {{QStringLiteral("expected_seq"), lastSeq + 1}});
        QJsonObject result{{QStringLiteral("seq"), mutation.seq}};
        exec(db,
             QStringLiteral("INSERT INTO mutation_hashes (client_id, seq, hash) VALUES (?, ?, ?)"),
             {clientId, mutation.seq, payloadHash(mutation)});
        const RuleResult applied = applyMutation(mutation.name, mutation.args, scope, records, now);
        if (applied) // who hears of it, in this transaction
            planner.planForChanges(records, scope.userId);
        records.takeChanges();
        if (applied) {
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
        } else {
            const RuleError &refusal = applied.error();
            exec(db,
                 QStringLiteral("INSERT INTO rejections (client_id, seq, code, message) "
                                "VALUES (?, ?, ?, ?)"),
                 {clientId, mutation.seq, refusal.code, refusal.message});
            result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            result.insert(QStringLiteral("reason"), reasonJson(refusal.code, refusal.message));
        }
        results.append(result);
        lastSeq = mutation.seq;
    }
    if (!mutations.isEmpty()) { // an unknown client stays free to start at any seq
        const qint64 pushedAt = QDateTime::currentMSecsSinceEpoch();
        ClientBookkeeping::recordPush(db, clientId, scope.userId, lastSeq, pushedAt);
        if (!known)
            ClientBookkeeping::limitClients(db, scope.userId, clientId);
    }
    transaction.commit();
    return QJsonObject{{QStringLiteral("last_seq"), lastSeq}, {QStringLiteral("results"), results}};
}

} // namespace Aanwezig::Server
