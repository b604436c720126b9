#pragma once

#include "protocolmessages.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace Aanwezig::SyncProtocol {

// Reads a pull page from the text the server sent, as readPullPage() reads
// it from a parsed object (the same checks, the same error texts), but
// without building a QJsonObject of every entity: a first sync of a whole
// school pulls 100,000 of them. The page is parsed once with simdjson; each
// put keeps its entity as compact JSON text (UTF-8) in ServerChange::dataText
// (what the phone stores) and the top-level fields named in `filingKeys`
// (Store::filingKeys(): what a row is filed by) in ServerChange::filing.
// Fails with "not a JSON object" for text that is none.
std::optional<PullPage> readPullPageText(const QByteArray &text, const QStringList &filingKeys,
                                         QString *error);

} // namespace Aanwezig::SyncProtocol
