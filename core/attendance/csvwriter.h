#pragma once

#include <QString>
#include <QStringList>

namespace Aanwezig {

// One RFC 4180 record ending in "\n": a field holding a comma, a quote or a
// line break is put in quotes, with each quote written twice.
QString csvLine(const QStringList &fields);

} // namespace Aanwezig
