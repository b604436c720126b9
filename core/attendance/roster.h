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
};

// The exact header of a roster file.
const QStringList &rosterHeader();

// Reads a roster CSV file (see parseCsv for the format):
// student_id,first_name,last_name,class,mentor_email,parent_emails
// Every field is trimmed of surrounding spaces. student_id, first_name,
// last_name and class must not be empty; student_id is unique in the file;
// mentor_email is one address; parent_emails holds zero or more addresses
// separated by ";" (empty pieces are ignored). Addresses get a light check
// (isPlausibleEmail). The first problem is returned as "FILE:LINE: message".
Parsed<QList<RosterEntry>> parseRoster(const QByteArray &content, const QString &fileName);
Parsed<QList<RosterEntry>> readRosterFile(const QString &path);

} // namespace Aanwezig
