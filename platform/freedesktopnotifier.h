#pragma once

#include "device/notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QSet>

namespace Aanwezig {

// Notifications on Linux desktops through the freedesktop notification
// service (org.freedesktop.Notifications on the session bus, as dunst,
// GNOME Shell and KDE Plasma offer it). A click on the notification is its
// "default" action; the others are the notification's own actions.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                 QObject *parent = nullptr);

    // Whether a notification service runs on the bus.
    bool available() const;
    void show(const SystemNotification &notification) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<QString, uint> m_idByKey; // what is shown now
    QHash<uint, QString> m_keyById;
    QSet<QString> m_inFlight;                     // keys whose Notify awaits its id
    QHash<QString, SystemNotification> m_waiting; // shown again meanwhile
};

} // namespace Aanwezig
