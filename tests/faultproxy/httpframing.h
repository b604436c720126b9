#pragma once

#include <QByteArray>

namespace Aanwezig::Faults {

// The length of the first complete HTTP/1.1 message (request or response) at
// the start of `buffer`: its header block plus a body framed by
// Content-Length or chunked transfer encoding. -1 while it is incomplete.
qsizetype completeMessageLength(const QByteArray &buffer);

// "POST /v1/sync/push HTTP/1.1" -> method "POST", path "/v1/sync/push".
struct RequestLine
{
    QByteArray method;
    QByteArray path;
};
RequestLine parseRequestLine(const QByteArray &message);

} // namespace Aanwezig::Faults
