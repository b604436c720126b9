#include "pullpagecursor.h"

#include <simdjson.h>

namespace Aanwezig::SyncProtocol {

std::optional<PullPageEnd> readPullPageEnd(const QByteArray &text)
{
    // One parser per thread, so that its buffers are reused page after page.
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(text.constData(), size_t(text.size()));
    simdjson::ondemand::document document;
    simdjson::ondemand::object page;
    if (parser.iterate(padded).get(document) || document.get_object().get(page))
        return std::nullopt;
    // As readPullPageText() reads them: of a key given twice the last counts.
    bool hasMore = false;
    bool hasCursor = false;
    QString cursor;
    for (auto field : page) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return std::nullopt;
        if (key == "next_cursor") {
            std::string_view value;
            hasCursor = !field.value().get_string().get(value);
            cursor =
                hasCursor ? QString::fromUtf8(value.data(), qsizetype(value.size())) : QString();
        } else if (key == "has_more") {
            bool value = false;
            hasMore = !field.value().get_bool().get(value) && value;
        }
        // Any other value (the changes) is skipped unread by the next field.
    }
    if (!hasCursor)
        return std::nullopt;
    return PullPageEnd{cursor, hasMore};
}

} // namespace Aanwezig::SyncProtocol
