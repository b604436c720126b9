#pragma once

#include "domain/registrationcode.h"
#include "inputerror.h"
#include "roster.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QTime>
#include <optional>

namespace Aanwezig {

// One scheduled lesson of one student and how it was registered.
struct Registration
{
    int line = 0; // where the row starts in the file
    QString studentId;
    QDate date;
    QTime start;
    QTime end; // after start
    RegistrationCode code = RegistrationCode::A;
    int minutesLate = 0; // as written; only TL rows have it

    // end - start.
    int lengthMinutes() const;
    // The late minutes of a TL row capped at the lesson's length; 0 otherwise.
    int lateMinutes() const;
};

// The exact header of a registrations file.
const QStringList &registrationsHeader();

// Reads a registrations CSV file (see parseCsv for the format):
// student_id,date,start,end,code,minutes_late
// Every field is trimmed of surrounding spaces. student_id not empty, date
// YYYY-MM-DD, start and end HH:MM with end after start, code one of the nine
// registration codes, minutes_late a whole number >= 0 on TL rows and empty
// on all others. The first problem is returned as "FILE:LINE: message".
Parsed<QList<Registration>> parseRegistrations(const QByteArray &content, const QString &fileName);
Parsed<QList<Registration>> readRegistrationsFile(const QString &path);

// An error naming the first registration (in registrationsFile) whose student
// is not in the roster; nullopt when all are known.
std::optional<InputError> findUnknownStudent(const QList<Registration> &registrations,
                                             const QList<RosterEntry> &roster,
                                             const QString &registrationsFile);

} // namespace Aanwezig
