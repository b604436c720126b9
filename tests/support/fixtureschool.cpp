#include "fixtureschool.h"

namespace Aanwezig::Test::FixtureSchool {

QString file(const QString &name)
{
    return QStringLiteral(AANWEZIG_TEST_DATA "/school/") + name;
}

QString rosterFile()
{
    return file(QStringLiteral("roster.csv"));
}

QString registrationsFile()
{
    return file(QStringLiteral("registrations.csv"));
}

} // namespace Aanwezig::Test::FixtureSchool
