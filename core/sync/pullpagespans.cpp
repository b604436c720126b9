#include "pullpagespans.h"

#include <algorithm>
#include <cstring>

namespace Aanwezig::SyncProtocol {

namespace {

// Walks JSON text by values without checking it; every read stays inside
// the text, whatever it holds.
class Scanner
{
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    bool atEnd()
    {
        skipSpace();
        return m_at >= m_text.size();
    }

    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    char next()
    {
        skipSpace();
        return peek();
    }

    // At a string: its text between the quotes, as written.
    std::string_view string(bool *escaped)
    {
        const size_t start = ++m_at;
        const char *text = m_text.data();
        for (;;) {
            const void *quote = std::memchr(text + m_at, '"', m_text.size() - m_at);
            if (!quote) {
                m_at = m_text.size();
                break;
            }
            const size_t at = size_t(static_cast<const char *>(quote) - text);
            size_t backslashes = 0;
            while (at - backslashes > start && text[at - backslashes - 1] == '\\')
                ++backslashes;
            m_at = at + 1;
            if (backslashes % 2 == 0)
                break; // not escaped: the closing quote
        }
        const size_t end = m_at > start && m_at <= m_text.size() && text[m_at - 1] == '"'
                               ? m_at - 1
                               : m_text.size();
        const std::string_view inside = m_text.substr(start, end - start);
        *escaped = inside.find('\\') != std::string_view::npos;
        return inside;
    }

    // Skips one value of any kind; returns its text.
    std::string_view value()
    {
        skipSpace();
        const size_t start = m_at;
        bool escaped = false;
        if (peek() == '"') {
            string(&escaped);
        } else if (peek() == '{' || peek() == '[') {
            int depth = 0;
            do {
                while (m_at < m_text.size() && !isStructural(m_text[m_at]))
                    ++m_at;
                const char c = peek();
                if (c == '"') {
                    string(&escaped);
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']')
                    --depth;
                ++m_at;
            } while (depth > 0 && m_at < m_text.size());
        } else {
            while (m_at < m_text.size() && !isEndOfLiteral(m_text[m_at]))
                ++m_at;
        }
        m_at = std::min(m_at, m_text.size());
        return m_text.substr(start, m_at - start);
    }

    // At an object: calls onMember(key) for each member in order, which
    // reads the member's value (value() or more). False when the text is
    // not an object or a key is written with an escape.
    template <typename OnMember> bool members(OnMember &&onMember)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            if (next() != '"')
                return false;
            bool escaped = false;
            const std::string_view key = string(&escaped);
            if (escaped || !take(':') || !onMember(key))
                return false;
        } while (take(','));
        return take('}');
    }

private:
    static bool isStructural(char c)
    {
        return c == '"' || c == '{' || c == '}' || c == '[' || c == ']';
    }

    static bool isEndOfLiteral(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }

    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t' ||
                                        m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }

    std::string_view m_text;
    size_t m_at = 0;
};

} // namespace

namespace {

// At the "changes" array: the "data" of each change, in order.
bool readChanges(Scanner &page, std::vector<std::string_view> &spans)
{
    spans.clear();
    if (!page.take('['))
        return false;
    if (page.take(']'))
        return true;
    do {
        std::string_view data;
        if (page.next() == '{') {
            if (!page.members([&](std::string_view key) {
                    const std::string_view value = page.value();
                    if (key == "data")
                        data = value;
                    return true;
                }))
                return false;
        } else {
            page.value();
        }
        spans.push_back(data);
    } while (page.take(','));
    return page.take(']');
}

} // namespace

std::optional<std::vector<std::string_view>> dataSpans(std::string_view page)
{
    Scanner reply(page);
    std::vector<std::string_view> spans;
    std::vector<std::string_view> read;
    bool found = false;
    if (!reply.members([&](std::string_view key) {
            if (key != "changes") {
                reply.value();
                return true;
            }
            // Of "changes" given twice the last counts.
            found = readChanges(reply, read);
            spans.swap(read);
            return found;
        }) ||
        !reply.atEnd() || !found)
        return std::nullopt;
    return spans;
}

} // namespace Aanwezig::SyncProtocol
