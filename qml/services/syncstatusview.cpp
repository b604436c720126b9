#include "syncstatusview.h"

#include "device/connectivity.h"
#include "store/localstore.h"
#include "sync/syncstatus.h"
#include "wording.h"

namespace Aanwezig {

SyncStatusView::SyncStatusView(LocalStore *store, Connectivity *connectivity, QObject *parent)
    : QObject(parent), m_store(store), m_connectivity(connectivity)
{
    connect(m_store, &LocalStore::changed, this, [this](DataKind kind) {
        if (kind == DataKind::Outbox || kind == DataKind::Account)
            Q_EMIT changed();
    });
    if (m_connectivity)
        connect(m_connectivity, &Connectivity::stateChanged, this, &SyncStatusView::changed);
}

void SyncStatusView::setSource(SyncStatus *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &SyncStatus::changed, this, &SyncStatusView::changed);
    Q_EMIT changed();
}

bool SyncStatusView::online() const
{
    if (m_source && m_source->connection() != SyncStatus::Connection::Unknown)
        return m_source->isOnline();
    return !m_connectivity || m_connectivity->mayTry();
}

bool SyncStatusView::syncing() const
{
    return m_source && m_source->isBusy();
}

bool SyncStatusView::live() const
{
    return m_source && m_source->isLive();
}

SyncStatusView::Problem SyncStatusView::problem() const
{
    if (!m_source)
        return Problem::None;
    switch (m_source->lastError()) {
    case SyncStatus::ErrorKind::NeedsPairing:
        return Problem::PairAgain;
    case SyncStatus::ErrorKind::NeedsUpdate:
        return Problem::UpdateNeeded;
    default:
        return Problem::None;
    }
}

int SyncStatusView::waitingCount() const
{
    return m_store->pendingCount();
}

int SyncStatusView::rejectedCount() const
{
    return int(m_store->entries(OutboxState::Rejected).size());
}

QDateTime SyncStatusView::oldestWaitingAt() const
{
    return m_store->oldestPendingAt();
}

QDateTime SyncStatusView::lastSyncAt() const
{
    return m_source ? m_source->lastSyncAt() : m_store->lastSyncAt();
}

QString SyncStatusView::statusText() const
{
    const int waiting = waitingCount();
    switch (problem()) {
    case Problem::PairAgain:
        return tr("Koppel de app opnieuw met school. Je wijzigingen blijven bewaard.");
    case Problem::UpdateNeeded:
        return tr("Er is een nieuwe versie van de app nodig. Je wijzigingen blijven bewaard.");
    case Problem::None:
        break;
    }
    if (!online() && waiting > 0)
        return tr("Geen verbinding. %n wijziging(en) staan veilig op je telefoon en gaan "
                  "vanzelf mee.",
                  "", waiting);
    if (!online())
        return tr("Geen verbinding. Je kunt gewoon verder; alles wordt later verstuurd.");
    if (waiting > 0)
        return tr("%n wijziging(en) wachten op verzending.", "", waiting);
    return {};
}

QString SyncStatusView::rejectedText() const
{
    const QList<OutboxEntry> rejected = m_store->entries(OutboxState::Rejected);
    if (rejected.isEmpty())
        return {};
    // The reason is a code (server or store); people read its words.
    return tr("School kon een wijziging niet verwerken en die is teruggedraaid. %1")
        .arg(Wording::ruleError({rejected.constFirst().reason, {}}));
}

void SyncStatusView::dismissRejected()
{
    const QList<OutboxEntry> rejected = m_store->entries(OutboxState::Rejected);
    if (rejected.isEmpty())
        return;
    if (const RuleResult dismissed = m_store->dismissRejected(rejected.constFirst().seq);
        !dismissed)
        qWarning().noquote() << "cannot dismiss a refused change:" << dismissed.error().message;
}

void SyncStatusView::syncNow()
{
    Q_EMIT syncRequested();
}

} // namespace Aanwezig
