#include "absenceform.h"

#include "domain/walltime.h"

#include <QCoreApplication>

namespace Aanwezig {

namespace {

DayPart dayPart(const QString &key)
{
    if (key == QLatin1String("morning"))
        return DayPart::Morning;
    if (key == QLatin1String("afternoon"))
        return DayPart::Afternoon;
    return DayPart::WholeDay;
}

// A moment of the form: the typed time when there is one, else the start or
// the end of the chosen part of the day; nullopt when the time cannot be read.
std::optional<QDateTime> moment(QDate date, const QString &time, const QString &part, bool isEnd)
{
    if (time.trimmed().isEmpty()) {
        const Period period = periodOf(date, dayPart(part));
        return isEnd ? period.end : period.start;
    }
    const QTime parsed = QTime::fromString(time.trimmed(), QStringLiteral("H:mm"));
    if (!parsed.isValid())
        return std::nullopt;
    return wallTime(date, parsed);
}

} // namespace

std::optional<AbsenceReport> AbsenceForm::toReport()
{
    clearErrors();
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = studentId;
    const auto parsedCode = parseRegistrationCode(code);
    if (report.studentId.isEmpty() || !parsedCode) {
        fail(QStringLiteral("code"),
             QCoreApplication::translate("AbsenceForm", "Kies eerst een kind en een reden."));
        return std::nullopt;
    }
    report.code = *parsedCode;

    const QDate firstDay = QDate::fromString(startDate, Qt::ISODate);
    if (!firstDay.isValid()) {
        fail(QStringLiteral("startDate"),
             QCoreApplication::translate("AbsenceForm", "Kies een begindatum."));
        return std::nullopt;
    }
    const auto start = moment(firstDay, startTime, startPart, false);
    if (!start) {
        fail(QStringLiteral("startTime"),
             QCoreApplication::translate("AbsenceForm", "Vul een tijd in zoals 08:30."));
        return std::nullopt;
    }
    report.start = *start;

    if (!openEnd) {
        const QDate lastDay =
            endDate.isEmpty() ? firstDay : QDate::fromString(endDate, Qt::ISODate);
        if (!lastDay.isValid()) {
            fail(QStringLiteral("endDate"),
                 QCoreApplication::translate("AbsenceForm",
                                             "Kies een einddatum, of kies 'tot beter'."));
            return std::nullopt;
        }
        const auto end = moment(lastDay, endTime, endPart, true);
        if (!end) {
            fail(QStringLiteral("endTime"),
                 QCoreApplication::translate("AbsenceForm", "Vul een tijd in zoals 08:30."));
            return std::nullopt;
        }
        report.end = *end;
    }
    report.note = note.trimmed();
    return report;
}

QString AbsenceForm::fieldOf(const QString &reasonCode) const
{
    if (reasonCode == QLatin1String("code_not_allowed"))
        return QStringLiteral("code");
    if (reasonCode == QLatin1String("too_far_back") || reasonCode == QLatin1String("too_far_ahead"))
        return QStringLiteral("startDate");
    if (reasonCode == QLatin1String("end_before_start"))
        return QStringLiteral("endDate");
    if (reasonCode == QLatin1String("note_too_long"))
        return QStringLiteral("note");
    return {};
}

} // namespace Aanwezig
