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
// the end of the chosen part of the day.
std::optional<QDateTime> moment(QDate date, const QString &time, const QString &part, bool isEnd,
                                QString *error)
{
    if (time.trimmed().isEmpty()) {
        const Period period = periodOf(date, dayPart(part));
        return isEnd ? period.end : period.start;
    }
    const QTime parsed = QTime::fromString(time.trimmed(), QStringLiteral("H:mm"));
    if (!parsed.isValid()) {
        *error = QCoreApplication::translate("AbsenceForm", "Vul een tijd in zoals 08:30.");
        return std::nullopt;
    }
    return wallTime(date, parsed);
}

} // namespace

std::optional<AbsenceReport> absenceFromForm(const QVariantMap &form, QString *error)
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = form.value(QStringLiteral("studentId")).toString();
    const auto code = parseRegistrationCode(form.value(QStringLiteral("code")).toString());
    if (report.studentId.isEmpty() || !code) {
        *error = QCoreApplication::translate("AbsenceForm", "Kies eerst een kind en een reden.");
        return std::nullopt;
    }
    report.code = *code;

    const QDate startDate =
        QDate::fromString(form.value(QStringLiteral("startDate")).toString(), Qt::ISODate);
    if (!startDate.isValid()) {
        *error = QCoreApplication::translate("AbsenceForm", "Kies een begindatum.");
        return std::nullopt;
    }
    const auto start = moment(startDate, form.value(QStringLiteral("startTime")).toString(),
                              form.value(QStringLiteral("startPart")).toString(), false, error);
    if (!start)
        return std::nullopt;
    report.start = *start;

    if (!form.value(QStringLiteral("openEnd")).toBool()) {
        const QString endText = form.value(QStringLiteral("endDate")).toString();
        const QDate endDate =
            endText.isEmpty() ? startDate : QDate::fromString(endText, Qt::ISODate);
        if (!endDate.isValid()) {
            *error = QCoreApplication::translate("AbsenceForm",
                                                 "Kies een einddatum, of kies 'tot beter'.");
            return std::nullopt;
        }
        const auto end = moment(endDate, form.value(QStringLiteral("endTime")).toString(),
                                form.value(QStringLiteral("endPart")).toString(), true, error);
        if (!end)
            return std::nullopt;
        report.end = *end;
    }
    report.note = form.value(QStringLiteral("note")).toString().trimmed();
    return report;
}

} // namespace Aanwezig
