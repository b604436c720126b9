#include "pushkeys.h"

#include "device/tokenstore.h"
#include "push/base64url.h"
#include "push/webpushcipher.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Aanwezig {

std::optional<PushKeys> PushKeys::create()
{
    auto key = Push::P256Key::generate();
    if (!key)
        return std::nullopt;
    QByteArray auth(Push::webPushAuthSecretLength, Qt::Uninitialized);
    for (char &byte : auth)
        byte = char(QRandomGenerator::system()->bounded(256));
    return PushKeys{*key, auth};
}

QString PushKeys::toSecret() const
{
    return QString::fromLatin1(Push::toBase64Url(key.privateKey()) + '.' +
                               Push::toBase64Url(authSecret));
}

std::optional<PushKeys> PushKeys::fromSecret(const QString &secret)
{
    const QStringList parts = secret.split(QLatin1Char('.'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto scalar = Push::fromBase64Url(parts.at(0));
    const auto auth = Push::fromBase64Url(parts.at(1));
    if (!scalar || !auth || auth->size() != Push::webPushAuthSecretLength)
        return std::nullopt;
    auto key = Push::P256Key::fromPrivateKey(*scalar);
    if (!key)
        return std::nullopt;
    return PushKeys{*key, *auth};
}

QString PushKeys::p256dh() const
{
    return QString::fromLatin1(Push::toBase64Url(key.publicKey()));
}

QString PushKeys::auth() const
{
    return QString::fromLatin1(Push::toBase64Url(authSecret));
}

std::optional<PushKeys> loadOrCreatePushKeys(TokenStore &store)
{
    if (auto kept = PushKeys::fromSecret(store.readToken()))
        return kept;
    auto made = PushKeys::create();
    if (!made || !store.writeToken(made->toSecret()))
        return std::nullopt;
    return made;
}

} // namespace Aanwezig
