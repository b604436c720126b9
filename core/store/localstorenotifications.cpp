// The notification actions of LocalStore (issue 12): the user's own settings
// and a parent's answer to an "Alles goed?" notice. Each leaves one local
// effect with its outbox entry, as the other user actions do.
#include "domain/walltime.h"
#include "entitytables.h"
#include "localeffect.h"
#include "localstore.h"
#include "protocol/mutations.h"

namespace Aanwezig {

using namespace Store;

QJsonObject LocalStore::notificationSettings() const
{
    const QString me = account().userId;
    if (me.isEmpty())
        return {};
    return row(DataKind::NotificationSettings, me).value_or(QJsonObject());
}

RuleCheck LocalStore::saveNotificationSettings(QJsonObject settings)
{
    return perform([&](LocalEffect &effect) -> RuleCheck {
        const QString me = account().userId;
        if (me.isEmpty())
            return RuleError{QStringLiteral("not_paired"),
                             QStringLiteral("Settings are saved once the phone is paired.")};
        settings.insert(QStringLiteral("user_id"), me);
        effect.mutation = Mutations::saveNotificationSettings;
        effect.args = {{QStringLiteral("settings"), settings}};
        effect.kind = DataKind::NotificationSettings;
        effect.id = me;
        effect.json = settings;
        return std::nullopt;
    });
}

QList<QJsonObject> LocalStore::absenceNotices(const QString &studentId) const
{
    return rows(DataKind::AbsenceNotices, studentId);
}

std::optional<QJsonObject> LocalStore::absenceNotice(const QString &noticeId) const
{
    return row(DataKind::AbsenceNotices, noticeId);
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
        if (!notice->value(QLatin1String("answer")).isNull())
            return RuleError{QStringLiteral("already_answered"),
                             QStringLiteral("This notice was already answered.")};
        const QString known = QStringLiteral("known");
        notice->insert(QStringLiteral("answer"), known);
        notice->insert(QStringLiteral("answered_at"), formatWallTime(currentWallTime()));
        effect.mutation = Mutations::answerAbsenceNotice;
        effect.args = {{QStringLiteral("notice_id"), noticeId}, {QStringLiteral("answer"), known}};
        effect.kind = DataKind::AbsenceNotices;
        effect.id = noticeId;
        effect.json = *notice;
        return std::nullopt;
    });
}

} // namespace Aanwezig
