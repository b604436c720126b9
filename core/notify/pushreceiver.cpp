#include "pushreceiver.h"

#include "device/pushchannel.h"
#include "domain/notificationpayload.h"
#include "notificationcenter.h"
#include "push/webpushcipher.h"

#include <QDebug>

namespace Aanwezig {

PushReceiver::PushReceiver(PushChannel *channel, TokenStore *keyStore, NotificationCenter *center,
                           QObject *parent)
    : QObject(parent), m_channel(channel), m_keyStore(keyStore), m_center(center)
{
    connect(channel, &PushChannel::messageReceived, this, &PushReceiver::receive);
    connect(channel, &PushChannel::endpointChanged, this, [this](const QString &endpoint) {
        if (m_keys)
            Q_EMIT subscriptionChanged(endpoint, m_keys->p256dh(), m_keys->auth());
    });
}

bool PushReceiver::subscribe()
{
    if (!m_keys && m_keyStore)
        m_keys = loadOrCreatePushKeys(*m_keyStore);
    if (!m_keys || !m_channel)
        return false;
    m_channel->subscribe();
    return true;
}

void PushReceiver::unsubscribe()
{
    if (m_channel)
        m_channel->unsubscribe();
}

bool PushReceiver::receive(const QByteArray &body)
{
    if (!m_keys)
        return false;
    const auto cleartext = Push::decryptWebPush(body, m_keys->key, m_keys->authSecret);
    if (!cleartext) {
        qInfo() << "a push message that does not decrypt with this phone's keys was dropped";
        return false;
    }
    QString error;
    const auto payload = NotificationPayload::fromJson(*cleartext, &error);
    if (!payload) {
        qInfo().noquote() << "a push message that is no notification was dropped:" << error;
        return false;
    }
    if (m_center)
        m_center->present(*payload);
    Q_EMIT syncRequested();
    return true;
}

} // namespace Aanwezig
