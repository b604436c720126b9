#pragma once

#include "returnplan.h"
#include "role.h"
#include "ruleresult.h"
#include "warmmessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Aanwezig {

inline constexpr int maxReplyLength = 500;

// A student's or a parent's answer to a warm message, or the student's word to
// the contact person of their return plan. One tap ("thanks", "want_to_talk",
// "doing_better") or a few own words; read by the staff, and by the author's
// own side (the student, or the parents).
struct Reply
{
    QUuid id;
    QString studentId;
    QString authorId;
    Role from = Role::Student; // Student or Parent
    QUuid messageId;           // the message answered; null: to the plan's contact person
    QString templateKey;       // one of replyTemplateKeys(); empty for own words
    QString text;              // own words
    QString language = QStringLiteral("nl");
    QDateTime at; // wall time

    bool toPlan() const { return messageId.isNull(); }
    QJsonObject toJson() const;
    static std::optional<Reply> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const Reply &, const Reply &) = default;
};

// The one-tap answers.
const QStringList &replyTemplateKeys();

// The rule of a reply, checked the same way on the phone and on the server:
// its fields, and what it answers. `message` is the message it names (nullopt
// when not found); `plan` the student's return plan (nullopt when none). A
// reply answers a message that reached the author's side (to_student for a
// student, to_parents for a parent) of the same student; a reply to the plan
// needs a plan and comes from the student.
RuleResult checkReply(const Reply &reply, const std::optional<WarmMessage> &message,
                      const std::optional<ReturnPlan> &plan);

} // namespace Aanwezig
