#include "httpframing.h"

#include <QList>

namespace Aanwezig::Faults {

namespace {

const QByteArray headerEnd = QByteArrayLiteral("\r\n\r\n");

// The value of header `name` (lower case) in a header block, or empty.
QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    const QList<QByteArray> lines = headers.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// The end of a chunked body starting at `from`, or -1 while incomplete.
qsizetype chunkedBodyEnd(const QByteArray &buffer, qsizetype from)
{
    qsizetype position = from;
    while (true) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return -1;
        bool ok = false;
        const qsizetype size = buffer.mid(position, lineEnd - position)
                                   .split(';')
                                   .first()
                                   .trimmed()
                                   .toLongLong(&ok, 16);
        if (!ok)
            return -1;
        if (size == 0) {
            const qsizetype trailerEnd = buffer.indexOf(headerEnd, lineEnd);
            if (trailerEnd == lineEnd)
                return lineEnd + headerEnd.size();
            return trailerEnd < 0 ? -1 : trailerEnd + headerEnd.size();
        }
        position = lineEnd + 2 + size + 2;
        if (position > buffer.size())
            return -1;
    }
}

} // namespace

qsizetype completeMessageLength(const QByteArray &buffer)
{
    const qsizetype headersEnd = buffer.indexOf(headerEnd);
    if (headersEnd < 0)
        return -1;
    const qsizetype bodyStart = headersEnd + headerEnd.size();
    const QByteArray headers = buffer.left(headersEnd);
    if (headerValue(headers, "transfer-encoding").toLower().contains("chunked"))
        return chunkedBodyEnd(buffer, bodyStart);
    const qsizetype length = headerValue(headers, "content-length").toLongLong();
    return bodyStart + length <= buffer.size() ? bodyStart + length : -1;
}

RequestLine parseRequestLine(const QByteArray &message)
{
    const QList<QByteArray> parts = message.left(message.indexOf("\r\n")).split(' ');
    if (parts.size() < 2)
        return {};
    return {parts.at(0), parts.at(1)};
}

} // namespace Aanwezig::Faults
