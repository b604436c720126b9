#include "roster.h"

#include "csvreader.h"
#include "domain/language.h"
#include "fieldformats.h"
#include "inputfile.h"

#include <QHash>

namespace Aanwezig {

namespace {

namespace RosterColumn {
enum { StudentId, FirstName, LastName, Class, MentorEmail, ParentEmails };
}

// Where the optional columns are in this file (-1: not there).
struct OptionalColumns
{
    qsizetype parentLanguages = -1;
    qsizetype parentPhones = -1;
};

OptionalColumns optionalColumns(const QStringList &header)
{
    return {header.indexOf(QLatin1String(parentLanguagesColumn)),
            header.indexOf(QLatin1String(parentPhonesColumn))};
}

std::optional<QString> missingRequiredField(const QStringList &fields)
{
    for (int column : {RosterColumn::StudentId, RosterColumn::FirstName, RosterColumn::LastName,
                       RosterColumn::Class}) {
        if (fields[column].isEmpty())
            return QStringLiteral("%1 is empty; every student needs one")
                .arg(rosterHeader()[column]);
    }
    return std::nullopt;
}

// Reads the parent_languages field into entry.parentLanguages; the problem, if any.
std::optional<QString> readParentLanguages(const QString &field, RosterEntry &entry)
{
    if (field.isEmpty())
        return std::nullopt;
    QStringList languages;
    for (const QString &piece : field.split(u';')) {
        const QString text = piece.trimmed();
        if (text.isEmpty()) {
            languages.append(QString());
            continue;
        }
        const auto language = parseLanguage(text);
        if (!language)
            return QStringLiteral("parent_languages: \"%1\" is not a language the app has warm "
                                  "messages in; use %2")
                .arg(text, knownLanguagesText());
        languages.append(*language);
    }
    if (entry.parentEmails.isEmpty())
        return QStringLiteral("parent_languages is filled in but parent_emails is empty");
    if (languages.size() == 1)
        languages = QStringList(entry.parentEmails.size(), languages.constFirst());
    if (languages.size() != entry.parentEmails.size())
        return QStringLiteral("parent_languages has %1 languages for %2 parent addresses; give "
                              "one language for all of them or one per address, in the same "
                              "order, separated by \";\"")
            .arg(languages.size())
            .arg(entry.parentEmails.size());
    entry.parentLanguages = languages;
    return std::nullopt;
}

// Reads the parent_phones field into entry.parentPhones; the problem, if any.
std::optional<QString> readParentPhones(const QString &field, RosterEntry &entry)
{
    if (field.isEmpty())
        return std::nullopt;
    QStringList phones;
    for (const QString &piece : field.split(u';')) {
        const QString text = piece.trimmed();
        if (text.isEmpty()) {
            phones.append(QString());
            continue;
        }
        const auto phone = parsePhoneNumber(text);
        if (!phone)
            return QStringLiteral("parent_phones: \"%1\" is not a phone number; write digits, "
                                  "with an optional \"+\" and country code in front")
                .arg(text);
        phones.append(*phone);
    }
    if (entry.parentEmails.isEmpty())
        return QStringLiteral("parent_phones is filled in but parent_emails is empty");
    if (phones.size() != entry.parentEmails.size())
        return QStringLiteral("parent_phones has %1 numbers for %2 parent addresses; give one "
                              "per address, in the same order, separated by \";\" (leave a "
                              "piece empty for a parent without a number)")
            .arg(phones.size())
            .arg(entry.parentEmails.size());
    entry.parentPhones = phones;
    return std::nullopt;
}

Parsed<RosterEntry> rosterEntry(const CsvRecord &record, const OptionalColumns &columns,
                                const QString &fileName)
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
                      fields[RosterColumn::StudentId],
                      fields[RosterColumn::FirstName],
                      fields[RosterColumn::LastName],
                      fields[RosterColumn::Class],
                      fields[RosterColumn::MentorEmail],
                      {}};
    if (!isPlausibleEmail(entry.mentorEmail))
        return fail(
            QStringLiteral("mentor_email \"%1\" is not an e-mail address").arg(entry.mentorEmail));
    for (const QString &piece : fields[RosterColumn::ParentEmails].split(u';')) {
        const QString email = piece.trimmed();
        if (email.isEmpty())
            continue;
        if (!isPlausibleEmail(email))
            return fail(QStringLiteral("parent_emails: \"%1\" is not an e-mail address; separate "
                                       "several addresses with \";\"")
                            .arg(email));
        entry.parentEmails.append(email);
    }
    if (columns.parentLanguages >= 0) {
        if (const auto problem = readParentLanguages(fields[columns.parentLanguages], entry))
            return fail(*problem);
    }
    if (columns.parentPhones >= 0) {
        if (const auto problem = readParentPhones(fields[columns.parentPhones], entry))
            return fail(*problem);
    }
    return entry;
}

// A parent named on two lines must have the same language on both.
std::optional<QString> languageConflict(const RosterEntry &entry,
                                        QHash<QString, std::pair<QString, int>> &languageOfParent)
{
    for (qsizetype i = 0; i < entry.parentLanguages.size(); ++i) {
        const QString &language = entry.parentLanguages.at(i);
        if (language.isEmpty())
            continue;
        const QString email = entry.parentEmails.at(i).toLower();
        const auto known = languageOfParent.constFind(email);
        if (known == languageOfParent.constEnd())
            languageOfParent.insert(email, {language, entry.line});
        else if (known->first != language)
            return QStringLiteral("parent_languages: %1 reads \"%2\" here but \"%3\" on line %4; "
                                  "a parent has one language")
                .arg(entry.parentEmails.at(i), language, known->first)
                .arg(known->second);
    }
    return std::nullopt;
}

std::optional<InputError> checkRosterHeader(const CsvTable &table, const QString &fileName)
{
    const QStringList &required = rosterHeader();
    const QStringList optional{QLatin1String(parentLanguagesColumn),
                               QLatin1String(parentPhonesColumn)};
    if (table.header.size() <= required.size() + optional.size() &&
        table.header.mid(0, required.size()) == required) {
        const QStringList extra = table.header.mid(required.size());
        for (const QString &column : extra) {
            if (!optional.contains(column) || extra.count(column) > 1)
                return InputError{
                    fileName, table.headerLine,
                    QStringLiteral("the last columns may only be \"%1\" and \"%2\" (each once) "
                                   "but one is \"%3\"")
                        .arg(optional.at(0), optional.at(1), column)};
        }
        return std::nullopt;
    }
    return checkHeader(table, required, fileName);
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
    if (const auto error = checkRosterHeader(table.value(), fileName))
        return *error;

    QList<RosterEntry> roster;
    QHash<QString, int> lineOfStudent;
    QHash<QString, std::pair<QString, int>> languageOfParent; // address -> language, line
    const OptionalColumns columns = optionalColumns(table.value().header);
    for (const CsvRecord &record : table.value().records) {
        Parsed<RosterEntry> entry = rosterEntry(record, columns, fileName);
        if (!entry.ok())
            return entry.error();
        const QString &id = entry.value().studentId;
        if (lineOfStudent.contains(id))
            return InputError{fileName, record.line,
                              QStringLiteral("student_id \"%1\" is already used on line %2")
                                  .arg(id)
                                  .arg(lineOfStudent.value(id))};
        lineOfStudent.insert(id, record.line);
        if (const auto conflict = languageConflict(entry.value(), languageOfParent))
            return InputError{fileName, record.line, *conflict};
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
