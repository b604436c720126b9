#include "notify/vapid.h"

#include "push/base64url.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace Aanwezig::Server {

using Push::fromBase64Url;
using Push::toBase64Url;

QString VapidKeys::publicKeyText() const
{
    return QString::fromLatin1(toBase64Url(key.publicKey()));
}

std::optional<QByteArray> VapidKeys::authorization(const QString &audience, qint64 nowSeconds) const
{
    const QByteArray header = toBase64Url(R"({"typ":"JWT","alg":"ES256"})");
    const QJsonObject claims{{QStringLiteral("aud"), audience},
                             {QStringLiteral("exp"), nowSeconds + 12 * 3600},
                             {QStringLiteral("sub"), subject}};
    const QByteArray signingInput =
        header + '.' + toBase64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = key.signEs256(signingInput);
    if (!signature)
        return std::nullopt;
    return "vapid t=" + signingInput + '.' + toBase64Url(*signature) +
           ", k=" + toBase64Url(key.publicKey());
}

std::optional<VapidKeys> loadVapidKeys(const QSqlDatabase &db)
{
    QSqlQuery &row =
        exec(db, QStringLiteral("SELECT private_key, subject FROM vapid_keys WHERE id = 1"));
    if (!row.next())
        return std::nullopt;
    const auto scalar = fromBase64Url(row.value(0).toString());
    const QString subject = row.value(1).toString();
    const auto key = scalar ? Push::P256Key::fromPrivateKey(*scalar) : std::nullopt;
    if (!key)
        return std::nullopt;
    return VapidKeys{*key, subject};
}

VapidKeys createVapidKeys(const QSqlDatabase &db, const QString &subject, bool replace)
{
    WriteTransaction transaction(db);
    if (!replace) {
        if (auto existing = loadVapidKeys(db))
            return *existing;
    }
    const auto key = Push::P256Key::generate();
    if (!key)
        throw std::runtime_error("OpenSSL could not make a P-256 key");
    exec(db, QStringLiteral("DELETE FROM vapid_keys"));
    exec(db,
         QStringLiteral("INSERT INTO vapid_keys (id, private_key, public_key, subject, created_at) "
                        "VALUES (1, ?, ?, ?, ?)"),
         {QString::fromLatin1(toBase64Url(key->privateKey())),
          QString::fromLatin1(toBase64Url(key->publicKey())), subject,
          QDateTime::currentSecsSinceEpoch()});
    transaction.commit();
    return VapidKeys{*key, subject};
}

} // namespace Aanwezig::Server
