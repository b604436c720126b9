// The strict field readers of the school's CSV files (core/attendance/
// fieldformats.*, the clock time of core/domain/walltime.h): dates, clock times, whole numbers and
// e-mail addresses. Each accepted value is written back as the text it came from.
#include "domain/walltime.h"
#include "fieldformats.h"
#include "fuzzinput.h"

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytesOf(data, size));
    if (const auto date = parseIsoDate(text))
        Fuzz::require(date->isValid() && date->toString(Qt::ISODate) == text,
                      "a date reads as written", text);
    if (const auto time = parseClockTime(text))
        Fuzz::require(time->isValid() && time->toString(QStringLiteral("HH:mm")) == text,
                      "a clock time reads as written", text);
    if (const auto number = parseWholeNumber(text))
        Fuzz::require(*number >= 0 &&
                          QString::number(*number).rightJustified(text.size(), u'0') == text,
                      "a whole number reads as written", text);
    if (isPlausibleEmail(text))
        Fuzz::require(text.count(u'@') == 1 && !text.contains(u' '),
                      "an address has one @ and no spaces", text);
    return 0;
}
