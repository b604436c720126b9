#pragma once

#include <QString>
#include <QStringList>

namespace Aanwezig {

// One RFC 4180 record ending in "\n": a field holding a comma, a quote or a
// line break (or starting with U+FEFF, which would read as a byte order
// mark) is put in quotes, with each quote written twice. A record of
// one empty field is written as "" (an empty line would be skipped).
QString csvLine(const QStringList &fields);

} // namespace Aanwezig
