#include "attendancecheck.h"

#include "attendancereport.h"
#include "csvreader.h"
#include "fuzzinput.h"

#include <algorithm>
#include <cstdlib>

namespace Aanwezig::Fuzz {

namespace {

template <typename T> T fixture(Parsed<T> parsed)
{
    if (!parsed.ok())
        propertyFailed("the fixture reads", parsed.error().toString());
    return parsed.value();
}

constexpr int longestReportDays = 366;

} // namespace

const QList<RosterEntry> &fixtureRoster()
{
    static const QList<RosterEntry> roster =
        fixture(readRosterFile(QStringLiteral(AANWEZIG_TEST_DATA "/attendance/roster.csv")));
    return roster;
}

const QList<Registration> &fixtureRegistrations()
{
    static const QList<Registration> registrations = fixture(
        readRegistrationsFile(QStringLiteral(AANWEZIG_TEST_DATA "/attendance/registrations.csv")));
    return registrations;
}

void checkReport(const QList<RosterEntry> &roster, const QList<Registration> &registrations)
{
    QDate from(2026, 9, 1);
    QDate to = from;
    if (!registrations.isEmpty()) {
        const auto [first, last] = std::minmax_element(
            registrations.begin(), registrations.end(),
            [](const Registration &a, const Registration &b) { return a.date < b.date; });
        from = first->date;
        to = std::min(last->date, from.addDays(longestReportDays));
    }
    const QByteArray report = attendanceReportCsv(roster, registrations, from, to);
    require(attendanceReportCsv(roster, registrations, from, to) == report,
            "the same input writes the same report");
    const Parsed<CsvTable> table = parseCsv(report, QStringLiteral("report.csv"));
    require(table.ok(), "the report is valid CSV",
            table.ok() ? QString() : table.error().toString());
    require(table.value().header == attendanceReportHeader(), "the report has its header");
    require(table.value().records.size() == roster.size(), "one report row per student",
            QString::fromUtf8(report));
}

} // namespace Aanwezig::Fuzz
