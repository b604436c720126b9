// Pairing-code normalisation (server/sync/secrets.*), as the server reads a
// typed code: the stored form has no dashes, spaces or lower case, and
// normalising it again changes nothing.
#include "fuzzinput.h"
#include "sync/secrets.h"

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(Fuzz::bytesOf(data, size));
    const QString code = Server::normalisedPairingCode(typed);
    Fuzz::require(!code.contains(u'-'), "no dashes", typed);
    for (const QChar c : code)
        Fuzz::require(!c.isSpace(), "no spaces", typed);
    Fuzz::require(Server::normalisedPairingCode(code) == code, "normalising twice changes nothing",
                  typed);
    Fuzz::require(Server::secretHash(code).size() == 64, "a code hashes to 64 hex digits");
    return 0;
}
