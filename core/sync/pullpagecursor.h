#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Aanwezig::SyncProtocol {

// Where a pull page ends: its "next_cursor" and "has_more".
struct PullPageEnd
{
    QString nextCursor;
    bool hasMore = false;
};

// Reads only a pull page's "next_cursor" and "has_more" from the text the
// server sent, skipping its changes (simdjson's on-demand API: no value of an
// entity is read), so that the next page can be asked for before this one is
// read in full. A guess to be checked: readPullPageText() stays the judge of
// the page, and std::nullopt (no cursor found) only means that the next page
// waits for that full read.
std::optional<PullPageEnd> readPullPageEnd(const QByteArray &text);

} // namespace Aanwezig::SyncProtocol
