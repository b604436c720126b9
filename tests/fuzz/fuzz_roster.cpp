// The roster CSV reader (core/attendance/roster.*), and the report of an
// accepted roster with the registrations of its students in the fixture.
#include "attendancecheck.h"
#include "fuzzinput.h"

#include <QSet>

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<QList<RosterEntry>> roster =
        parseRoster(Fuzz::bytesOf(data, size), QStringLiteral("roster.csv"));
    if (!roster.ok()) {
        Fuzz::require(!roster.error().message.isEmpty(), "a refused roster tells why");
        return 0;
    }
    QSet<QString> students;
    for (const RosterEntry &entry : roster.value()) {
        Fuzz::require(!entry.studentId.isEmpty() && !students.contains(entry.studentId),
                      "student ids are present and unique", entry.studentId);
        students.insert(entry.studentId);
    }
    QList<Registration> registrations;
    for (const Registration &registration : Fuzz::fixtureRegistrations()) {
        if (students.contains(registration.studentId))
            registrations.append(registration);
    }
    Fuzz::checkReport(roster.value(), registrations);
    return 0;
}
