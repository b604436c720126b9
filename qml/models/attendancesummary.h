#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace Aanwezig {

// A student's attendance figures as the server sends them (pulled as kind
// "attendance_summary"; the store keeps the JSON). The keys follow the
// columns of `aanwezig-server report`:
//   {"student_id", "rate_pct": 93.5, "tier": 2, "previous_tier": 1,
//    "scheduled_min", "missed_min", "unauthorised_min",
//    "legal_max_28d_min": 300, "legal_signal": "none"|"warn"|"report",
//    "sick_signal": "yes"|"no", "late_signal": "yes"|"no",
//    "trend": [{"week_start": "2026-10-05", "rate_pct": 97.0}, ...]}
// Missing keys read as "nothing known"; booleans may also be JSON booleans.
struct AttendanceSummary
{
    struct TrendPoint
    {
        QDate weekStart;
        double ratePct = 0;
    };
    enum class LegalSignal { None, Warn, Report };

    std::optional<double> ratePct;
    int tier = 0; // 0: no figures yet
    int previousTier = 0;
    int missedMinutes = 0;
    int scheduledMinutes = 0;
    int legalMax28dMinutes = 0;
    LegalSignal legalSignal = LegalSignal::None;
    bool sickSignal = false;
    bool lateSignal = false;
    QList<TrendPoint> trend; // oldest first

    bool hasFigures() const { return ratePct.has_value() && tier > 0; }
    static AttendanceSummary fromJson(const QJsonObject &json);
};

} // namespace Aanwezig
