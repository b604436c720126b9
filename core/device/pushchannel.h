#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Aanwezig {

// Where Web Push messages reach this phone. Implemented per
// platform in platform/ (see platform/README.md: a UnifiedPush connector on
// Android, APNs on iOS); the core decrypts and handles what arrives
// (core/notify/pushreceiver.h). The channel knows nothing of the keys: the
// messages it hands over are still encrypted (RFC 8291).
class PushChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Asks the platform for an endpoint; endpointChanged() tells it (also
    // when the platform later moves the subscription).
    virtual void subscribe() = 0;
    // Gives the endpoint up (logging out); endpointChanged("") follows.
    virtual void unsubscribe() = 0;
    // The current endpoint, empty while there is none.
    virtual QString endpoint() const = 0;

Q_SIGNALS:
    // A new endpoint (the server must be told), or empty when it was taken away.
    void endpointChanged(const QString &endpoint);
    // A message body as the push service delivered it (aes128gcm).
    void messageReceived(const QByteArray &body);
};

} // namespace Aanwezig
