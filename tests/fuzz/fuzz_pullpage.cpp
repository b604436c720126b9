// The phone's pull page decoders (core/sync/protocolmessages.*, and
// core/sync/pullpagetext.*, which the app uses): a page readPullPage()
// accepts is written back change by change and reads the same; a page read
// from its text reads as Qt's JSON and readPullPage() read it; the end of a
// page read alone (pullpagecursor.h) is the end the full read finds.
#include "fuzzinput.h"
#include "store/entitytables.h"
#include "sync/protocolmessages.h"
#include "sync/pullpagecursor.h"
#include "sync/pullpagetext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Aanwezig;

namespace {

// The text decoder against readPullPage() on Qt's parse of the same bytes.
void compareWithText(const QByteArray &bytes, const std::optional<SyncProtocol::PullPage> &parsed,
                     const QString &parsedError)
{
    QString error;
    const std::optional<SyncProtocol::PullPage> read =
        SyncProtocol::readPullPageText(bytes, Store::filingKeys(), &error);
    if (!read) {
        Fuzz::require(!error.isEmpty(), "a refused page tells why");
        // simdjson is the stricter parser (a lone surrogate, for one); the
        // checks of the page and its changes are the same.
        if (error != QLatin1String("the server's answer is not a JSON object"))
            Fuzz::require(!parsed && error == parsedError,
                          "the text decoder refuses a page as readPullPage does", error);
        return;
    }
    Fuzz::require(parsed.has_value(), "what the text decoder accepts, readPullPage accepts",
                  parsedError);
    // The sync client asks for the next page on this guess before the full read.
    const std::optional<SyncProtocol::PullPageEnd> end = SyncProtocol::readPullPageEnd(bytes);
    Fuzz::require(end && end->nextCursor == read->nextCursor && end->hasMore == read->hasMore,
                  "the end of a page read alone is the end of the page read in full");
    Fuzz::require(read->nextCursor == parsed->nextCursor && read->hasMore == parsed->hasMore &&
                      read->changes.size() == parsed->changes.size(),
                  "the text decoder reads the page the same");
    for (qsizetype i = 0; i < read->changes.size(); ++i) {
        const ServerChange &a = read->changes.at(i);
        const ServerChange &b = parsed->changes.at(i);
        Fuzz::require(a.op == b.op && a.kind == b.kind && a.id == b.id,
                      "the text decoder reads each change the same");
        if (a.op == ServerChange::Op::Delete)
            continue;
        Fuzz::require(QJsonDocument::fromJson(a.dataText).object() == b.data,
                      "an entity's text reads as the parsed entity", QString::fromUtf8(a.dataText));
        const QStringList &keys = Store::filingKeys();
        Fuzz::require(a.filing.texts.size() == keys.size() &&
                          a.filing.integers.size() == keys.size(),
                      "every filing field is read");
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const QJsonValue expected = b.data.value(keys.at(k));
            Fuzz::require(QString::fromUtf8(a.filing.texts.at(k)) == expected.toString() &&
                              a.filing.integers.at(k) == expected.toInt(),
                          "each filing field reads as in the parsed entity", keys.at(k));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    const std::optional<QJsonObject> reply = Fuzz::jsonObjectOf(bytes);
    QString error = QStringLiteral("the server's answer is not a JSON object");
    const std::optional<SyncProtocol::PullPage> page =
        reply ? SyncProtocol::readPullPage(*reply, &error) : std::nullopt;
    compareWithText(bytes, page, error);
    if (!page) {
        Fuzz::require(!error.isEmpty(), "a refused page tells why");
        return reply ? 0 : -1;
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
