#pragma once

#include <QString>

namespace Aanwezig::Server {

// A device token: 256 random bits as 64 lower-case hex digits.
QString newDeviceToken();
// A pairing code: 12 characters from an alphabet without look-alikes, shown
// as ABCD-EFGH-JKLM.
QString newPairingCode();
// The code as typed (any case, dashes and spaces) in its stored form.
QString normalisedPairingCode(const QString &typed);
// What the database keeps of a token or code: its SHA-256 in hex.
QString secretHash(const QString &secret);

} // namespace Aanwezig::Server
