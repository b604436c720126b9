#include "mutationargs.h"

#include "domain/walltime.h"

namespace Aanwezig::MutationArgs {

namespace {

void fail(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
}

// The report_id argument; null (and *error set) when it is not a UUID.
QUuid idArg(const QJsonObject &args, QString *error)
{
    const auto named = ReportId::fromJson(args, error);
    return named ? named->id : QUuid();
}

} // namespace

QJsonObject Recover::toJson() const
{
    return {{QLatin1String(Key::reportId), uuidText(reportId)},
            {QLatin1String(Key::at), formatWallTime(at)}};
}

std::optional<Recover> Recover::fromJson(const QJsonObject &args, QString *error)
{
    const QUuid id = idArg(args, error);
    if (id.isNull())
        return std::nullopt;
    const QDateTime at = parseWallTime(args.value(QLatin1String(Key::at)).toString());
    if (!at.isValid()) {
        fail(error, QStringLiteral("Field 'at' must be a time like 2026-11-23T08:30."));
        return std::nullopt;
    }
    return Recover{id, at};
}

QJsonObject DecideLeave::toJson() const
{
    return {{QLatin1String(Key::reportId), uuidText(reportId)},
            {QLatin1String(Key::approved), approved}};
}

std::optional<DecideLeave> DecideLeave::fromJson(const QJsonObject &args, QString *error)
{
    const QUuid id = idArg(args, error);
    if (id.isNull())
        return std::nullopt;
    const QJsonValue approved = args.value(QLatin1String(Key::approved));
    if (!approved.isBool()) {
        fail(error, QStringLiteral("Field 'approved' must be true or false."));
        return std::nullopt;
    }
    return DecideLeave{id, approved.toBool()};
}

QJsonObject AnswerAbsenceNotice::toJson() const
{
    return {{QLatin1String(Key::noticeId), noticeId}, {QLatin1String(Key::answer), answer}};
}

std::optional<AnswerAbsenceNotice> AnswerAbsenceNotice::fromJson(const QJsonObject &args,
                                                                 QString *error)
{
    const QJsonValue answer = args.value(QLatin1String(Key::answer));
    if (!answer.isString()) {
        fail(error, QStringLiteral("Field 'answer' must be \"known\"."));
        return std::nullopt;
    }
    return AnswerAbsenceNotice{args.value(QLatin1String(Key::noticeId)).toString(),
                               answer.toString()};
}

} // namespace Aanwezig::MutationArgs
