#include "sync/secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Aanwezig::Server {

namespace {
constexpr char codeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 symbols, no I/O/0/1
constexpr int codeLength = 12;
} // namespace

QString newDeviceToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toHex());
}

QString newPairingCode()
{
    QString code;
    for (int i = 0; i < codeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(codeAlphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}

QString normalisedPairingCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c != QLatin1Char('-') && !c.isSpace())
            code += c.toUpper();
    }
    return code;
}

QString secretHash(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Aanwezig::Server
