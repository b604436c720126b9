// The wall-time parser (core/domain/walltime.*): what it accepts is a valid
// UTC-spec time that formatWallTime writes back so that it reads the same.
#include "domain/walltime.h"
#include "fuzzinput.h"

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytesOf(data, size));
    const QDateTime time = parseWallTime(text);
    if (!time.isValid())
        return 0;
    Fuzz::require(time.timeSpec() == Qt::UTC, "a wall time is kept in UTC spec", text);
    const QString written = formatWallTime(time);
    Fuzz::require(parseWallTime(written) == time, "parseWallTime(formatWallTime(t)) == t",
                  text + QStringLiteral(" -> ") + written);
    Fuzz::require(text.startsWith(written.left(16)), "the text is written back as it was", text);
    return 0;
}
