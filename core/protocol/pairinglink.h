#pragma once

#include <QString>
#include <optional>

namespace Aanwezig {

// The link on a printed invite (as a QR code) that pairs the app without
// typing: aanwezig://pair?server=https://aanwezig.school.nl&code=ABCD-EFGH-JKLM
// (query values percent-encoded where needed). The app opens it from its
// command line, as a URL scheme from the system, and from the camera.
struct PairingLink
{
    QString serverUrl; // http(s), as the school wrote it for `invite --server-url`
    QString code;      // the single-use pairing code, as printed

    QString toString() const;
    // nullopt unless `text` is such a link with an http(s) server and a code.
    static std::optional<PairingLink> parse(const QString &text);
    friend bool operator==(const PairingLink &, const PairingLink &) = default;
};

inline constexpr char pairingLinkScheme[] = "aanwezig";

} // namespace Aanwezig
