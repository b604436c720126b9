#pragma once

#include "ruleresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace Aanwezig {

inline constexpr int maxOutcomeLength = 500;

// A mentor's record of contact with a student or the family.
struct ContactLogEntry
{
    enum class Kind { Phone, Message, Card, HomeVisit, Conversation };

    QUuid id;
    QString studentId;
    QString mentorId;
    QUuid reportId; // optional: the absence the contact was about
    Kind kind = Kind::Phone;
    QString outcome;
    QDateTime at; // wall time

    QJsonObject toJson() const;
    static std::optional<ContactLogEntry> fromJson(const QJsonObject &json,
                                                   QString *error = nullptr);
    friend bool operator==(const ContactLogEntry &, const ContactLogEntry &) = default;
};

QString contactKindKey(ContactLogEntry::Kind kind);
std::optional<ContactLogEntry::Kind> parseContactKind(QStringView key);
RuleResult checkContactLogEntry(const ContactLogEntry &entry);

} // namespace Aanwezig
