// Web Push on the phone's side (core/push, core/domain/notificationpayload):
// the first byte picks what the rest is.
//  0: a received message body, decrypted with the receiver key and auth
//     secret of RFC 8291's example: refused or decrypted, never a crash; a
//     decrypted cleartext encrypts and decrypts back to itself.
//  1: a cleartext: encrypted for that receiver and decrypted back exactly,
//     then read as a notification payload: one that reads is written back
//     (toJson) so that it reads the same again.
#include "domain/notificationpayload.h"
#include "fuzzinput.h"
#include "push/base64url.h"
#include "push/webpushcipher.h"

using namespace Aanwezig;
using namespace Aanwezig::Push;

namespace {

const P256Key &receiver()
{
    static const P256Key key =
        *P256Key::fromPrivateKey(*fromBase64Url(u"q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94"));
    return key;
}

const QByteArray &authSecret()
{
    static const QByteArray auth = *fromBase64Url(u"BTBZMqHH6r4Tts7J_aSIgg");
    return auth;
}

void roundTrip(const QByteArray &cleartext)
{
    const auto body = encryptWebPush(cleartext, {receiver().publicKey(), authSecret()});
    Fuzz::require(body.has_value() == (cleartext.size() <= maxWebPushCleartext),
                  "any cleartext up to 3,993 bytes encrypts");
    if (!body)
        return;
    Fuzz::require(body->size() <= webPushRecordSize, "one record of at most 4096 bytes");
    Fuzz::require(decryptWebPush(*body, receiver(), authSecret()) == cleartext,
                  "decrypt(encrypt(x)) == x");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = Fuzz::bytesOf(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        if (const auto cleartext = decryptWebPush(rest, receiver(), authSecret()))
            roundTrip(*cleartext);
        return 0;
    }
    roundTrip(rest);
    const auto payload = NotificationPayload::fromJson(rest);
    if (!payload)
        return 0;
    const QByteArray written = payload->toJson();
    const auto again = NotificationPayload::fromJson(written);
    Fuzz::require(again.has_value() && *again == *payload, "a payload written back reads the same",
                  QString::fromUtf8(written));
    return 0;
}
