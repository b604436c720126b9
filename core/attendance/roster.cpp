#include "roster.h"

#include "csvreader.h"
#include "fieldformats.h"
#include "inputfile.h"

#include <QHash>

namespace Aanwezig {

namespace {

enum RosterColumn { StudentId, FirstName, LastName, Class, MentorEmail, ParentEmails };

std::optional<QString> missingRequiredField(const QStringList &fields)
{
    for (int column : {StudentId, FirstName, LastName, Class}) {
        if (fields[column].isEmpty())
            return QStringLiteral("%1 is empty; every student needs one")
                .arg(rosterHeader()[column]);
    }
    return std::nullopt;
}

Parsed<RosterEntry> rosterEntry(const CsvRecord &record, const QString &fileName)
{
    QStringList fields;
    for (const QString &field : record.fields)
        fields.append(field.trimmed());
    const auto fail = [&](const QString &message) {
        return InputError{fileName, record.line, message};
    };

    if (const auto problem = missingRequiredField(fields))
        return fail(*problem);
    RosterEntry entry{record.line,
                      fields[StudentId],
                      fields[FirstName],
                      fields[LastName],
                      fields[Class],
                      fields[MentorEmail],
                      {}};
    if (!isPlausibleEmail(entry.mentorEmail))
        return fail(
            QStringLiteral("mentor_email \"%1\" is not an e-mail address").arg(entry.mentorEmail));
    for (const QString &piece : fields[ParentEmails].split(u';')) {
        const QString email = piece.trimmed();
        if (email.isEmpty())
            continue;
        if (!isPlausibleEmail(email))
            return fail(QStringLiteral("parent_emails: \"%1\" is not an e-mail address; separate "
                                       "several addresses with \";\"")
                            .arg(email));
        entry.parentEmails.append(email);
    }
    return entry;
}

} // namespace

const QStringList &rosterHeader()
{
    static const QStringList header{
        QStringLiteral("student_id"),   QStringLiteral("first_name"),
        QStringLiteral("last_name"),    QStringLiteral("class"),
        QStringLiteral("mentor_email"), QStringLiteral("parent_emails")};
    return header;
}

Parsed<QList<RosterEntry>> parseRoster(const QByteArray &content, const QString &fileName)
{
    const Parsed<CsvTable> table = parseCsv(content, fileName);
    if (!table.ok())
        return table.error();
    if (const auto error = checkHeader(table.value(), rosterHeader(), fileName))
        return *error;

    QList<RosterEntry> roster;
    QHash<QString, int> lineOfStudent;
    for (const CsvRecord &record : table.value().records) {
        Parsed<RosterEntry> entry = rosterEntry(record, fileName);
        if (!entry.ok())
            return entry.error();
        const QString &id = entry.value().studentId;
        if (lineOfStudent.contains(id))
            return InputError{fileName, record.line,
                              QStringLiteral("student_id \"%1\" is already used on line %2")
                                  .arg(id)
                                  .arg(lineOfStudent.value(id))};
        lineOfStudent.insert(id, record.line);
        roster.append(entry.value());
    }
    return roster;
}

Parsed<QList<RosterEntry>> readRosterFile(const QString &path)
{
    const Parsed<QByteArray> content = readInputFile(path);
    if (!content.ok())
        return content.error();
    return parseRoster(content.value(), path);
}

} // namespace Aanwezig
