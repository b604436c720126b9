#pragma once

#include <QString>

class QImage;

namespace Aanwezig::Server {

// What a printed invite tells one person: how to pair the app.
struct InviteLetter
{
    QString personId;  // e-mail address or student id; names the files
    QString serverUrl; // the address the app talks to
    QString code;      // the single-use pairing code
    QString language;  // nl, en, ar, tr, pl or uk (the letter's language)
    int validDays = 14;
};

// The QR code of `text`, black on white with a quiet zone, `moduleSize`
// pixels per module (zxing-cpp).
QImage qrCodeImage(const QString &text, int moduleSize = 8);

// Writes DIR/invite-<person>.html (printable, in the letter's language, with
// the QR code of the pairing link and the code and address as text) and
// DIR/invite-<person>.png (the QR code alone). Returns the HTML file's path,
// or an empty string with `error` set.
QString writeInviteLetter(const QString &dir, const InviteLetter &letter, QString *error);

} // namespace Aanwezig::Server
