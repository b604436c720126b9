#include "cli/inviteletter.h"

#include "protocol/pairinglink.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <algorithm>

namespace Aanwezig::Server {

namespace {

// The letter's words in one language (%1: the number of days the code is valid).
struct LetterText
{
    const char *language;
    const char *title;
    const char *intro;
    const char *scan;
    const char *type;
    const char *addressLabel;
    const char *codeLabel;
    const char *validity;
};

// clang-format off
const LetterText letterTexts[] = {
    {"nl", "Aanwezig: uw uitnodiging",
     "Met de app Aanwezig meldt u uw kind ziek en leest u berichten van school.",
     "Installeer de app Aanwezig, open hem en scan deze code met de camera.",
     "Lukt scannen niet? Tik dan op \"Zelf typen\" en vul het adres en de code hieronder in.",
     "Adres", "Code", "De code werkt één keer en blijft %1 dagen geldig."},
    {"en", "Aanwezig: your invitation",
     "With the Aanwezig app you report your child sick and read messages from school.",
     "Install the Aanwezig app, open it and scan this code with the camera.",
     "Scanning does not work? Tap \"Type it in\" and enter the address and the code below.",
     "Address", "Code", "The code works once and stays valid for %1 days."},
    {"ar", "Aanwezig: دعوتك",
     "باستخدام تطبيق Aanwezig تبلغ عن مرض طفلك وتقرأ رسائل المدرسة.",
     "ثبّت تطبيق Aanwezig وافتحه وامسح هذا الرمز بالكاميرا.",
     "لم ينجح المسح؟ اكتب العنوان والرمز أدناه.",
     "العنوان", "الرمز", "يعمل الرمز مرة واحدة ويبقى صالحًا لمدة %1 يومًا."},
    {"tr", "Aanwezig: davetiyeniz",
     "Aanwezig uygulamasıyla çocuğunuzu hasta bildirir ve okuldan gelen mesajları okursunuz.",
     "Aanwezig uygulamasını yükleyin, açın ve bu kodu kamerayla tarayın.",
     "Tarama olmuyor mu? Aşağıdaki adresi ve kodu yazın.",
     "Adres", "Kod", "Kod bir kez çalışır ve %1 gün geçerlidir."},
    {"pl", "Aanwezig: Twoje zaproszenie",
     "W aplikacji Aanwezig zgłaszasz chorobę dziecka i czytasz wiadomości ze szkoły.",
     "Zainstaluj aplikację Aanwezig, otwórz ją i zeskanuj ten kod aparatem.",
     "Skanowanie nie działa? Wpisz adres i kod podane poniżej.",
     "Adres", "Kod", "Kod działa raz i jest ważny przez %1 dni."},
    {"uk", "Aanwezig: ваше запрошення",
     "У застосунку Aanwezig ви повідомляєте про хворобу дитини і читаєте повідомлення зі школи.",
     "Встановіть застосунок Aanwezig, відкрийте його і скануйте цей код камерою.",
     "Сканування не працює? Введіть адресу і код нижче.",
     "Адреса", "Код", "Код діє один раз і дійсний %1 днів."},
};
// clang-format on

const LetterText &textFor(const QString &language)
{
    for (const LetterText &text : letterTexts) {
        if (language == QLatin1String(text.language))
            return text;
    }
    return letterTexts[0];
}

QString html(const char *utf8)
{
    return QString::fromUtf8(utf8).toHtmlEscaped();
}

QString fileStem(const QString &personId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return QStringLiteral("invite-") + QString(personId).replace(unsafe, QStringLiteral("_"));
}

} // namespace

QImage qrCodeImage(const QString &text, int moduleSize)
{
    // Size 0: the smallest matrix, with zxing's quiet zone; scaled below.
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setMargin(4)
                                        .encode(text.toStdString(), 0, 0);
    QImage image(matrix.width() * moduleSize, matrix.height() * moduleSize,
                 QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (!matrix.get(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine(y * moduleSize + dy);
                std::fill_n(line + x * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

QString writeInviteLetter(const QString &dir, const InviteLetter &letter, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot make the folder %1").arg(dir);
        return {};
    }
    const QString link = PairingLink{letter.serverUrl, letter.code}.toString();
    const QImage qr = qrCodeImage(link);
    const QString stem = QDir(dir).filePath(fileStem(letter.personId));
    if (!qr.save(stem + QStringLiteral(".png"), "PNG")) {
        *error = QStringLiteral("cannot write %1.png").arg(stem);
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qr.save(&buffer, "PNG");

    const LetterText &text = textFor(letter.language);
    const bool rightToLeft = letter.language == QLatin1String("ar");
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>%3</title>\n<style>\nbody { font-family: sans-serif; max-width: 40em; "
            "margin: 2em auto; color: #222; }\nimg { width: 6cm; height: 6cm; "
            "image-rendering: pixelated; }\n.code { font: bold 1.6em monospace; "
            "letter-spacing: 0.1em; }\n</style>\n</head>\n<body>\n<h1>%3</h1>\n<p>%4</p>\n"
            "<p>%5</p>\n<p><img alt=\"%10\" src=\"data:image/png;base64,%6\"></p>\n<p>%7</p>\n"
            "<p>%8: <span dir=\"ltr\">%9</span></p>\n<p>%10: <span class=\"code\" "
            "dir=\"ltr\">%11</span></p>\n<p>%12</p>\n</body>\n</html>\n")
            .arg(QString::fromLatin1(text.language),
                 rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"), html(text.title),
                 html(text.intro), html(text.scan), QString::fromLatin1(png.toBase64()),
                 html(text.type), html(text.addressLabel), letter.serverUrl.toHtmlEscaped())
            .arg(html(text.codeLabel), letter.code.toHtmlEscaped(),
                 QString::fromUtf8(text.validity).arg(letter.validDays).toHtmlEscaped());
    QFile file(stem + QStringLiteral(".html"));
    if (!file.open(QIODevice::WriteOnly) || file.write(page.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return {};
    }
    return file.fileName();
}

} // namespace Aanwezig::Server
