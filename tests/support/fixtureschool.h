#pragma once

#include <QString>

// The fixture school of tests/data/school (its README says who is who), as
// named constants for the tests that run on it.
namespace Aanwezig::Test {

namespace FixtureSchool {
// The path of a file of the school in tests/data/school, e.g. "roster-moved.csv".
QString file(const QString &name);
// The school's roster and lesson registrations.
QString rosterFile();
QString registrationsFile();
} // namespace FixtureSchool

// The students: class 1A (mentor A) holds Anna, Bas and Eva, 1B (mentor B) Cas and Dewi.
namespace Students {
inline const QString anna = QStringLiteral("S1"); // 1A, parent one
inline const QString bas = QStringLiteral("S2");  // 1A, parent two
inline const QString cas = QStringLiteral("S3");  // 1B, parent three
inline const QString dewi = QStringLiteral("S4"); // 1B, no parent e-mail
inline const QString eva = QStringLiteral("S5");  // 1A, parent one (Anna's sister)
} // namespace Students

// The staff and parents by e-mail address (their user ids).
namespace People {
inline const QString parentOfS1 = QStringLiteral("parent.one@home.nl");   // Anna and Eva
inline const QString parentOfS2 = QStringLiteral("parent.two@home.nl");   // Bas
inline const QString parentOfS3 = QStringLiteral("parent.three@home.nl"); // Cas
inline const QString mentorA = QStringLiteral("mentor.a@school.nl");      // class 1A
inline const QString mentorB = QStringLiteral("mentor.b@school.nl");      // class 1B
inline const QString team = QStringLiteral("team@school.nl");             // the attendance team
} // namespace People

} // namespace Aanwezig::Test
