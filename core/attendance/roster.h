#pragma once

#include "inputerror.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Aanwezig {

// One student of the school's roster file.
struct RosterEntry
{
    int line = 0; // where the row starts in the file
    QString studentId;
    QString firstName;
    QString lastName;
    QString className;
    QString mentorEmail;
    QStringList parentEmails; // zero or more
    // The language the school has for each parent, in the order of
    // parentEmails ("" where the file tells none); empty when it tells none.
    QStringList parentLanguages = {};
    // The phone number of each parent, in the order of parentEmails ("" where
    // the file tells none); empty when it tells none. Staff only.
    QStringList parentPhones = {};
};

// The header of a roster file, without the optional last column.
const QStringList &rosterHeader();
inline constexpr char parentLanguagesColumn[] = "parent_languages";
inline constexpr char parentPhonesColumn[] = "parent_phones";

// Reads a roster CSV file (see parseCsv for the format):
// student_id,first_name,last_name,class,mentor_email,parent_emails[,parent_languages][,parent_phones]
// (the two optional columns in either order)
// Every field is trimmed of surrounding spaces. student_id, first_name,
// last_name and class must not be empty; student_id is unique in the file;
// mentor_email is one address; parent_emails holds zero or more addresses
// separated by ";" (empty pieces are ignored). Addresses get a light check
// (isPlausibleEmail). The optional parent_languages holds nothing, one
// language for every parent of the row, or one per address of parent_emails
// in the same order, separated by ";" (an empty piece tells nothing for that
// parent); a language is a code of knownLanguages() (parseLanguage). One
// parent has one language in the whole file. The optional parent_phones
// holds nothing or one phone number per address of parent_emails, in the
// same order, separated by ";" (an empty piece: no number for that parent);
// a number must read as one (parsePhoneNumber). The first problem is returned
// as "FILE:LINE: message".
Parsed<QList<RosterEntry>> parseRoster(const QByteArray &content, const QString &fileName);
Parsed<QList<RosterEntry>> readRosterFile(const QString &path);

} // namespace Aanwezig
