#include "notificationsettings.h"

#include "jsonfields.h"
#include "protocol/notificationkinds.h"
#include "walltime.h"

namespace Aanwezig {

namespace {

QTime parseQuietTime(JsonReader &in, const char *key, QTime fallback, QString *error, bool *ok)
{
    const QString text = in.string(key, JsonReader::Optional, 5);
    if (text.isEmpty())
        return fallback;
    const std::optional<QTime> time = parseClockTime(text);
    if (!time) {
        if (error && *ok)
            *error = QStringLiteral("field '%1' must be a time like 21:00").arg(QLatin1String(key));
        *ok = false;
        return fallback;
    }
    return *time;
}

bool knownKind(const QString &kind)
{
    for (const char *k : NotificationKinds::all) {
        if (kind == QLatin1String(k))
            return true;
    }
    return false;
}

} // namespace

NotificationSettings NotificationSettings::defaults(const QString &userId)
{
    NotificationSettings s;
    s.userId = userId;
    for (const char *kind : NotificationKinds::all)
        s.kinds.insert(QLatin1String(kind), true);
    return s;
}

bool NotificationSettings::isQuietAt(QTime time) const
{
    if (quietStart == quietEnd)
        return false;
    if (quietStart < quietEnd)
        return time >= quietStart && time < quietEnd;
    return time >= quietStart || time < quietEnd; // across midnight
}

QJsonObject NotificationSettings::toJson() const
{
    QJsonObject kindsJson;
    for (const char *kind : NotificationKinds::all)
        kindsJson.insert(QLatin1String(kind), wants(kind));
    return QJsonObject{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("kinds"), kindsJson},
        {QStringLiteral("quiet_start"), formatClockTime(quietStart)},
        {QStringLiteral("quiet_end"), formatClockTime(quietEnd)},
        {QStringLiteral("hide_names"), hideNames},
        {QStringLiteral("team_first_day"), teamFirstDay},
    };
}

std::optional<NotificationSettings> NotificationSettings::fromJson(const QJsonObject &json,
                                                                   QString *error)
{
    JsonReader in(json, error);
    NotificationSettings s = defaults(in.string("user_id", JsonReader::Required, 200));
    s.hideNames = in.boolean("hide_names", JsonReader::Optional);
    s.teamFirstDay = in.boolean("team_first_day", JsonReader::Optional);
    bool ok = in.ok();
    s.quietStart = parseQuietTime(in, "quiet_start", s.quietStart, error, &ok);
    s.quietEnd = parseQuietTime(in, "quiet_end", s.quietEnd, error, &ok);
    ok = ok && in.ok();
    const QJsonValue kinds = json.value(QLatin1String("kinds"));
    if (ok && !kinds.isUndefined() && !kinds.isNull()) {
        if (!kinds.isObject()) {
            if (error)
                *error = QStringLiteral("field 'kinds' must be an object");
            return std::nullopt;
        }
        const QJsonObject object = kinds.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!knownKind(it.key()) || !it.value().isBool()) {
                if (error)
                    *error = QStringLiteral("field 'kinds.%1' must be a known kind set to true "
                                            "or false")
                                 .arg(it.key().left(64));
                return std::nullopt;
            }
            s.kinds.insert(it.key(), it.value().toBool());
        }
    }
    if (!ok)
        return std::nullopt;
    return s;
}

RuleResult checkNotificationSettings(const NotificationSettings &settings)
{
    if (settings.userId.isEmpty())
        return RuleError{QStringLiteral("missing_field"),
                         QStringLiteral("Notification settings need a user id.")};
    if (!settings.quietStart.isValid() || !settings.quietEnd.isValid() ||
        settings.quietStart.second() != 0 || settings.quietEnd.second() != 0)
        return RuleError{QStringLiteral("invalid_quiet_hours"),
                         QStringLiteral("Quiet hours are two times like 21:00 and 07:00.")};
    for (auto it = settings.kinds.begin(); it != settings.kinds.end(); ++it) {
        if (!knownKind(it.key()))
            return RuleError{QStringLiteral("unknown_kind"),
                             QStringLiteral("Unknown notification kind.")};
    }
    return {};
}

} // namespace Aanwezig
