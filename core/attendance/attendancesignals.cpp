#include "attendancesignals.h"

#include "attendancetotals.h"
#include "dailywindow.h"

#include <QSet>
#include <algorithm>

namespace Aanwezig {

namespace {

struct SickEpisode
{
    QDate firstDay;
    QDate lastDay;
    int schoolDays = 0;
};

// The episodes seen in the rows dated on or before `to`, in date order.
QList<SickEpisode> sickEpisodes(const QList<Registration> &rowsOfStudent, QDate to)
{
    QSet<QDate> schoolDaySet;
    QSet<QDate> sickDays;
    for (const Registration &row : rowsOfStudent) {
        if (row.date > to)
            continue;
        schoolDaySet.insert(row.date);
        if (row.code == RegistrationCode::Z)
            sickDays.insert(row.date);
    }
    QList<QDate> schoolDays(schoolDaySet.begin(), schoolDaySet.end());
    std::sort(schoolDays.begin(), schoolDays.end());

    QList<SickEpisode> episodes;
    bool previousSchoolDayWasSick = false;
    for (QDate day : schoolDays) {
        const bool sick = sickDays.contains(day);
        if (sick && previousSchoolDayWasSick) {
            episodes.last().lastDay = day;
            ++episodes.last().schoolDays;
        } else if (sick) {
            episodes.append(SickEpisode{day, day, 1});
        }
        previousSchoolDayWasSick = sick;
    }
    return episodes;
}

} // namespace

int largestUnauthorisedIn28Days(const QList<Registration> &rowsOfStudent, QDate from, QDate to)
{
    DailyAmounts unauthorisedPerDay;
    for (const Registration &row : rowsOfStudent) {
        if (row.date <= to)
            unauthorisedPerDay[row.date] += unauthorisedMinutes(row);
    }
    return largestWindowSum(unauthorisedPerDay, legalWindowDays, from, to);
}

LegalSignal legalSignal(int unauthorisedMinutesIn28Days)
{
    if (unauthorisedMinutesIn28Days >= legalReportMinutes)
        return LegalSignal::Report;
    if (unauthorisedMinutesIn28Days >= legalWarnMinutes)
        return LegalSignal::Warn;
    return LegalSignal::None;
}

QString legalSignalKey(LegalSignal signal)
{
    switch (signal) {
    case LegalSignal::Report:
        return QStringLiteral("report");
    case LegalSignal::Warn:
        return QStringLiteral("warn");
    case LegalSignal::None:
        break;
    }
    return QStringLiteral("none");
}

bool sickSignal(const QList<Registration> &rowsOfStudent, QDate from, QDate to)
{
    const QList<SickEpisode> episodes = sickEpisodes(rowsOfStudent, to);

    const bool longEpisodeInWindow =
        std::any_of(episodes.begin(), episodes.end(), [&](const SickEpisode &episode) {
            return episode.schoolDays >= longSickEpisodeSchoolDays && episode.lastDay >= from &&
                   episode.firstDay <= to;
        });
    if (longEpisodeInWindow)
        return true;

    DailyAmounts episodeStartsPerDay;
    for (const SickEpisode &episode : episodes)
        ++episodeStartsPerDay[episode.firstDay];
    return largestWindowSum(episodeStartsPerDay, frequentSickWindowDays, from, to) >=
           frequentSickEpisodes;
}

bool lateSignal(const QList<Registration> &rowsOfStudent, QDate from, QDate to)
{
    DailyAmounts lateRowsPerDay;
    for (const Registration &row : rowsOfStudent) {
        if (row.date <= to && row.code == RegistrationCode::TL)
            ++lateRowsPerDay[row.date];
    }
    return largestWindowSum(lateRowsPerDay, lateWindowDays, from, to) >= lateRowsForSignal;
}

} // namespace Aanwezig
