#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Aanwezig {

// The cleartext of a Web Push message (server/PROTOCOL.md, "Notification
// payload"), compact JSON of at most maxNotificationPayloadBytes:
//   {"v":1, "kind":"<NotificationKinds>", "title":"...", "body":"...",
//    "lang":"nl", "dir":"ltr"|"rtl",
//    "link":{"page":"<NotificationPages>", "id":"...", "student_id":"...",
//            "date":"YYYY-MM-DD"},              (only the fields that apply)
//    "actions":[{"id":"report_sick","title":"Ziek melden"}, ...],  (may be absent)
//    "tag":"<coalescing key>"}
// Only a title and a text in the recipient's language and where to go:
// never a note, a reason code or anything medical.
inline constexpr int notificationPayloadVersion = 1;
inline constexpr int maxNotificationPayloadBytes = 3993; // one Web Push record

struct NotificationPayload
{
    struct Link
    {
        QString page;
        QString id;
        QString studentId;
        QDate date;
        friend bool operator==(const Link &, const Link &) = default;
    };
    struct Action
    {
        QString id;
        QString title;
        friend bool operator==(const Action &, const Action &) = default;
    };

    QString kind;
    QString title;
    QString body;
    QString language = QStringLiteral("nl");
    bool rightToLeft = false; // "dir": "rtl" (Arabic)
    Link link;
    QList<Action> actions;
    QString tag; // a newer notification with the same tag replaces the older

    // Compact JSON; longer than maxNotificationPayloadBytes only if the
    // texts are: the sender shortens the body first (fitted()).
    QByteArray toJson() const;
    // This payload with the body shortened (at a character, with "…") so
    // that toJson() fits maxNotificationPayloadBytes.
    NotificationPayload fitted() const;
    static std::optional<NotificationPayload> fromJson(const QByteArray &json,
                                                       QString *error = nullptr);
    friend bool operator==(const NotificationPayload &, const NotificationPayload &) = default;
};

} // namespace Aanwezig
