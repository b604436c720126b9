#include "attendancesummary.h"

#include <QJsonArray>

namespace Aanwezig {

namespace {
bool yes(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toString() == QLatin1String("yes");
}
} // namespace

AttendanceSummary AttendanceSummary::fromJson(const QJsonObject &json)
{
    AttendanceSummary summary;
    const QJsonValue rate = json.value(QLatin1String("rate_pct"));
    if (rate.isDouble())
        summary.ratePct = rate.toDouble();
    else if (rate.isString() && !rate.toString().isEmpty())
        summary.ratePct = rate.toString().toDouble();
    summary.tier = json.value(QLatin1String("tier")).toVariant().toInt();
    summary.previousTier = json.value(QLatin1String("previous_tier")).toVariant().toInt();
    summary.missedMinutes = json.value(QLatin1String("missed_min")).toVariant().toInt();
    summary.scheduledMinutes = json.value(QLatin1String("scheduled_min")).toVariant().toInt();
    summary.legalMax28dMinutes = json.value(QLatin1String("legal_max_28d_min")).toVariant().toInt();
    const QString legal = json.value(QLatin1String("legal_signal")).toString();
    if (legal == QLatin1String("warn"))
        summary.legalSignal = LegalSignal::Warn;
    else if (legal == QLatin1String("report"))
        summary.legalSignal = LegalSignal::Report;
    summary.sickSignal = yes(json.value(QLatin1String("sick_signal")));
    summary.lateSignal = yes(json.value(QLatin1String("late_signal")));
    for (const QJsonValue &point : json.value(QLatin1String("trend")).toArray()) {
        const QJsonObject object = point.toObject();
        summary.trend.append(
            {QDate::fromString(object.value(QLatin1String("week_start")).toString(), Qt::ISODate),
             object.value(QLatin1String("rate_pct")).toDouble()});
    }
    return summary;
}

} // namespace Aanwezig
