#include "storetypes.h"

#include "domain/jsonfields.h"

#include <array>
#include <utility>

namespace Aanwezig {

namespace {
constexpr std::array<std::pair<OutboxState, const char *>, 3> stateKeys{{
    {OutboxState::Pending, "pending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Rejected, "rejected"},
}};
constexpr std::array<std::pair<ServerChange::Op, const char *>, 2> opKeys{{
    {ServerChange::Op::Put, "put"},
    {ServerChange::Op::Delete, "delete"},
}};
std::optional<ServerChange::Op> parseOp(QStringView key)
{
    return valueOf(opKeys, key);
}
} // namespace

QString outboxStateKey(OutboxState state)
{
    return keyOf(stateKeys, state);
}

std::optional<OutboxState> parseOutboxState(QStringView key)
{
    return valueOf(stateKeys, key);
}

std::optional<ServerChange> ServerChange::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    ServerChange change;
    change.op = in.enumValue("op", parseOp, Op::Put);
    change.kind = in.string("kind", JsonReader::Required, 64);
    change.id = in.string("id", JsonReader::Optional, 200);
    if (!in.ok())
        return std::nullopt;
    const QJsonValue data = json.value(QLatin1String("data"));
    if (change.op == Op::Put && !data.isObject()) {
        if (error)
            *error = QStringLiteral("field 'data' must be an object");
        return std::nullopt;
    }
    if (change.op == Op::Put) // a delete carries no data, whatever was sent
        change.data = data.toObject();
    return change;
}

QJsonObject ServerChange::toJson() const
{
    QJsonObject json{
        {QStringLiteral("op"), keyOf(opKeys, op)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("id"), id},
    };
    if (op == Op::Put)
        json.insert(QStringLiteral("data"), data);
    return json;
}

} // namespace Aanwezig
