#include "notify/payloadbuilder.h"

#include "notify/notificationtexts.h"
#include "protocol/notificationkinds.h"

#include <QJsonObject>
#include <QSet>

namespace Aanwezig::Server {

namespace {

using T = NotificationText;

NotificationPayload::Link linkOf(const QJsonObject &data)
{
    const QJsonObject l = data.value(QLatin1String("link")).toObject();
    return {l.value(QLatin1String("page")).toString(), l.value(QLatin1String("id")).toString(),
            l.value(QLatin1String("student_id")).toString(),
            QDate::fromString(l.value(QLatin1String("date")).toString(), Qt::ISODate)};
}

QString field(const OutboxNotification &n, const char *key)
{
    return n.data.value(QLatin1String(key)).toString();
}

bool is(const QString &kind, const char *name)
{
    return kind == QLatin1String(name);
}

} // namespace

NotificationPayload buildPayload(const QList<OutboxNotification> &group,
                                 const PayloadContext &context)
{
    using namespace NotificationKinds;
    const OutboxNotification &last = group.last();
    const QString &lang = context.language;
    const QString name = field(last, "first_name");
    const QString className = field(last, "class");
    QStringList classes;
    QSet<QString> students;
    bool oneKind = true;
    for (const OutboxNotification &n : group) {
        if (!classes.contains(field(n, "class")))
            classes.append(field(n, "class"));
        students.insert(n.studentId);
        oneKind = oneKind && n.kind == last.kind;
    }
    const QString classList = classes.join(QStringLiteral(", "));
    const auto named = [&](T withName) {
        return context.hideNames ? notificationText(T::HiddenBody, lang, {}, className)
                                 : notificationText(withName, lang, name, className);
    };

    NotificationPayload p;
    p.kind = last.kind;
    p.language = lang;
    p.rightToLeft = isRightToLeft(lang);
    p.link = linkOf(last.data);
    p.tag = field(last, "tag");
    const QString &kind = last.kind;
    if (is(kind, firstDay) || is(kind, morningSummary)) {
        const bool summary = is(kind, morningSummary) || !oneKind;
        if (summary) {
            p.kind = QLatin1String(morningSummary);
            p.title = notificationText(T::SummaryTitle, lang);
            p.body = notificationText(T::SummaryBody, lang, {}, classList, int(students.size()),
                                      context.withoutContact);
        } else if (group.size() > 1) {
            p.title = notificationText(T::FirstDayTitle, lang);
            p.body = notificationText(T::FirstDayMany, lang, {}, classList, int(group.size()));
        } else {
            p.title = notificationText(T::FirstDayTitle, lang);
            p.body = named(T::FirstDayBody);
        }
        if (summary || group.size() > 1) {
            p.link = {QLatin1String(NotificationPages::today), {}, {}, {}};
            p.tag = QString::fromLatin1(summary ? morningSummary : firstDay) + QLatin1Char(':') +
                    last.groupKey.section(QLatin1Char(':'), 1);
        }
        return p;
    }
    if (group.size() > 1) { // several that waited for the end of the quiet hours
        p.title = notificationText(T::WaitedTitle, lang);
        p.body = notificationText(T::WaitedBody, lang, {}, {}, int(group.size()));
        p.tag = last.groupKey;
        return p;
    }
    if (is(kind, reportSeen)) {
        p.title = notificationText(T::ReportSeenTitle, lang);
        p.body = named(T::ReportSeenBody);
    } else if (is(kind, leaveDecided)) {
        p.title = notificationText(T::LeaveDecidedTitle, lang);
        p.body = named(last.data.value(QLatin1String("approved")).toBool() ? T::LeaveApprovedBody
                                                                           : T::LeaveRefusedBody);
    } else if (is(kind, warmMessage)) {
        p.title = notificationText(T::MessageTitle, lang);
        p.body = field(last, "to") == QLatin1String("student")
                     ? notificationText(T::MessageStudentBody, lang)
                     : named(T::MessageParentBody);
    } else if (is(kind, unreportedAbsence)) {
        p.title = notificationText(T::UnreportedTitle, lang);
        p.body = named(T::UnreportedBody);
        p.actions = {
            {QLatin1String(NotificationActions::reportSick),
             notificationText(T::ActionReportSick, lang)},
            {QLatin1String(NotificationActions::known), notificationText(T::ActionKnown, lang)}};
    } else if (is(kind, planStep)) {
        p.title = notificationText(T::PlanStepTitle, lang);
        p.body = notificationText(T::PlanStepBody, lang);
    } else if (is(kind, checkinDue)) {
        p.title = notificationText(T::CheckinTitle, lang);
        p.body = notificationText(T::CheckinBody, lang);
    }
    return p;
}

int ttlSecondsOf(const QString &kind)
{
    using namespace NotificationKinds;
    constexpr int hour = 3600;
    if (is(kind, firstDay) || is(kind, checkinDue))
        return 8 * hour;
    if (is(kind, morningSummary) || is(kind, unreportedAbsence))
        return 12 * hour;
    return 72 * hour;
}

QByteArray urgencyOf(const QString &kind)
{
    using namespace NotificationKinds;
    if (is(kind, firstDay) || is(kind, unreportedAbsence))
        return "high";
    if (is(kind, planStep) || is(kind, checkinDue))
        return "low";
    return "normal";
}

} // namespace Aanwezig::Server
