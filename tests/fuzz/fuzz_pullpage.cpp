// The phone's pull page decoder (core/sync/protocolmessages.*): a page it
// accepts is written back change by change and reads the same.
#include "fuzzinput.h"
#include "sync/protocolmessages.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonObject> reply = Fuzz::jsonObjectOf(Fuzz::bytesOf(data, size));
    if (!reply)
        return -1; // the HTTP client refuses a body that is not an object
    QString error;
    const std::optional<SyncProtocol::PullPage> page = SyncProtocol::readPullPage(*reply, &error);
    if (!page) {
        Fuzz::require(!error.isEmpty(), "a refused page tells why");
        return 0;
    }
    QJsonArray changes;
    for (const ServerChange &change : page->changes)
        changes.append(change.toJson());
    const QJsonObject written{{QStringLiteral("changes"), changes},
                              {QStringLiteral("next_cursor"), page->nextCursor},
                              {QStringLiteral("has_more"), page->hasMore}};
    const std::optional<SyncProtocol::PullPage> reread =
        SyncProtocol::readPullPage(written, &error);
    const QString details = QString::fromUtf8(QJsonDocument(written).toJson());
    Fuzz::require(reread.has_value(), "a page written back reads", details + error);
    Fuzz::require(reread->changes.size() == page->changes.size() &&
                      reread->nextCursor == page->nextCursor && reread->hasMore == page->hasMore,
                  "a page written back reads the same", details);
    for (qsizetype i = 0; i < page->changes.size(); ++i) {
        const ServerChange &a = page->changes.at(i), &b = reread->changes.at(i);
        Fuzz::require(a.op == b.op && a.kind == b.kind && a.id == b.id && a.data == b.data,
                      "each change reads the same", details);
    }
    return 0;
}
