#pragma once

#include "inputerror.h"

#include <QByteArray>

namespace Aanwezig {

// The whole content of the file at path, or an error naming it.
Parsed<QByteArray> readInputFile(const QString &path);

} // namespace Aanwezig
