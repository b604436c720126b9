#pragma once

#include "domain/notificationpayload.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Aanwezig {

class LocalStore;
class Notifier;

// Shows notifications (from Web Push or from what a sync brought) through
// the platform's Notifier and does what a click asks:
// - the notification itself: open its linked page (openRequested);
// - "Ziek melden" (report_sick): open the report form for its student and day;
// - "Ik weet ervan" (known): answer the "Alles goed?" notice in the local
//   store (answer_absence_notice) and sync. Should the notice not be on the
//   phone yet (the push came before the sync), the answer is given as soon as
//   a sync brings it.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    NotificationCenter(Notifier *notifier, LocalStore *store, QObject *parent = nullptr);

    // The platform's notifier (none: nothing is shown, clicks still work
    // through activate()).
    void setNotifier(Notifier *notifier);
    // Shows it; one with the same tag replaces the one shown before.
    void present(const NotificationPayload &payload);
    // What a click on notification `key` does (actionId empty: the notification itself).
    void activate(const QString &key, const QString &actionId);
    // Answers known to notices not yet on the phone.
    int waitingAnswers() const { return int(m_waitingAnswers.size()); }

Q_SIGNALS:
    // The app opens this page (the form when link.page is "report_form").
    void openRequested(const Aanwezig::NotificationPayload::Link &link);
    void syncRequested();

private:
    void answerKnown(const QString &noticeId);
    void retryWaitingAnswers();

    QPointer<Notifier> m_notifier;
    QPointer<LocalStore> m_store;
    QHash<QString, NotificationPayload> m_shown; // by key
    QSet<QString> m_waitingAnswers;              // notice ids
    int m_untagged = 0;
};

} // namespace Aanwezig
