#include "registeredabsence.h"

#include "jsonfields.h"
#include "walltime.h"

#include <QJsonArray>
#include <algorithm>
#include <tuple>

namespace Aanwezig {

namespace {

bool fail(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
    return false;
}

bool readLesson(const QJsonValue &value, RegisteredAbsence::Lesson &lesson, QString *error)
{
    const QJsonObject json = value.toObject();
    const auto start = parseClockTime(json.value(QLatin1String("start")).toString());
    const auto end = parseClockTime(json.value(QLatin1String("end")).toString());
    const auto code = parseRegistrationCode(json.value(QLatin1String("code")).toString());
    if (!value.isObject() || !start || !end || *end <= *start)
        return fail(error, QStringLiteral("Every lesson needs a start and a later end (HH:mm)."));
    if (!code || !isAbsence(*code))
        return fail(error, QStringLiteral("Every lesson needs the code of an absence."));
    lesson.start = *start;
    lesson.end = *end;
    lesson.code = *code;
    return true;
}
} // namespace

bool isAbsence(RegistrationCode code)
{
    return code != RegistrationCode::A && code != RegistrationCode::TL;
}

QString RegisteredAbsence::id() const
{
    return studentId + QLatin1Char('/') + date.toString(Qt::ISODate);
}

RegistrationCode RegisteredAbsence::mainCode() const
{
    const bool unauthorised = std::any_of(lessons.cbegin(), lessons.cend(), [](const Lesson &l) {
        return l.code == RegistrationCode::OA;
    });
    if (unauthorised || lessons.isEmpty())
        return RegistrationCode::OA;
    return lessons.first().code;
}

QJsonObject RegisteredAbsence::toJson() const
{
    QJsonArray lessonsJson;
    for (const Lesson &lesson : lessons)
        lessonsJson.append(QJsonObject{{QStringLiteral("start"), formatClockTime(lesson.start)},
                                       {QStringLiteral("end"), formatClockTime(lesson.end)},
                                       {QStringLiteral("code"), codeKey(lesson.code)}});
    return QJsonObject{{QStringLiteral("id"), id()},
                       {QStringLiteral("student_id"), studentId},
                       {QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("lessons"), lessonsJson}};
}

std::optional<RegisteredAbsence> RegisteredAbsence::fromJson(const QJsonObject &json,
                                                             QString *error)
{
    JsonReader in(json, error);
    RegisteredAbsence day;
    day.studentId = in.string("student_id");
    day.date = in.date("date");
    if (!in.ok())
        return std::nullopt;
    const QJsonValue lessons = json.value(QLatin1String("lessons"));
    if (!lessons.isArray() || lessons.toArray().isEmpty()) {
        fail(error, QStringLiteral("Field 'lessons' must list at least one lesson."));
        return std::nullopt;
    }
    for (const QJsonValue &value : lessons.toArray()) {
        Lesson lesson;
        if (!readLesson(value, lesson, error))
            return std::nullopt;
        day.lessons.append(lesson);
    }
    // A total order (lessons may share a start), so that the order read does
    // not depend on the order sent.
    std::sort(day.lessons.begin(), day.lessons.end(), [](const Lesson &a, const Lesson &b) {
        return std::tuple(a.start, a.end, int(a.code)) < std::tuple(b.start, b.end, int(b.code));
    });
    if (json.contains(QLatin1String("id")) &&
        json.value(QLatin1String("id")).toString() != day.id()) {
        fail(error, QStringLiteral("Field 'id' must be '%1'.").arg(day.id()));
        return std::nullopt;
    }
    return day;
}

} // namespace Aanwezig
