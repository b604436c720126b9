#pragma once

#include "device/notifier.h"
#include "device/pushchannel.h"

#include <QList>

// Stand-ins for the platform's push channel and notifier in the core's tests
// (no push distributor runs on this machine; the desktop notifier has its
// own test against a real notification daemon, tests/platform).
namespace Aanwezig::NotifyTest {

// Hands over what the test delivers, as a distributor would.
class TestPushChannel : public PushChannel
{
    Q_OBJECT
public:
    void subscribe() override
    {
        m_endpoint = QStringLiteral("https://push.example/sub/1");
        Q_EMIT endpointChanged(m_endpoint);
    }
    void unsubscribe() override
    {
        m_endpoint.clear();
        Q_EMIT endpointChanged(m_endpoint);
    }
    QString endpoint() const override { return m_endpoint; }
    void deliver(const QByteArray &body) { Q_EMIT messageReceived(body); }

private:
    QString m_endpoint;
};

// Keeps what it was asked to show; click() is the user's click.
class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    void show(const SystemNotification &notification) override { shown.append(notification); }
    void click(const QString &key, const QString &actionId = {})
    {
        Q_EMIT activated(key, actionId);
    }

    QList<SystemNotification> shown;
};

} // namespace Aanwezig::NotifyTest
