// RFC 8291 message encryption, checked against the worked example of the RFC
// (section 5, intermediate values in appendix A) in both directions, and
// against broken messages.
#include "push/base64url.h"
#include "push/hkdf.h"
#include "push/p256key.h"
#include "push/webpushcipher.h"

#include <QTest>

using namespace Aanwezig::Push;

namespace {

// The values of RFC 8291, section 5 and appendix A.
constexpr char rfcCleartext[] = "When I grow up, I want to be a watermelon";
constexpr char rfcSenderPrivate[] = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
constexpr char rfcSenderPublic[] =
    "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
constexpr char rfcReceiverPrivate[] = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
constexpr char rfcReceiverPublic[] =
    "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
constexpr char rfcAuthSecret[] = "BTBZMqHH6r4Tts7J_aSIgg";
constexpr char rfcSalt[] = "DGv6ra1nlYgDCS1FRnbzlw";
constexpr char rfcMessage[] = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
                              "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
                              "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

QByteArray b64(const char *text)
{
    const auto decoded = fromBase64Url(QString::fromLatin1(text));
    return decoded.value_or(QByteArray());
}

P256Key rfcReceiver()
{
    return *P256Key::fromPrivateKey(b64(rfcReceiverPrivate));
}

} // namespace

class TestWebPushCipher : public QObject
{
    Q_OBJECT

private slots:
    void base64UrlRoundTripsAndRefusesOtherAlphabets()
    {
        const QByteArray bytes("\xfb\xff\x00\x10 ok", 7);
        QCOMPARE(toBase64Url(bytes), QByteArray("-_8AECBvaw"));
        QCOMPARE(fromBase64Url(u"-_8AECBvaw"), bytes);
        QCOMPARE(fromBase64Url(u"-_8AECBvaw=="), bytes);
        QVERIFY(!fromBase64Url(u"+/8AECBvaw"));
        QVERIFY(!fromBase64Url(u"-_8A ECBvaw"));
    }

    void derivesThePublicKeysOfTheExample()
    {
        const auto sender = P256Key::fromPrivateKey(b64(rfcSenderPrivate));
        QVERIFY(sender);
        QCOMPARE(toBase64Url(sender->publicKey()), QByteArray(rfcSenderPublic));
        QCOMPARE(toBase64Url(rfcReceiver().publicKey()), QByteArray(rfcReceiverPublic));
        QCOMPARE(toBase64Url(rfcReceiver().privateKey()), QByteArray(rfcReceiverPrivate));
    }

    void hkdfMatchesRfc5869CaseOne()
    {
        const QByteArray ikm(22, '\x0b');
        const auto okm = hkdfSha256(QByteArray::fromHex("000102030405060708090a0b0c"), ikm,
                                    QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(okm);
        QCOMPARE(okm->toHex(), QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db0"
                                          "2d56ecc4c5bf34007208d5b887185865"));
    }

    void encryptsTheExampleByteForByte()
    {
        const auto body =
            encryptWebPush(rfcCleartext, {b64(rfcReceiverPublic), b64(rfcAuthSecret)},
                           {P256Key::fromPrivateKey(b64(rfcSenderPrivate)), b64(rfcSalt)});
        QVERIFY(body);
        QCOMPARE(toBase64Url(*body), QByteArray(rfcMessage));
    }

    void decryptsTheExample()
    {
        const auto cleartext = decryptWebPush(b64(rfcMessage), rfcReceiver(), b64(rfcAuthSecret));
        QVERIFY(cleartext);
        QCOMPARE(*cleartext, QByteArray(rfcCleartext));
    }

    void freshKeysRoundTripAndNeverRepeat()
    {
        const auto receiver = P256Key::generate();
        QVERIFY(receiver);
        const QByteArray auth = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const QByteArray cleartext(maxWebPushCleartext, 'x');
        const auto first = encryptWebPush(cleartext, {receiver->publicKey(), auth});
        const auto second = encryptWebPush(cleartext, {receiver->publicKey(), auth});
        QVERIFY(first && second);
        QCOMPARE(first->size(), webPushRecordSize);
        QVERIFY(first->left(webPushHeaderLength) != second->left(webPushHeaderLength));
        QCOMPARE(decryptWebPush(*first, *receiver, auth), cleartext);
        QCOMPARE(decryptWebPush(*second, *receiver, auth), cleartext);
    }

    void refusesTooMuchCleartextAndBadReceiverKeys()
    {
        const auto receiver = P256Key::generate();
        const QByteArray auth(16, 'a');
        QVERIFY(!encryptWebPush(QByteArray(maxWebPushCleartext + 1, 'x'),
                                {receiver->publicKey(), auth}));
        QByteArray offCurve = receiver->publicKey();
        offCurve[64] = static_cast<char>(offCurve[64] ^ 1);
        QVERIFY(!encryptWebPush("hi", {offCurve, auth}));
        QVERIFY(!encryptWebPush("hi", {receiver->publicKey(), QByteArray(15, 'a')}));
        QVERIFY(!P256Key::fromPublicKey(receiver->publicKey().mid(1)));
    }

    void refusesTamperedOrMalformedMessages()
    {
        const QByteArray message = b64(rfcMessage);
        const QByteArray auth = b64(rfcAuthSecret);
        // salt, key id length, sender key, ciphertext, tag
        for (qsizetype at :
             {qsizetype(0), qsizetype(20), qsizetype(30), qsizetype(100), message.size() - 1}) {
            QByteArray broken = message;
            broken[at] = static_cast<char>(broken[at] ^ 0x40);
            QVERIFY2(!decryptWebPush(broken, rfcReceiver(), auth), qPrintable(QString::number(at)));
        }
        QVERIFY(!decryptWebPush(message.left(message.size() - 1), rfcReceiver(), auth));
        QVERIFY(!decryptWebPush(message.left(80), rfcReceiver(), auth));
        QVERIFY(!decryptWebPush(message, rfcReceiver(), QByteArray(16, 'x')));
        QVERIFY(!decryptWebPush(message, *P256Key::generate(), auth));
        QByteArray tinyRecordSize = message;
        tinyRecordSize[18] = 0;
        tinyRecordSize[19] = 17; // below the 18 RFC 8188 allows
        QVERIFY(!decryptWebPush(tinyRecordSize, rfcReceiver(), auth));
    }

    void signsAndVerifiesEs256()
    {
        const auto key = P256Key::generate();
        const auto signature = key->signEs256("header.claims");
        QVERIFY(signature);
        QCOMPARE(signature->size(), 64);
        QVERIFY(key->verifyEs256("header.claims", *signature));
        QVERIFY(!key->verifyEs256("header.claimz", *signature));
        const auto publicOnly = P256Key::fromPublicKey(key->publicKey());
        QVERIFY(publicOnly && !publicOnly->hasPrivateKey());
        QVERIFY(publicOnly->verifyEs256("header.claims", *signature));
        QVERIFY(!publicOnly->signEs256("x"));
    }
};

QTEST_GUILESS_MAIN(TestWebPushCipher)
#include "tst_webpushcipher.moc"
