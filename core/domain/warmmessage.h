#pragma once

#include "ruleresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Aanwezig {

inline constexpr int maxMessageLength = 1000;

// A warm message from a mentor (or "from the class") to a student and/or the parents.
struct WarmMessage
{
    QUuid id;
    QString studentId;
    QString senderId;
    QString templateKey; // e.g. "miss_you"; empty for own words
    QString text;        // own words, or the edited template text
    bool fromClass = false;
    bool toStudent = true;
    bool toParents = false;
    QString language = QStringLiteral("nl");
    QDateTime sentAt;   // wall time
    QStringList readBy; // user ids who read it

    QJsonObject toJson() const;
    static std::optional<WarmMessage> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const WarmMessage &, const WarmMessage &) = default;
};

RuleResult checkMessage(const WarmMessage &message);

} // namespace Aanwezig
