#include "dailywindow.h"

#include <algorithm>

namespace Aanwezig {

int sumOverDates(const DailyAmounts &amounts, QDate first, QDate last)
{
    int sum = 0;
    for (auto it = amounts.lowerBound(first); it != amounts.end() && it.key() <= last; ++it)
        sum += it.value();
    return sum;
}

int largestWindowSum(const DailyAmounts &amounts, int days, QDate from, QDate to)
{
    int largest = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        largest = std::max(largest, sumOverDates(amounts, d.addDays(-(days - 1)), d));
    return largest;
}

} // namespace Aanwezig
