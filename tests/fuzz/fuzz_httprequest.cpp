// The HTTP request parsing of the server's HTTP layer (server/http): bytes as
// they arrive on a connection, fed to Beast's parser with the server's
// limits (in pieces, as a socket delivers them), then what the server does
// with a parsed header: its refusals, the client address behind trusted
// proxies and the loggable path. Properties: the body never passes its
// limit, every refusal is a 4xx, and a logged path is one printable line.
#include "fuzzinput.h"
#include "http/clientaddress.h"
#include "http/requestlimits.h"
#include "http/requestlog.h"

using namespace Aanwezig;
using namespace Aanwezig::Server;

namespace {

void checkPath(std::string_view target, const QString &input)
{
    const QString path = RequestLog::loggablePath(target);
    for (const QChar c : path)
        Fuzz::require(c.unicode() >= 0x20 && c.unicode() < 0x7f, "a logged path is printable",
                      input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    const QString input = QString::fromLatin1(bytes.left(200).toPercentEncoding());
    RequestParser parser;
    applyLimits(parser);
    beast::error_code error;
    // Pieces of at most 61 bytes: the parser must cope with any split.
    for (qsizetype at = 0; at < bytes.size() && !error && !parser.is_done();) {
        const qsizetype piece = std::min<qsizetype>(61, bytes.size() - at);
        std::size_t used = 0;
        if (!parser.is_header_done()) {
            // Beast wants the whole header in one buffer: give it all so far.
            used = parser.put(net::buffer(bytes.constData() + at, bytes.size() - at), error);
        } else {
            used = parser.put(net::buffer(bytes.constData() + at, std::size_t(piece)), error);
        }
        if (error == http::error::need_more) {
            error = {};
            break;
        }
        if (used == 0)
            break;
        at += qsizetype(used);
    }
    Fuzz::require(parser.get().body().size() <= RequestLimits::maxBodyBytes,
                  "the body never passes its limit", input);
    if (error) {
        if (const auto refusal = refusalForReadError(error))
            Fuzz::require(refusal->status >= 400 && refusal->status < 500,
                          "a read error is refused with a 4xx", input);
    }
    if (!parser.is_header_done())
        return 0;
    if (const auto refusal = refusalForHeader(parser))
        Fuzz::require(refusal->status >= 400 && refusal->status < 500,
                      "a header is refused with a 4xx", input);
    const HttpRequest &request = parser.get();
    checkPath(request.target(), input);
    std::vector<std::string_view> forwarded;
    const auto range = request.equal_range("X-Forwarded-For");
    for (auto it = range.first; it != range.second; ++it)
        forwarded.emplace_back(it->value());
    const auto peer = boost::asio::ip::make_address("127.0.0.1");
    const ClientAddress trusted({peer});
    const auto client = trusted.resolve(peer, forwarded);
    Fuzz::require(!forwarded.empty() || client == peer, "without X-Forwarded-For: the peer",
                  input);
    const ClientAddress untrusted;
    Fuzz::require(untrusted.resolve(peer, forwarded) == peer,
                  "a peer that is no trusted proxy cannot set its address", input);
    return 0;
}
