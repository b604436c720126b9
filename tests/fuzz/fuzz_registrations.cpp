// The registrations CSV reader (core/attendance/registrations.*), and the
// report of accepted registrations whose students are all in the fixture roster.
#include "attendancecheck.h"
#include "fuzzinput.h"

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<QList<Registration>> registrations =
        parseRegistrations(Fuzz::bytesOf(data, size), QStringLiteral("registrations.csv"));
    if (!registrations.ok()) {
        Fuzz::require(!registrations.error().message.isEmpty(), "a refused file tells why");
        return 0;
    }
    for (const Registration &registration : registrations.value()) {
        Fuzz::require(registration.end > registration.start, "a lesson ends after it starts");
        Fuzz::require(registration.lateMinutes() >= 0 &&
                          registration.lateMinutes() <= registration.lengthMinutes(),
                      "late minutes fit the lesson");
    }
    if (findUnknownStudent(registrations.value(), Fuzz::fixtureRoster(),
                           QStringLiteral("registrations.csv")))
        return 0; // the import stops here
    Fuzz::checkReport(Fuzz::fixtureRoster(), registrations.value());
    return 0;
}
