#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace Aanwezig {

// Strict readers for the field formats of the school's CSV files.

// "YYYY-MM-DD", a real calendar date.
std::optional<QDate> parseIsoDate(QStringView text);
// Digits only (no sign, no spaces), at most 9 of them so the value fits an int.
std::optional<int> parseWholeNumber(QStringView text);
// A light check: one "@" with text before it, a domain with a dot inside,
// no spaces, commas, semicolons or quotes. Not a full RFC 5322 check.
bool isPlausibleEmail(QStringView text);
// A phone number as people write it ("06-12345678", "+32 470 12 34 56",
// "(010) 123 45 67"): an optional leading "+", then 8 to 15 digits, with
// spaces, dashes, dots and parentheses between them. Returned without those
// ("0612345678", "+32470123456"), ready for a tel: link.
std::optional<QString> parsePhoneNumber(QStringView text);

} // namespace Aanwezig
