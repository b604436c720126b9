#pragma once

#include "registrationcode.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QTime>
#include <optional>

namespace Aanwezig {

// Whether a lesson registered with this code was missed (A is present, TL is
// late but there).
bool isAbsence(RegistrationCode code);

// What the school's own registration system recorded as missed for one
// student on one day (imported with import-registrations), lesson by lesson.
// Mentors see it in "Vandaag" next to the parents' reports.
struct RegisteredAbsence
{
    struct Lesson
    {
        QTime start;
        QTime end;
        RegistrationCode code = RegistrationCode::OA;
        friend bool operator==(const Lesson &, const Lesson &) = default;
    };

    QString studentId;
    QDate date;
    QList<Lesson> lessons; // by start (then end, code)

    // "<student id>/<yyyy-mm-dd>": one per student and day.
    QString id() const;
    // The code that says most about the day: OA when any lesson was missed
    // without leave, else the code of the first lesson.
    RegistrationCode mainCode() const;

    QJsonObject toJson() const;
    static std::optional<RegisteredAbsence> fromJson(const QJsonObject &json,
                                                     QString *error = nullptr);
    friend bool operator==(const RegisteredAbsence &, const RegisteredAbsence &) = default;
};

} // namespace Aanwezig
