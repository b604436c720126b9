#include "notificationpayload.h"

#include "jsonfields.h"
#include "protocol/notificationkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Aanwezig {

namespace {

template <typename List> bool listed(const List &list, const QString &name)
{
    for (const char *item : list) {
        if (name == QLatin1String(item))
            return true;
    }
    return false;
}

void insertIfSet(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

} // namespace

QByteArray NotificationPayload::toJson() const
{
    QJsonObject linkJson{{QStringLiteral("page"), link.page}};
    insertIfSet(linkJson, "id", link.id);
    insertIfSet(linkJson, "student_id", link.studentId);
    if (link.date.isValid())
        linkJson.insert(QStringLiteral("date"), link.date.toString(Qt::ISODate));
    QJsonObject json{
        {QStringLiteral("v"), notificationPayloadVersion},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), body},
        {QStringLiteral("lang"), language},
        {QStringLiteral("dir"), rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")},
        {QStringLiteral("link"), linkJson},
        {QStringLiteral("tag"), tag},
    };
    if (!actions.isEmpty()) {
        QJsonArray list;
        for (const Action &a : actions)
            list.append(
                QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("title"), a.title}});
        json.insert(QStringLiteral("actions"), list);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

NotificationPayload NotificationPayload::fitted() const
{
    if (toJson().size() <= maxNotificationPayloadBytes)
        return *this;
    // The longest start of the body that fits with an ellipsis (a binary
    // search: JSON escaping makes the size of a character vary).
    const auto shortened = [this](qsizetype keep) {
        NotificationPayload p = *this;
        if (keep > 0 && p.body.at(keep - 1).isHighSurrogate())
            --keep; // never half a surrogate pair
        p.body = keep > 0 ? p.body.left(keep) + QChar(0x2026) : QString();
        return p;
    };
    qsizetype fits = 0, tooLong = body.size();
    while (tooLong - fits > 1) {
        const qsizetype middle = fits + (tooLong - fits) / 2;
        if (shortened(middle).toJson().size() <= maxNotificationPayloadBytes)
            fits = middle;
        else
            tooLong = middle;
    }
    return shortened(fits);
}

std::optional<NotificationPayload> NotificationPayload::fromJson(const QByteArray &json,
                                                                 QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<NotificationPayload> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.size() > maxNotificationPayloadBytes)
        return fail(QStringLiteral("payload is too long"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("payload is not a JSON object"));
    const QJsonObject object = document.object();
    JsonReader in(object, error);
    NotificationPayload p;
    const int version = in.integer("v", 1, 1000);
    p.kind = in.string("kind", JsonReader::Required, 64);
    p.title = in.string("title", JsonReader::Required, maxNotificationPayloadBytes);
    p.body = in.string("body", JsonReader::Optional, maxNotificationPayloadBytes);
    p.language = in.string("lang", JsonReader::Optional, 16);
    const QString dir = in.string("dir", JsonReader::Optional, 3);
    p.tag = in.string("tag", JsonReader::Optional, 200);
    if (!in.ok())
        return std::nullopt;
    if (version != notificationPayloadVersion)
        return fail(QStringLiteral("payload version %1 is not known").arg(version));
    if (!listed(NotificationKinds::all, p.kind))
        return fail(QStringLiteral("field 'kind' has an unknown value"));
    if (!dir.isEmpty() && dir != QLatin1String("ltr") && dir != QLatin1String("rtl"))
        return fail(QStringLiteral("field 'dir' must be ltr or rtl"));
    p.rightToLeft = dir == QLatin1String("rtl");
    if (p.language.isEmpty())
        p.language = QStringLiteral("nl");

    const QJsonValue link = object.value(QLatin1String("link"));
    if (!link.isObject())
        return fail(QStringLiteral("field 'link' is missing"));
    const QJsonObject linkObject = link.toObject();
    JsonReader linkIn(linkObject, error);
    p.link.page = linkIn.string("page", JsonReader::Required, 32);
    p.link.id = linkIn.string("id", JsonReader::Optional, 300);
    p.link.studentId = linkIn.string("student_id", JsonReader::Optional, 200);
    p.link.date = linkIn.date("date", JsonReader::Optional);
    if (!linkIn.ok())
        return std::nullopt;
    if (!listed(NotificationPages::all, p.link.page))
        return fail(QStringLiteral("field 'link.page' has an unknown value"));

    const QJsonValue actions = object.value(QLatin1String("actions"));
    if (!actions.isUndefined() && !actions.isNull()) {
        if (!actions.isArray())
            return fail(QStringLiteral("field 'actions' must be a list"));
        for (const QJsonValue item : actions.toArray()) {
            const QJsonObject actionObject = item.toObject();
            JsonReader actionIn(actionObject, error);
            Action a{actionIn.string("id", JsonReader::Required, 32),
                     actionIn.string("title", JsonReader::Required, 200)};
            if (!item.isObject() || !actionIn.ok())
                return fail(QStringLiteral("field 'actions' must hold {id, title} objects"));
            p.actions.append(a);
        }
    }
    return p;
}

} // namespace Aanwezig
