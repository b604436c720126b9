#pragma once

#include "http/apierror.h"
#include "http/beast.h"

#include <chrono>
#include <optional>

namespace Aanwezig::Server {

// What one request may be (PROTOCOL.md, "Limits"). Each refusal is a JSON
// error, and the connection is closed after it: nothing more is read.
struct RequestLimits
{
    static constexpr std::uint64_t maxBodyBytes = 1024 * 1024;
    static constexpr std::uint32_t maxHeaderBytes = 16 * 1024; // request line and headers

    std::chrono::seconds requestTimeout{10}; // headers and body together
    std::chrono::seconds idleTimeout{60};    // between requests on a keep-alive connection
};

// A parser that counts the header and body bytes against the limits while it
// reads, for Content-Length and chunked bodies alike.
void applyLimits(RequestParser &parser);

// What the server answers a request whose header was read: 415 for a
// Content-Encoding other than identity, 411 for a body-carrying method with
// neither a length nor chunked framing, 413 for a Content-Length over the
// limit; nullopt when the request may go on.
std::optional<ApiError> refusalForHeader(const RequestParser &parser);

// The JSON error for a parse or limit error Beast reported while reading
// (431, 413, 400), or nullopt when the client went away or the deadline
// passed (then there is nobody to answer).
std::optional<ApiError> refusalForReadError(const beast::error_code &error);

} // namespace Aanwezig::Server
