#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Aanwezig {

// A notification as the system shows it: already in the user's words.
struct SystemNotification
{
    struct Action
    {
        QString id; // "report_sick", "known", ...
        QString title;
    };

    QString key; // who handles a click (core/notify): one notification per key
    QString title;
    QString body;
    bool rightToLeft = false;
    QList<Action> actions;
};

// Shows notifications on the system and tells when one was clicked.
// Implemented per platform in platform/ (the freedesktop notification
// service on Linux desktops; Android and iOS: platform/README.md).
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows it, replacing one shown before with the same key.
    virtual void show(const SystemNotification &notification) = 0;

Q_SIGNALS:
    // The user clicked the notification (actionId empty) or one of its actions.
    void activated(const QString &key, const QString &actionId);
};

} // namespace Aanwezig
