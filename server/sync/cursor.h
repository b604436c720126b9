#pragma once

#include "storage/epoch.h"

#include <QString>
#include <optional>

namespace Aanwezig::Server {

// The one place that knows what a pull cursor looks like: "EPOCH.POSITION",
// the database's epoch (storage/epoch.h) and a change-log position. Phones
// treat it as opaque text.
QString formatCursor(const DatabaseEpoch &epoch, qint64 position);

// The position of a cursor this database gave out, at most `head`. A cursor
// of another epoch (the database was restored since), a malformed one or one
// past the head throws ApiError 400 `bad_cursor`: never a page of another
// change log. A bare position (from before epochs) is read while the
// database was never restored.
qint64 parseCursor(const QString &text, const DatabaseEpoch &epoch, qint64 head);

} // namespace Aanwezig::Server
