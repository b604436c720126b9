#pragma once

#include "domain/absencereport.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/walltime.h"
#include "domain/warmmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace Aanwezig::Test {

// Entities for push arguments, in their domain JSON form.

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A report starting today at the given hour (one hour long unless open-ended).
inline QJsonObject reportJson(const QString &id, const QString &student, RegistrationCode code,
                              int hour = 9, bool openEnded = false)
{
    AbsenceReport r;
    r.id = QUuid::fromString(id);
    r.studentId = student;
    r.code = code;
    r.start = wallTime(QDate::currentDate(), QTime(hour, 0));
    if (!openEnded)
        r.end = r.start.addSecs(3600);
    return r.toJson();
}

inline QJsonObject messageJson(const QString &id, const QString &student, bool toStudent,
                               bool toParents)
{
    WarmMessage m;
    m.id = QUuid::fromString(id);
    m.studentId = student;
    m.templateKey = QStringLiteral("miss_you");
    m.text = QStringLiteral("Ik mis je!");
    m.toStudent = toStudent;
    m.toParents = toParents;
    return m.toJson();
}

// A reply of the student or a parent; an empty messageId answers the plan.
inline QJsonObject replyJson(const QString &id, const QString &student, Role from,
                             const QString &messageId, const QString &templateKey,
                             const QString &text = {})
{
    Reply r;
    r.id = QUuid::fromString(id);
    r.studentId = student;
    r.from = from;
    r.messageId = QUuid::fromString(messageId);
    r.templateKey = templateKey;
    r.text = text;
    return r.toJson();
}

inline QJsonObject stepJson(const QString &id, const QString &student, const QString &title,
                            bool done = false)
{
    PlanStep s;
    s.id = QUuid::fromString(id);
    s.studentId = student;
    s.title = title;
    s.done = done;
    return s.toJson();
}

inline QJsonObject planJson(const QString &student)
{
    ReturnPlan p;
    p.studentId = student;
    p.goal = QStringLiteral("Rustig weer beginnen");
    return p.toJson();
}

inline QJsonObject checkInJson(const QString &id, const QString &student, int mood = 4)
{
    CheckIn c;
    c.id = QUuid::fromString(id);
    c.studentId = student;
    c.mood = mood;
    c.needed = QStringLiteral("Een rustige plek");
    return c.toJson();
}

inline QJsonObject contactJson(const QString &id, const QString &student)
{
    ContactLogEntry e;
    e.id = QUuid::fromString(id);
    e.studentId = student;
    e.outcome = QStringLiteral("Gebeld, gaat beter");
    return e.toJson();
}

} // namespace Aanwezig::Test
