#pragma once

#include "domain/notificationpayload.h"
#include "notify/notificationoutbox.h"

#include <QList>
#include <QString>

namespace Aanwezig::Server {

// What the recipient's phone shows for one group of outbox notifications
// that fell due together (one, or several coalesced), in their language.
struct PayloadContext
{
    QString language = QStringLiteral("nl");
    bool hideNames = false;
    int withoutContact = 0; // morning summary: students no one contacted yet today
};
NotificationPayload buildPayload(const QList<OutboxNotification> &group,
                                 const PayloadContext &context);

// How long a push service keeps a message of this kind for an unreachable
// phone, and how urgent it is (RFC 8030 section 5.2 and 5.3).
int ttlSecondsOf(const QString &kind);
QByteArray urgencyOf(const QString &kind);

} // namespace Aanwezig::Server
