// The phone's end of Web Push: its keys are made once and kept
// like the token; a message encrypted for them, by the RFC 8291 worked
// example or by the npm package web-push, is decrypted through the core and
// shown; a click opens the linked page, "Ziek melden" the report form for
// the student and day, and "Ik weet ervan" answers the notice.
#include "domain/walltime.h"
#include "filetokenstore.h"
#include "fixtureschool.h"
#include "notify/notificationcenter.h"
#include "notify/pushreceiver.h"
#include "push/base64url.h"
#include "push/webpushcipher.h"
#include "store/localstore.h"
#include "testdevices.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::NotifyTest;

namespace {

// RFC 8291 section 5: the receiver's keys and the message sent to them.
constexpr char rfcReceiverPrivate[] = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
constexpr char rfcReceiverPublic[] =
    "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
constexpr char rfcAuthSecret[] = "BTBZMqHH6r4Tts7J_aSIgg";
constexpr char rfcMessage[] = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
                              "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
                              "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

const QString child = Test::Students::anna;

QString today()
{
    return currentWallTime().date().toString(Qt::ISODate);
}

QString noticeId()
{
    return child + QLatin1Char('/') + today();
}

// "Alles goed?" for Anna (S1) today, as the server sends it.
QByteArray allesGoed()
{
    return QStringLiteral(
               R"({"v":1,"kind":"unreported_absence","title":"Alles goed?",)"
               R"("body":"Anna is vandaag niet op school en we hebben geen melding. Alles goed?",)"
               R"("lang":"nl","dir":"ltr","link":{"page":"student","id":"%1","student_id":"%2",)"
               R"("date":"%3"},"actions":[{"id":"report_sick","title":"Ziek melden"},)"
               R"({"id":"known","title":"Ik weet ervan"}],"tag":"unreported_absence/%1"})")
        .arg(noticeId(), child, today())
        .toUtf8();
}

QByteArray b64(const char *text)
{
    return Push::fromBase64Url(QString::fromLatin1(text)).value_or(QByteArray());
}

// The message body web-push (npm) makes for these keys; empty when it cannot.
QByteArray encryptedByNpm(const PushKeys &keys, const QByteArray &cleartext)
{
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(AANWEZIG_NPM_MODULES));
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"),
               {QStringLiteral(WEBPUSH_ENCRYPT_JS), keys.p256dh(), keys.auth()});
    node.write(cleartext);
    node.closeWriteChannel();
    if (!node.waitForFinished(30000) || node.exitCode() != 0) {
        qWarning().noquote() << "node:" << node.readAllStandardError();
        return {};
    }
    return QByteArray::fromBase64(node.readAllStandardOutput());
}

QJsonObject notice()
{
    return {{QStringLiteral("id"), noticeId()},
            {QStringLiteral("student_id"), child},
            {QStringLiteral("date"), today()},
            {QStringLiteral("notified_at"), today() + QStringLiteral("T09:05:00")},
            {QStringLiteral("answer"), QJsonValue::Null},
            {QStringLiteral("answered_at"), QJsonValue::Null}};
}

} // namespace

class TestPushReceiver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<FileTokenStore> m_keyStore;
    std::unique_ptr<TestPushChannel> m_channel;
    std::unique_ptr<RecordingNotifier> m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
    std::unique_ptr<PushReceiver> m_receiver;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(QStringLiteral(AANWEZIG_NPM_MODULES "/web-push")).exists())
            QFAIL("npm web-push is missing: scripts/install-npm-packages.sh BUILD_DIR");
    }

    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("local.db"))));
        QVERIFY(m_store->setAccount({QStringLiteral("https://school.example"),
                                     QStringLiteral("parent-1"),
                                     {Role::Parent}}));
        m_keyStore = std::make_unique<FileTokenStore>(m_dir.filePath(QStringLiteral("push-keys")));
        m_channel = std::make_unique<TestPushChannel>();
        m_notifier = std::make_unique<RecordingNotifier>();
        m_center = std::make_unique<NotificationCenter>(m_notifier.get(), m_store.get());
        m_receiver =
            std::make_unique<PushReceiver>(m_channel.get(), m_keyStore.get(), m_center.get());
    }

    void cleanup()
    {
        m_receiver.reset();
        m_center.reset();
        const QString path = m_store->path();
        m_store.reset();
        for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(file));
    }

    void subscribingMakesKeysOnceAndTellsTheServer()
    {
        QSignalSpy told(m_receiver.get(), &PushReceiver::subscriptionChanged);
        QVERIFY(m_receiver->subscribe());
        QCOMPARE(told.size(), 1);
        const PushKeys keys = *m_receiver->keys();
        QCOMPARE(told.first().at(0).toString(), m_channel->endpoint());
        QCOMPARE(told.first().at(1).toString(), keys.p256dh());
        QCOMPARE(told.first().at(2).toString(), keys.auth());
        QCOMPARE(Push::fromBase64Url(keys.p256dh())->size(), 65);
        QCOMPARE(Push::fromBase64Url(keys.auth())->size(), 16);

        // The next run of the app finds the same keys, so messages already on
        // their way still decrypt.
        const QByteArray body =
            *Push::encryptWebPush(allesGoed(), {keys.key.publicKey(), keys.authSecret});
        PushReceiver again(m_channel.get(), m_keyStore.get(), m_center.get());
        QVERIFY(again.subscribe());
        QCOMPARE(again.keys()->p256dh(), keys.p256dh());
        QVERIFY(again.receive(body));
    }

    void rfcWorkedExampleDecryptsWithKeptKeys()
    {
        QVERIFY(m_keyStore->writeToken(QString::fromLatin1(rfcReceiverPrivate) + QLatin1Char('.') +
                                       QString::fromLatin1(rfcAuthSecret)));
        QVERIFY(m_receiver->subscribe());
        QCOMPARE(m_receiver->keys()->p256dh(), QString::fromLatin1(rfcReceiverPublic));
        // It decrypts ("When I grow up, ..."), which is no notification.
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("is no notification was dropped")));
        QVERIFY(!m_receiver->receive(b64(rfcMessage)));
        QVERIFY(m_notifier->shown.isEmpty());
    }

    void messageOfTheWebPushPackageIsShownAndSyncs()
    {
        QVERIFY(m_receiver->subscribe());
        const QByteArray body = encryptedByNpm(*m_receiver->keys(), allesGoed());
        QVERIFY(!body.isEmpty());
        QSignalSpy sync(m_receiver.get(), &PushReceiver::syncRequested);
        m_channel->deliver(body);
        QCOMPARE(m_notifier->shown.size(), 1);
        const SystemNotification &shown = m_notifier->shown.first();
        QCOMPARE(shown.title, QStringLiteral("Alles goed?"));
        QCOMPARE(shown.body,
                 QStringLiteral(
                     "Anna is vandaag niet op school en we hebben geen melding. Alles goed?"));
        QCOMPARE(shown.actions.size(), 2);
        QCOMPARE(shown.actions.at(0).id, QStringLiteral("report_sick"));
        QCOMPARE(shown.actions.at(0).title, QStringLiteral("Ziek melden"));
        QCOMPARE(shown.actions.at(1).title, QStringLiteral("Ik weet ervan"));
        QCOMPARE(sync.size(), 1);
    }

    void tamperedOrForeignMessageShowsNothing()
    {
        QVERIFY(m_receiver->subscribe());
        QByteArray body = encryptedByNpm(*m_receiver->keys(), allesGoed());
        QVERIFY(!body.isEmpty());
        body[body.size() - 20] = char(body.at(body.size() - 20) ^ 1);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("does not decrypt")));
        m_channel->deliver(body);
        const PushKeys other = *PushKeys::create();
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("does not decrypt")));
        m_channel->deliver(
            *Push::encryptWebPush(allesGoed(), {other.key.publicKey(), other.authSecret}));
        QVERIFY(m_notifier->shown.isEmpty());
    }

    void clickOpensTheLinkAndReportSickOpensTheFormForToday()
    {
        QVERIFY(m_receiver->subscribe());
        QVERIFY(m_receiver->receive(encryptedByNpm(*m_receiver->keys(), allesGoed())));
        const QString key = m_notifier->shown.first().key;
        QSignalSpy opened(m_center.get(), &NotificationCenter::openRequested);

        m_notifier->click(key);
        QCOMPARE(opened.size(), 1);
        auto link = opened.takeFirst().at(0).value<NotificationPayload::Link>();
        QCOMPARE(link.page, QStringLiteral("student"));
        QCOMPARE(link.studentId, child);

        m_notifier->click(key, QStringLiteral("report_sick"));
        QCOMPARE(opened.size(), 1);
        link = opened.takeFirst().at(0).value<NotificationPayload::Link>();
        QCOMPARE(link.page, QStringLiteral("report_form"));
        QCOMPARE(link.studentId, child);
        QCOMPARE(link.date, currentWallTime().date());
        QCOMPARE(m_store->pendingCount(), 0);
    }

    void iKnowAnswersTheNoticeEvenWhenItComesAfterThePush()
    {
        QVERIFY(m_receiver->subscribe());
        QVERIFY(m_receiver->receive(encryptedByNpm(*m_receiver->keys(), allesGoed())));
        QSignalSpy sync(m_center.get(), &NotificationCenter::syncRequested);

        // Tapped before the sync brought the notice: answered when it comes.
        m_notifier->click(m_notifier->shown.first().key, QStringLiteral("known"));
        QCOMPARE(m_store->pendingCount(), 0);
        QCOMPARE(m_center->waitingAnswers(), 1);
        QVERIFY(sync.size() >= 1);
        QVERIFY(m_store->applyPage(
            {{ServerChange::Op::Put, QStringLiteral("absence_notice"), {}, notice()}},
            QStringLiteral("c1")));
        QCOMPARE(m_center->waitingAnswers(), 0);
        QCOMPARE(m_store->absenceNotice(noticeId())->answer, AbsenceNotice::Answer::Known);
        const QList<OutboxEntry> pending = m_store->pendingEntries(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, QStringLiteral("answer_absence_notice"));
        QCOMPARE(pending.first().args.value(QStringLiteral("notice_id")).toString(), noticeId());

        // A second tap answers nothing more.
        m_notifier->click(m_notifier->shown.first().key, QStringLiteral("known"));
        QCOMPARE(m_store->pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPushReceiver)
#include "tst_pushreceiver.moc"
