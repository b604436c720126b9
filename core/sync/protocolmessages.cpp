#include "protocolmessages.h"

#include <QJsonArray>
#include <QSet>

namespace Aanwezig::SyncProtocol {

QJsonObject pairRequest(const QString &code, const QString &deviceName)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("device_name"), deviceName}};
}

std::optional<Pairing> readPairing(const QJsonObject &reply, QString *error)
{
    const QString token = reply.value(QStringLiteral("token")).toString();
    const std::optional<Me> me = readMe(reply, error);
    if (!me || token.isEmpty()) {
        *error = QStringLiteral("the pairing reply lacks a token or a user id");
        return std::nullopt;
    }
    return Pairing{token, *me};
}

std::optional<Me> readMe(const QJsonObject &reply, QString *error)
{
    Me me;
    me.userId = reply.value(QStringLiteral("user_id")).toString();
    if (me.userId.isEmpty()) {
        *error = QStringLiteral("the reply lacks a user id");
        return std::nullopt;
    }
    const QJsonArray roles = reply.value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &key : roles) {
        // A role this app does not know yet is left out rather than refused.
        if (const std::optional<Role> role = parseRole(key.toString()))
            me.roles.append(*role);
    }
    for (const QJsonValue &id : reply.value(QStringLiteral("children")).toArray())
        me.children.append(id.toString());
    for (const QJsonValue &name : reply.value(QStringLiteral("classes")).toArray())
        me.classes.append(name.toString());
    for (const QJsonValue &id : reply.value(QStringLiteral("class_students")).toArray())
        me.classStudents.append(id.toString());
    me.studentId = reply.value(QStringLiteral("student_id")).toString();
    me.language = reply.value(QStringLiteral("language")).toString();
    me.region = reply.value(QStringLiteral("region")).toString();
    return me;
}

bool Me::relatesTo(const Person &person) const
{
    return roles.contains(Role::Team) || children.contains(person.id) || person.id == studentId ||
           classStudents.contains(person.id);
}

QJsonObject pushRequest(const QUuid &clientId, const QList<OutboxEntry> &entries)
{
    QJsonArray mutations;
    for (const OutboxEntry &entry : entries) {
        mutations.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                     {QStringLiteral("name"), entry.name},
                                     {QStringLiteral("args"), entry.args}});
    }
    return {{QStringLiteral("client_id"), clientId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("mutations"), mutations}};
}

std::optional<PushOutcome> readPushReply(const QJsonObject &reply, const QList<qint64> &sent,
                                         QString *error)
{
    PushOutcome outcome;
    QSet<qint64> answered;
    const QJsonArray results = reply.value(QStringLiteral("results")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const qint64 seq = result.value(QStringLiteral("seq")).toInteger();
        const QString status = result.value(QStringLiteral("status")).toString();
        // A repeat carries the first answer's outcome in "original".
        const QString outcomeKey = status == QLatin1String("duplicate")
                                       ? result.value(QStringLiteral("original")).toString()
                                       : status;
        if (!sent.contains(seq)) {
            *error = QStringLiteral("the push reply answers seq %1, which was not sent").arg(seq);
            return std::nullopt;
        }
        if (status == QLatin1String("duplicate") &&
            !result.value(QStringLiteral("same_payload")).toBool())
            outcome.uncheckedRepeats.append(seq);
        if (status == QLatin1String("conflict")) {
            outcome.conflicts.append(seq);
        } else if (outcomeKey == QLatin1String("applied")) {
            outcome.applied.append(seq);
        } else if (outcomeKey == QLatin1String("rejected")) {
            const QJsonObject reason = result.value(QStringLiteral("reason")).toObject();
            outcome.rejected.append({seq, reason.value(QStringLiteral("code")).toString(),
                                     reason.value(QStringLiteral("message")).toString()});
        } else {
            *error = QStringLiteral("the push reply has an unknown status '%1' for seq %2")
                         .arg(outcomeKey)
                         .arg(seq);
            return std::nullopt;
        }
        answered.insert(seq);
    }
    if (answered.size() != sent.size()) {
        *error = QStringLiteral("the push reply answers %1 of %2 mutations")
                     .arg(answered.size())
                     .arg(sent.size());
        return std::nullopt;
    }
    return outcome;
}

std::optional<PullPage> readPullPage(const QJsonObject &reply, QString *error)
{
    const QJsonValue changes = reply.value(QStringLiteral("changes"));
    const QJsonValue cursor = reply.value(QStringLiteral("next_cursor"));
    if (!changes.isArray() || !cursor.isString()) {
        *error = QStringLiteral("the pull reply lacks 'changes' or 'next_cursor'");
        return std::nullopt;
    }
    PullPage page;
    page.nextCursor = cursor.toString();
    page.hasMore = reply.value(QStringLiteral("has_more")).toBool();
    const QJsonArray array = changes.toArray();
    page.changes.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        std::optional<ServerChange> change =
            ServerChange::fromJson(array.at(i).toObject(), &problem);
        if (!change) {
            *error = QStringLiteral("change %1 of the pull reply: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        }
        page.changes.append(std::move(*change));
    }
    return page;
}

ErrorBody readError(const QJsonObject &reply)
{
    const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
    return {error.value(QStringLiteral("code")).toString(),
            error.value(QStringLiteral("message")).toString()};
}

} // namespace Aanwezig::SyncProtocol
