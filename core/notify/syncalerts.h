#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Aanwezig {

class Foreground;
class LocalStore;
class NotificationCenter;

// What the live channel or a sync brings that would have been a
// notification, shown while the app runs but the user is not looking at it
// (a desktop window that is not the active one). Web Push covers the closed
// app; this covers the open one on a desktop without a push distributor.
// It shows, for this user's roles and the kinds switched on:
// - a new warm message to them (parent or student): warm_message;
// - their report seen by the mentor (parent): report_seen;
// - a new "Alles goed?" notice (parent): unreported_absence, with its actions;
// - a new report of a parent (mentor): first_day.
// What was on the phone when it started (or when the user changed), and
// what the first sync after pairing brings, is never shown.
class SyncAlerts : public QObject
{
    Q_OBJECT
public:
    SyncAlerts(LocalStore *store, Foreground *looking, NotificationCenter *center,
               QObject *parent = nullptr);

private:
    void remember();
    void look();

    QPointer<LocalStore> m_store;
    QPointer<Foreground> m_looking;
    QPointer<NotificationCenter> m_center;
    QString m_userId;
    QSet<QString> m_messages;    // ids
    QSet<QString> m_notices;     // ids
    QSet<QString> m_reports;     // ids
    QSet<QString> m_seenReports; // ids of reports seen by the mentor
};

} // namespace Aanwezig
