#include "absencenotice.h"

#include "jsonfields.h"
#include "walltime.h"

namespace Aanwezig {

namespace {

constexpr std::pair<AbsenceNotice::Answer, const char *> answerKeys[] = {
    {AbsenceNotice::Answer::Known, "known"},
    {AbsenceNotice::Answer::Reported, "reported"},
};

} // namespace

QString AbsenceNotice::idOf(const QString &studentId, QDate date)
{
    return studentId + QLatin1Char('/') + date.toString(Qt::ISODate);
}

QString AbsenceNotice::id() const
{
    return idOf(studentId, date);
}

QString answerKey(AbsenceNotice::Answer answer)
{
    return keyOf(answerKeys, answer);
}

std::optional<AbsenceNotice::Answer> parseAnswer(QStringView key)
{
    return valueOf(answerKeys, key);
}

QJsonObject AbsenceNotice::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id()},
        {QStringLiteral("student_id"), studentId},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("notified_at"), formatWallTime(notifiedAt)},
        {QStringLiteral("answer"),
         answer == Answer::None ? QJsonValue(QJsonValue::Null) : QJsonValue(answerKey(answer))},
        {QStringLiteral("answered_at"), answeredAt.isValid()
                                            ? QJsonValue(formatWallTime(answeredAt))
                                            : QJsonValue(QJsonValue::Null)},
    };
}

std::optional<AbsenceNotice> AbsenceNotice::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    AbsenceNotice n;
    const QString id = in.string("id", JsonReader::Optional, 300);
    n.studentId = in.string("student_id", JsonReader::Required, 200);
    n.date = in.date("date");
    n.notifiedAt = in.wallTime("notified_at", JsonReader::Optional);
    n.answer = in.enumValue("answer", parseAnswer, Answer::None, JsonReader::Optional);
    n.answeredAt = in.wallTime("answered_at", JsonReader::Optional);
    if (!in.ok())
        return std::nullopt;
    if (!id.isEmpty() && id != n.id()) {
        if (error)
            *error = QStringLiteral("field 'id' must be <student_id>/<date>");
        return std::nullopt;
    }
    return n;
}

RuleResult checkParentAnswer(const QString &answer)
{
    if (answer != answerKey(AbsenceNotice::Answer::Known))
        return RuleError{QStringLiteral("invalid_answer"),
                         QStringLiteral("A parent answers \"known\".")};
    return {};
}

} // namespace Aanwezig
