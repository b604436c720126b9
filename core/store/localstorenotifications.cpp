// The notification actions of LocalStore: the user's own settings
// and a parent's answer to an "Alles goed?" notice. Each leaves one local
// effect with its outbox entry, as the other user actions do.
#include "domain/walltime.h"
#include "entitytables.h"
#include "localeffect.h"
#include "localstore.h"
#include "protocol/mutations.h"
#include "protocol/notificationkinds.h"

namespace Aanwezig {

using namespace Store;

NotificationSettings LocalStore::notificationSettings() const
{
    const QString me = account().userId;
    const auto json = row(DataKind::NotificationSettings, me);
    const auto kept = json ? NotificationSettings::fromJson(*json) : std::nullopt;
    return kept ? *kept : NotificationSettings::defaults(me);
}

RuleCheck LocalStore::saveNotificationSettings(NotificationSettings settings)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        settings.userId = account().userId;
        if (auto refused = checkNotificationSettings(settings))
            return refused;
        effect.mutation = Mutations::saveNotificationSettings;
        effect.args = {{QStringLiteral("settings"), settings.toJson()}};
        effect.kind = DataKind::NotificationSettings;
        effect.id = settings.userId;
        effect.json = settings.toJson();
        return std::nullopt;
    });
}

QList<AbsenceNotice> LocalStore::absenceNotices(const QString &studentId) const
{
    QList<AbsenceNotice> notices;
    for (const QJsonObject &json : rows(DataKind::AbsenceNotices, studentId)) {
        if (auto notice = AbsenceNotice::fromJson(json))
            notices.append(*notice);
    }
    return notices;
}

std::optional<AbsenceNotice> LocalStore::absenceNotice(const QString &noticeId) const
{
    const auto json = row(DataKind::AbsenceNotices, noticeId);
    return json ? AbsenceNotice::fromJson(*json) : std::nullopt;
}

RuleCheck LocalStore::answerAbsenceNotice(const QString &noticeId)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        if (auto refused = requireRole({Role::Parent}))
            return refused;
        auto notice = absenceNotice(noticeId);
        if (!notice)
            return RuleError{QStringLiteral("not_found"),
                             QStringLiteral("This notice is not on the phone.")};
        if (notice->answer != AbsenceNotice::Answer::None)
            return RuleError{QStringLiteral("already_answered"),
                             QStringLiteral("This notice was already answered.")};
        const QString known = QLatin1String(NotificationActions::known);
        if (auto refused = checkParentAnswer(known))
            return refused;
        notice->answer = AbsenceNotice::Answer::Known;
        notice->answeredAt = currentWallTime();
        effect.mutation = Mutations::answerAbsenceNotice;
        effect.args = {{QStringLiteral("notice_id"), noticeId}, {QStringLiteral("answer"), known}};
        effect.kind = DataKind::AbsenceNotices;
        effect.id = noticeId;
        effect.json = notice->toJson();
        return std::nullopt;
    });
}

} // namespace Aanwezig
