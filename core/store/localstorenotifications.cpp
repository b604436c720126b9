// The notification actions of LocalStore: the user's own settings
// and a parent's answer to an "Alles goed?" notice. Each leaves one local
// effect with its outbox entry, as the other user actions do.
#include "domain/walltime.h"
#include "entitytables.h"
#include "localeffect.h"
#include "localstore.h"
#include "protocol/mutationargs.h"
#include "protocol/mutations.h"
#include "protocol/notificationkinds.h"
#include "protocol/reasoncodes.h"

namespace Aanwezig {

using namespace Store;

NotificationSettings LocalStore::notificationSettings() const
{
    const QString me = account().userId;
    const auto json = row(DataKind::NotificationSettings, me);
    const auto kept = json ? NotificationSettings::fromJson(*json) : std::nullopt;
    return kept ? *kept : NotificationSettings::defaults(me);
}

RuleResult LocalStore::saveNotificationSettings(NotificationSettings settings)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const QString me = account().userId;
        if (settings.userId.isEmpty())
            settings.userId = me;
        if (auto checked = checkSettingsOwner(settings, me); !checked)
            return checked;
        effect.mutation = Mutations::saveNotificationSettings;
        effect.args = MutationArgs::SaveNotificationSettings{settings}.toJson();
        effect.kind = DataKind::NotificationSettings;
        effect.id = settings.userId;
        effect.json = settings.toJson();
        return {};
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

RuleResult LocalStore::answerAbsenceNotice(const QString &noticeId)
{
    return perform([&](LocalEffect &effect) -> RuleResult {
        const auto notice = absenceNotice(noticeId);
        if (!notice)
            return RuleError{QLatin1String(ReasonCodes::notFound),
                             QStringLiteral("This notice is not on the phone.")};
        const QString known = QLatin1String(NotificationActions::known);
        if (auto checked = checkNoticeAnswer(relationTo(notice->studentId), known); !checked)
            return checked;
        const auto answer = answered(*notice, currentWallTime());
        if (!answer)
            return {}; // the first answer stays
        effect.mutation = Mutations::answerAbsenceNotice;
        effect.args = MutationArgs::AnswerAbsenceNotice{noticeId, known}.toJson();
        effect.kind = DataKind::AbsenceNotices;
        effect.id = noticeId;
        effect.json = answer->toJson();
        return {};
    });
}

} // namespace Aanwezig
