#pragma once

#include <QDate>
#include <QStringView>
#include <QTime>
#include <optional>

namespace Aanwezig {

// Strict readers for the field formats of the school's CSV files.

// "YYYY-MM-DD", a real calendar date.
std::optional<QDate> parseIsoDate(QStringView text);
// "HH:MM", 00:00 .. 23:59.
std::optional<QTime> parseClockTime(QStringView text);
// Digits only (no sign, no spaces), at most 9 of them so the value fits an int.
std::optional<int> parseWholeNumber(QStringView text);
// A light check: one "@" with text before it, a domain with a dot inside,
// no spaces, commas, semicolons or quotes. Not a full RFC 5322 check.
bool isPlausibleEmail(QStringView text);

} // namespace Aanwezig
