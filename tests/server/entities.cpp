#include "entities.h"

namespace Aanwezig::Test {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject reportJson(const QString &id, const QString &student, RegistrationCode code, int hour,
                       bool openEnded)
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

QJsonObject messageJson(const QString &id, const QString &student, bool toStudent, bool toParents)
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

QJsonObject replyJson(const QString &id, const QString &student, Role from,
                      const QString &messageId, const QString &templateKey, const QString &text)
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

QJsonObject stepJson(const QString &id, const QString &student, const QString &title, bool done)
{
    PlanStep s;
    s.id = QUuid::fromString(id);
    s.studentId = student;
    s.title = title;
    s.done = done;
    return s.toJson();
}

QJsonObject planJson(const QString &student)
{
    ReturnPlan p;
    p.studentId = student;
    p.goal = QStringLiteral("Rustig weer beginnen");
    return p.toJson();
}

QJsonObject checkInJson(const QString &id, const QString &student, int mood)
{
    CheckIn c;
    c.id = QUuid::fromString(id);
    c.studentId = student;
    c.mood = mood;
    c.needed = QStringLiteral("Een rustige plek");
    return c.toJson();
}

QJsonObject contactJson(const QString &id, const QString &student)
{
    ContactLogEntry e;
    e.id = QUuid::fromString(id);
    e.studentId = student;
    e.outcome = QStringLiteral("Gebeld, gaat beter");
    return e.toJson();
}

} // namespace Aanwezig::Test
