#include "freedesktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace Aanwezig {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString defaultAction = QStringLiteral("default");

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent), m_bus(bus)
{
    m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool FreedesktopNotifier::available() const
{
    return m_bus.isConnected() && m_bus.interface() &&
           m_bus.interface()->isServiceRegistered(service).value();
}

void FreedesktopNotifier::show(const SystemNotification &notification)
{
    // Until the service told the id of the one shown before, it cannot be
    // replaced: the newest waits for that answer.
    if (m_inFlight.contains(notification.key)) {
        m_waiting.insert(notification.key, notification);
        return;
    }
    m_inFlight.insert(notification.key);
    QStringList actions{defaultAction, tr("Openen")};
    for (const SystemNotification::Action &action : notification.actions)
        actions << action.id << action.title;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("aanwezig"));
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    // The body may hold markup for some services: the text is shown as text.
    call << QStringLiteral("Aanwezig") << m_idByKey.value(notification.key, 0u) << QString()
         << notification.title << notification.body.toHtmlEscaped() << actions << hints
         << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key = notification.key](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                m_inFlight.remove(key);
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qInfo().noquote() << "no desktop notification:" << reply.error().message();
                } else {
                    m_keyById.remove(m_idByKey.value(key));
                    m_idByKey.insert(key, reply.value());
                    m_keyById.insert(reply.value(), key);
                }
                if (m_waiting.contains(key))
                    show(m_waiting.take(key));
            });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto found = m_keyById.constFind(id);
    if (found == m_keyById.cend())
        return; // another application's notification
    Q_EMIT activated(*found, actionKey == defaultAction ? QString() : actionKey);
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    const QString key = m_keyById.take(id);
    if (!key.isEmpty())
        m_idByKey.remove(key);
}

} // namespace Aanwezig
