#include "sync/presentation.h"

#include "storage/records.h"

#include <QJsonArray>

namespace Aanwezig::Server {

namespace {

// The display name of a reporter's role, as the family sees it.
QString reporterName(const QString &role)
{
    if (role == roleKey(Role::Parent))
        return QStringLiteral("Ouder");
    if (role == roleKey(Role::Mentor))
        return QStringLiteral("Mentor");
    return QStringLiteral("School"); // the team, or a report made before roles were kept
}

void presentReport(const Scope &scope, QJsonObject &data)
{
    const bool byMe = data.value(QLatin1String("reporter_id")).toString() == scope.userId;
    data.insert(QStringLiteral("by_me"), byMe);
    data.insert(QStringLiteral("reporter_name"),
                byMe ? QStringLiteral("jij")
                     : reporterName(data.value(QLatin1String("reporter_role")).toString()));
    if (!byMe)
        data.remove(QLatin1String("reporter_id"));
}

void presentMessage(const Scope &scope, QJsonObject &data)
{
    const bool readByMe =
        data.value(QLatin1String("read_by")).toArray().contains(QJsonValue(scope.userId));
    data.insert(QStringLiteral("read_by_me"), readByMe);
    data.remove(QLatin1String("sender_id"));
    data.insert(QStringLiteral("read_by"), readByMe ? QJsonArray{scope.userId} : QJsonArray());
}

// A co-parent's reply names its author by role only.
void presentReply(const Scope &scope, QJsonObject &data)
{
    const bool byMe = data.value(QLatin1String("author_id")).toString() == scope.userId;
    data.insert(QStringLiteral("by_me"), byMe);
    if (!byMe)
        data.remove(QLatin1String("author_id"));
}

} // namespace

QJsonObject presented(const Scope &scope, const QString &kind, const QString &studentId,
                      QJsonObject data)
{
    const bool staff = scope.isStaffOf(studentId);
    if (kind == QLatin1String(Kind::person)) {
        const auto relation = scope.relationTo(studentId);
        if (relation)
            data.insert(QStringLiteral("relation"), relationKey(*relation));
        // Staff too, though the relation says child or self (the phone's rules
        // need it: core/domain/actionrules.h).
        if (staff && relation != Person::Relation::ClassStudent)
            data.insert(QStringLiteral("staff"), true);
        // In which languages the parents read, and their phone numbers, are
        // for the staff who reach out to them.
        if (!staff) {
            data.remove(QLatin1String("parent_languages"));
            data.remove(QLatin1String("parent_phones"));
        }
    } else if (kind == QLatin1String(Kind::attendanceSummary) && !staff) {
        for (const char *key : {"legal_max_28d_min", "legal_signal", "sick_signal", "late_signal"})
            data.remove(QLatin1String(key));
    } else if (kind == QLatin1String(Kind::absenceReport) && !staff) {
        presentReport(scope, data);
    } else if (kind == QLatin1String(Kind::warmMessage) && !staff) {
        presentMessage(scope, data);
    } else if (kind == QLatin1String(Kind::reply) && !staff) {
        presentReply(scope, data);
    }
    return data;
}

} // namespace Aanwezig::Server
