#pragma once

#include "ruleresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace Aanwezig {

inline constexpr int maxCheckInAnswerLength = 500;

// A student's short check-in: how are you (1-5), what helped, what do you need now.
struct CheckIn
{
    QUuid id;
    QString studentId;
    int mood = 3; // 1..5
    QString helped;
    QString needed; // "Wat heb je nú nodig om wél te kunnen komen?"
    QDateTime at;   // wall time

    QJsonObject toJson() const;
    static std::optional<CheckIn> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const CheckIn &, const CheckIn &) = default;
};

RuleResult checkCheckIn(const CheckIn &checkIn);

} // namespace Aanwezig
