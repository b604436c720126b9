#include "notify/checkinschedule.h"

#include "domain/checkin.h"
#include "domain/returnplan.h"
#include "notify/notificationplanner.h"
#include "storage/database.h"
#include "storage/records.h"

#include <QJsonDocument>

namespace Aanwezig::Server {

std::optional<QString> dueCheckInKey(int everyDays, std::optional<QDate> lastCheckIn, QDate today)
{
    if (!lastCheckIn)
        return QStringLiteral("first");
    if (everyDays < 1)
        return std::nullopt;
    const qint64 periods = lastCheckIn->daysTo(today) / everyDays;
    if (periods < 1)
        return std::nullopt;
    return lastCheckIn->addDays(periods * everyDays).toString(Qt::ISODate);
}

int scheduleDueCheckIns(const QSqlDatabase &db, const QDateTime &schoolNow)
{
    // Read first: most runs find nothing new and write nothing.
    QList<std::pair<QString, QString>> due; // student, key
    {
        QList<std::pair<QString, int>> plans;
        QSqlQuery &rows = exec(db,
                               QStringLiteral("SELECT r.student_id, r.data FROM records r JOIN "
                                              "users u ON u.id = r.student_id WHERE r.kind = ? "
                                              "AND r.deleted = 0 ORDER BY r.student_id"),
                               {QLatin1String(Kind::returnPlan)});
        while (rows.next()) {
            const auto plan = ReturnPlan::fromJson(
                QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object());
            if (plan)
                plans.append({rows.value(0).toString(), plan->checkInEveryDays});
        }
        for (const auto &[student, everyDays] : std::as_const(plans)) {
            std::optional<QDate> last;
            QSqlQuery &checkIns =
                exec(db,
                     QStringLiteral("SELECT data FROM records WHERE kind = ? AND student_id = ? "
                                    "AND deleted = 0"),
                     {QLatin1String(Kind::checkIn), student});
            while (checkIns.next()) {
                const auto checkIn = CheckIn::fromJson(
                    QJsonDocument::fromJson(checkIns.value(0).toString().toUtf8()).object());
                if (checkIn && checkIn->at.isValid() && (!last || checkIn->at.date() > *last))
                    last = checkIn->at.date();
            }
            const auto key = dueCheckInKey(everyDays, last, schoolNow.date());
            if (key &&
                !scalar(db, QStringLiteral("SELECT 1 FROM notifications WHERE dedup_key = ?"),
                        {NotificationPlanner::checkInDueKey(student, *key) + QLatin1Char('@') +
                         student})
                     .isValid())
                due.append({student, *key});
        }
    }
    if (due.isEmpty())
        return 0;
    WriteTransaction transaction(db);
    NotificationPlanner planner(db, schoolNow);
    int added = 0;
    for (const auto &[student, key] : std::as_const(due))
        added += planner.planCheckInDue(student, key) ? 1 : 0;
    transaction.commit();
    return added;
}

} // namespace Aanwezig::Server
