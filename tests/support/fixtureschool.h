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

// The students: class 1A (mentor A) holds Anna, Bas, Eva, Gijs, Hiba, Ilse,
// Joris and Kaan, 1B (mentor B) Cas, Dewi and Lex.
namespace Students {
inline const QString anna = QStringLiteral("S1");   // 1A, parent one
inline const QString bas = QStringLiteral("S2");    // 1A, parent two
inline const QString cas = QStringLiteral("S3");    // 1B, parent three
inline const QString dewi = QStringLiteral("S4");   // 1B, no parent e-mail
inline const QString eva = QStringLiteral("S5");    // 1A, parent one (Anna's sister)
inline const QString gijs = QStringLiteral("S10");  // 1A, parent ten
inline const QString hiba = QStringLiteral("S11");  // 1A, parent eleven (reads Arabic)
inline const QString ilse = QStringLiteral("S12");  // 1A, parent twelve
inline const QString joris = QStringLiteral("S13"); // 1A, parent thirteen
inline const QString kaan = QStringLiteral("S14");  // 1A, parent fourteen (reads Turkish)
inline const QString lex = QStringLiteral("S15");   // 1B, parent two (Bas's brother)
} // namespace Students

// The staff and parents by e-mail address (their user ids).
namespace People {
inline const QString parentOfS1 = QStringLiteral("parent.one@home.nl");       // Anna and Eva
inline const QString parentOfS2 = QStringLiteral("parent.two@home.nl");       // Bas and Lex
inline const QString parentOfS3 = QStringLiteral("parent.three@home.nl");     // Cas
inline const QString parentOfS10 = QStringLiteral("parent.ten@home.nl");      // Gijs
inline const QString parentOfS11 = QStringLiteral("parent.eleven@home.nl");   // Hiba
inline const QString parentOfS12 = QStringLiteral("parent.twelve@home.nl");   // Ilse
inline const QString parentOfS13 = QStringLiteral("parent.thirteen@home.nl"); // Joris
inline const QString parentOfS14 = QStringLiteral("parent.fourteen@home.nl"); // Kaan
inline const QString mentorA = QStringLiteral("mentor.a@school.nl");          // class 1A
inline const QString mentorB = QStringLiteral("mentor.b@school.nl");          // class 1B
inline const QString team = QStringLiteral("team@school.nl");                 // the attendance team
} // namespace People

} // namespace Aanwezig::Test
