#pragma once

#include "device/notifier.h"
#include "device/pushchannel.h"
#include "notify/pushreceiver.h"
#include "push/webpushcipher.h"

#include <QFile>
#include <QObject>
#include <QPointer>

// The phone's operating system in the notification loop (tests/e2e,
// tst_notifyloop): no push distributor and no notification shade run here,
// so this device stands for both. deliver() encrypts the payload file for the
// app's own subscription keys (RFC 8291, as the server does) and hands it to
// the app's push channel, which decrypts and handles it through the core;
// what the core shows is kept, and tap() is the user's finger on it.
// QML sees it as the singleton `Push` of AanwezigE2E.
namespace Aanwezig::AppLoop {

class E2EPushDevice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString shownTitle READ shownTitle NOTIFY shownChanged)
    Q_PROPERTY(QString shownBody READ shownBody NOTIFY shownChanged)

public:
    class Channel : public PushChannel
    {
    public:
        void subscribe() override
        {
            m_endpoint = QStringLiteral("https://push.example/e2e");
            Q_EMIT endpointChanged(m_endpoint);
        }
        void unsubscribe() override { m_endpoint.clear(); }
        QString endpoint() const override { return m_endpoint; }
        void deliver(const QByteArray &body) { Q_EMIT messageReceived(body); }

    private:
        QString m_endpoint;
    };

    class Shade : public Notifier
    {
    public:
        void show(const SystemNotification &notification) override
        {
            shown = notification;
            if (owner)
                Q_EMIT owner->shownChanged();
        }
        void tap(const QString &actionId) { Q_EMIT activated(shown.key, actionId); }

        SystemNotification shown;
        E2EPushDevice *owner = nullptr;
    };

    explicit E2EPushDevice(QString payloadFile) : m_payloadFile(std::move(payloadFile))
    {
        m_shade.owner = this;
    }

    Channel *channel() { return &m_channel; }
    Notifier *notifier() { return &m_shade; }
    void setReceiver(PushReceiver *receiver) { m_receiver = receiver; }

    QString shownTitle() const { return m_shade.shown.title; }
    QString shownBody() const { return m_shade.shown.body; }

    // Encrypts the payload file for the app's keys and delivers it; false
    // when the app has no keys or the file cannot be read.
    Q_INVOKABLE bool deliver()
    {
        QFile file(m_payloadFile);
        if (!m_receiver || !m_receiver->keys() || !file.open(QIODevice::ReadOnly))
            return false;
        const PushKeys &keys = *m_receiver->keys();
        const auto body =
            Push::encryptWebPush(file.readAll(), {keys.key.publicKey(), keys.authSecret});
        if (!body)
            return false;
        m_channel.deliver(*body);
        return true;
    }
    // The user taps the notification (actionId empty) or one of its actions.
    Q_INVOKABLE void tap(const QString &actionId) { m_shade.tap(actionId); }

Q_SIGNALS:
    void shownChanged();

private:
    QString m_payloadFile;
    Channel m_channel;
    Shade m_shade;
    QPointer<PushReceiver> m_receiver;
};

} // namespace Aanwezig::AppLoop
