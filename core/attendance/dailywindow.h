#pragma once

#include <QDate>
#include <QMap>

namespace Aanwezig {

// An amount per calendar date (minutes, a number of rows, ...); absent dates count 0.
using DailyAmounts = QMap<QDate, int>;

// The sum of the amounts on the dates first .. last (both included).
int sumOverDates(const DailyAmounts &amounts, QDate first, QDate last);

// The largest sum over the `days` dates d-(days-1) .. d, taken over every day
// d with from <= d <= to. Dates before from count inside the window; 0 when
// from > to.
int largestWindowSum(const DailyAmounts &amounts, int days, QDate from, QDate to);

} // namespace Aanwezig
