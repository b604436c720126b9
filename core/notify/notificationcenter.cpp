#include "notificationcenter.h"

#include "device/notifier.h"
#include "domain/absencenotice.h"
#include "domain/walltime.h"
#include "protocol/notificationkinds.h"
#include "protocol/reasoncodes.h"
#include "store/localstore.h"

namespace Aanwezig {

NotificationCenter::NotificationCenter(Notifier *notifier, LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    setNotifier(notifier);
    if (store)
        connect(store, &LocalStore::changed, this, [this](DataKind kind) {
            if (kind == DataKind::AbsenceNotices)
                retryWaitingAnswers();
        });
}

void NotificationCenter::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (notifier)
        connect(notifier, &Notifier::activated, this, &NotificationCenter::activate);
}

void NotificationCenter::present(const NotificationPayload &payload)
{
    const QString key = !payload.tag.isEmpty()
                            ? payload.tag
                            : QStringLiteral("%1-%2").arg(payload.kind).arg(++m_untagged);
    m_shown.insert(key, payload);
    if (!m_notifier)
        return;
    SystemNotification shown{key, payload.title, payload.body, payload.rightToLeft, {}};
    for (const NotificationPayload::Action &action : payload.actions)
        shown.actions.append({action.id, action.title});
    m_notifier->show(shown);
}

void NotificationCenter::activate(const QString &key, const QString &actionId)
{
    const auto found = m_shown.constFind(key);
    if (found == m_shown.cend())
        return;
    const NotificationPayload payload = *found;
    const NotificationPayload::Link &link = payload.link;
    if (actionId == QLatin1String(NotificationActions::reportSick)) {
        NotificationPayload::Link form{
            QLatin1String(NotificationPages::reportForm), {}, link.studentId, link.date};
        if (!form.date.isValid())
            form.date = currentWallTime().date();
        Q_EMIT openRequested(form);
    } else if (actionId == QLatin1String(NotificationActions::known)) {
        answerKnown(link.id.isEmpty() ? AbsenceNotice::idOf(link.studentId, link.date) : link.id);
    } else {
        Q_EMIT openRequested(link);
    }
}

void NotificationCenter::answerKnown(const QString &noticeId)
{
    if (!m_store)
        return;
    const RuleResult answered = m_store->answerAbsenceNotice(noticeId);
    if (answered.code() == QLatin1String(ReasonCodes::notFound))
        m_waitingAnswers.insert(noticeId);
    Q_EMIT syncRequested();
}

void NotificationCenter::retryWaitingAnswers()
{
    const QSet<QString> waiting = std::exchange(m_waitingAnswers, {});
    for (const QString &noticeId : waiting) {
        if (m_store->absenceNotice(noticeId))
            answerKnown(noticeId);
        else
            m_waitingAnswers.insert(noticeId);
    }
}

} // namespace Aanwezig
