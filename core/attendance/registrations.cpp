#include "registrations.h"

#include "csvreader.h"
#include "domain/walltime.h"
#include "fieldformats.h"
#include "inputfile.h"

#include <QSet>
#include <algorithm>

namespace Aanwezig {

namespace {

namespace RegistrationColumn {
enum { StudentId, Date, Start, End, Code, MinutesLate };
}

QString allCodeKeys()
{
    QStringList keys;
    for (RegistrationCode code : allRegistrationCodes())
        keys.append(codeKey(code));
    return keys.join(QStringLiteral(", "));
}

Parsed<Registration> registration(const CsvRecord &record, const QString &fileName)
{
    QStringList fields;
    for (const QString &field : record.fields)
        fields.append(field.trimmed());
    const auto fail = [&](const QString &message) {
        return InputError{fileName, record.line, message};
    };

    if (fields[RegistrationColumn::StudentId].isEmpty())
        return fail(QStringLiteral("student_id is empty"));
    const auto date = parseIsoDate(fields[RegistrationColumn::Date]);
    if (!date)
        return fail(QStringLiteral("date \"%1\" is not a date written as YYYY-MM-DD")
                        .arg(fields[RegistrationColumn::Date]));
    const auto start = parseClockTime(fields[RegistrationColumn::Start]);
    if (!start)
        return fail(QStringLiteral("start \"%1\" is not a time written as HH:MM (00:00 to 23:59)")
                        .arg(fields[RegistrationColumn::Start]));
    const auto end = parseClockTime(fields[RegistrationColumn::End]);
    if (!end)
        return fail(QStringLiteral("end \"%1\" is not a time written as HH:MM (00:00 to 23:59)")
                        .arg(fields[RegistrationColumn::End]));
    if (*end <= *start)
        return fail(QStringLiteral("end %1 is not after start %2")
                        .arg(fields[RegistrationColumn::End], fields[RegistrationColumn::Start]));
    const auto code = parseRegistrationCode(fields[RegistrationColumn::Code]);
    if (!code)
        return fail(QStringLiteral("code \"%1\" is not one of %2")
                        .arg(fields[RegistrationColumn::Code], allCodeKeys()));

    Registration row{
        record.line, fields[RegistrationColumn::StudentId], *date, *start, *end, *code, 0};
    if (*code == RegistrationCode::TL) {
        const auto minutesLate = parseWholeNumber(fields[RegistrationColumn::MinutesLate]);
        if (!minutesLate)
            return fail(QStringLiteral("minutes_late \"%1\" must be a whole number of minutes (0 "
                                       "or more) on a TL row")
                            .arg(fields[RegistrationColumn::MinutesLate]));
        row.minutesLate = *minutesLate;
    } else if (!fields[RegistrationColumn::MinutesLate].isEmpty()) {
        return fail(
            QStringLiteral("minutes_late must be empty when code is %1; only TL rows have it")
                .arg(fields[RegistrationColumn::Code]));
    }
    return row;
}

} // namespace

int Registration::lengthMinutes() const
{
    return start.secsTo(end) / 60;
}

int Registration::lateMinutes() const
{
    return code == RegistrationCode::TL ? std::min(minutesLate, lengthMinutes()) : 0;
}

const QStringList &registrationsHeader()
{
    static const QStringList header{QStringLiteral("student_id"), QStringLiteral("date"),
                                    QStringLiteral("start"),      QStringLiteral("end"),
                                    QStringLiteral("code"),       QStringLiteral("minutes_late")};
    return header;
}

Parsed<QList<Registration>> parseRegistrations(const QByteArray &content, const QString &fileName)
{
    const Parsed<CsvTable> table = parseCsv(content, fileName);
    if (!table.ok())
        return table.error();
    if (const auto error = checkHeader(table.value(), registrationsHeader(), fileName))
        return *error;

    QList<Registration> registrations;
    for (const CsvRecord &record : table.value().records) {
        Parsed<Registration> row = registration(record, fileName);
        if (!row.ok())
            return row.error();
        registrations.append(row.value());
    }
    return registrations;
}

Parsed<QList<Registration>> readRegistrationsFile(const QString &path)
{
    const Parsed<QByteArray> content = readInputFile(path);
    if (!content.ok())
        return content.error();
    return parseRegistrations(content.value(), path);
}

std::optional<InputError> findUnknownStudent(const QList<Registration> &registrations,
                                             const QList<RosterEntry> &roster,
                                             const QString &registrationsFile)
{
    QSet<QString> known;
    for (const RosterEntry &entry : roster)
        known.insert(entry.studentId);
    for (const Registration &row : registrations) {
        if (!known.contains(row.studentId))
            return InputError{
                registrationsFile, row.line,
                QStringLiteral("student_id \"%1\" is not in the roster").arg(row.studentId)};
    }
    return std::nullopt;
}

} // namespace Aanwezig
