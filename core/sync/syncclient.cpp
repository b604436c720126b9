#include "syncclient.h"

#include "device/tokenstore.h"
#include "protocolmessages.h"
#include "store/localstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "aanwezig.sync")

namespace Aanwezig {

namespace {
const QString pairPath = QStringLiteral("/v1/pair");
const QString pushPath = QStringLiteral("/v1/sync/push");
const QString pullPath = QStringLiteral("/v1/sync/pull");
const QString mePath = QStringLiteral("/v1/me");
} // namespace

SyncClient::SyncClient(LocalStore *store, TokenStore *tokens, SyncSettings settings,
                       QObject *parent)
    : QObject(parent), m_store(store), m_tokens(tokens), m_settings(settings),
      m_live({settings.backoff, settings.requestTimeout, settings.livePing}, this),
      m_backoff(settings.backoff)
{
    m_settings.pushBatch = std::clamp(m_settings.pushBatch, 1, SyncProtocol::maxMutationsPerPush);
    m_settings.pullLimit = std::clamp(m_settings.pullLimit, 1, SyncProtocol::maxPullLimit);
    m_api.setTimeout(m_settings.requestTimeout);
    m_api.setServer(QUrl(m_store->account().serverUrl));
    m_api.setToken(m_tokens->readToken());

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::beginRound);
    m_intervalTimer.setInterval(m_settings.interval);
    connect(&m_intervalTimer, &QTimer::timeout, this, [this] {
        if (!m_blocked)
            beginRound();
    });
    connect(m_store, &LocalStore::changed, this, &SyncClient::onStoreChanged);
    connect(&m_live, &LiveChannel::opened, this, [this] {
        m_status.setLive(true);
        beginRound(); // what changed while the socket was closed
    });
    connect(&m_live, &LiveChannel::dropped, this, [this] { m_status.setLive(false); });
    connect(&m_live, &LiveChannel::changed, this, [this] {
        if (!m_blocked)
            beginRound();
    });
    connect(&m_live, &LiveChannel::revoked, this, &SyncClient::onLiveRevoked);
    refreshWaiting();
}

SyncClient::~SyncClient()
{
    m_api.abortAll();
}

void SyncClient::start()
{
    m_started = true;
    m_intervalTimer.start();
    beginRound();
}

void SyncClient::syncNow()
{
    m_blocked = false;
    beginRound();
}

void SyncClient::setConnectivity(Connectivity::State state)
{
    const bool wasOffline = m_connectivity == Connectivity::State::Offline;
    m_connectivity = state;
    if (state == Connectivity::State::Offline) {
        closeLive();
        m_status.setConnection(SyncStatus::Connection::Offline);
        return;
    }
    if (wasOffline && !m_blocked) {
        m_backoff.reset();
        beginRound();
    }
}

void SyncClient::setInFront(bool inFront)
{
    if (inFront == m_inFront)
        return;
    m_inFront = inFront;
    if (!inFront) {
        closeLive();
        return;
    }
    // Back in front: catch up at once; the live channel opens after the round.
    if (m_started && !m_blocked)
        beginRound();
}

void SyncClient::watch(Connectivity *connectivity)
{
    connect(connectivity, &Connectivity::stateChanged, this, &SyncClient::setConnectivity);
    setConnectivity(connectivity->state());
}

void SyncClient::beginRound()
{
    if (m_phase == Phase::Pushing || m_phase == Phase::Pulling) {
        m_again = true;
        return;
    }
    if (m_phase == Phase::Pairing)
        return;
    if (!m_api.hasToken()) {
        SyncStatus::State state = m_status.state();
        state.lastError = SyncStatus::ErrorKind::NeedsPairing;
        state.lastErrorMessage = QStringLiteral("This device is not paired");
        m_status.setState(state);
        return;
    }
    if (m_connectivity == Connectivity::State::Offline) {
        m_status.setConnection(SyncStatus::Connection::Offline);
        return; // setConnectivity() starts the round when the network returns
    }
    m_retryTimer.stop();
    m_again = false;
    m_restartedSnapshot = false;
    setPhase(Phase::Pushing);
    pushNext();
}

void SyncClient::pushNext()
{
    const QList<OutboxEntry> entries = m_store->pendingEntries(m_settings.pushBatch);
    if (entries.isEmpty()) {
        setPhase(Phase::Pulling);
        pullNext();
        return;
    }
    QList<qint64> seqs;
    seqs.reserve(entries.size());
    for (const OutboxEntry &entry : entries)
        seqs.append(entry.seq);
    m_api.post(pushPath, SyncProtocol::pushRequest(m_store->clientId(), entries),
               [this, seqs](const ApiReply &reply) { handlePushReply(reply, seqs.first(), seqs); });
}

void SyncClient::handlePushReply(const ApiReply &reply, qint64 firstSeq, const QList<qint64> &seqs)
{
    if (reply.outcome != ApiReply::Outcome::Ok) {
        fail(reply);
        return;
    }
    QString error;
    const std::optional<SyncProtocol::PushOutcome> outcome =
        SyncProtocol::readPushReply(reply.body, seqs, &error);
    if (!outcome) {
        failWith(SyncStatus::ErrorKind::Server, error);
        return;
    }
    if (!recordPushOutcome(*outcome))
        return;
    const QList<OutboxEntry> next = m_store->pendingEntries(1);
    if (!next.isEmpty() && next.first().seq <= firstSeq) {
        failWith(
            SyncStatus::ErrorKind::Server,
            QStringLiteral("The push of seq %1 was answered but it still waits").arg(firstSeq));
        return;
    }
    pushNext();
}

bool SyncClient::recordPushOutcome(const SyncProtocol::PushOutcome &outcome)
{
    // In seq order, so that an entry's undo sees the later entries' state.
    QList<qint64> applied;
    auto acknowledge = [&] {
        const RuleCheck failed =
            applied.isEmpty() ? std::nullopt : m_store->markAcknowledged(applied);
        applied.clear();
        return failed;
    };
    QList<SyncProtocol::Rejection> rejected = outcome.rejected;
    std::sort(rejected.begin(), rejected.end(),
              [](const auto &a, const auto &b) { return a.seq < b.seq; });
    QList<qint64> appliedSeqs = outcome.applied;
    std::sort(appliedSeqs.begin(), appliedSeqs.end());
    qsizetype nextRejection = 0;
    for (qint64 seq : std::as_const(appliedSeqs)) {
        while (nextRejection < rejected.size() && rejected.at(nextRejection).seq < seq) {
            RuleCheck failed = acknowledge();
            const SyncProtocol::Rejection &rejection = rejected.at(nextRejection++);
            if (!failed)
                failed = m_store->markRejected(rejection.seq, rejection.reason);
            if (failed) {
                failWith(SyncStatus::ErrorKind::Server, failed->message);
                return false;
            }
        }
        applied.append(seq);
    }
    RuleCheck failed = acknowledge();
    while (!failed && nextRejection < rejected.size()) {
        const SyncProtocol::Rejection &rejection = rejected.at(nextRejection++);
        qCInfo(lcSync) << "the server refused change" << rejection.seq << ":" << rejection.reason
                       << rejection.message;
        failed = m_store->markRejected(rejection.seq, rejection.reason);
    }
    if (failed) {
        failWith(SyncStatus::ErrorKind::Server, failed->message);
        return false;
    }
    refreshWaiting();
    return true;
}

void SyncClient::pullNext()
{
    QUrlQuery query;
    const QString cursor = m_store->pullCursor();
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pullLimit));
    m_api.get(pullPath, query, [this](const ApiReply &reply) { handlePullReply(reply); });
}

void SyncClient::handlePullReply(const ApiReply &reply)
{
    if (reply.outcome == ApiReply::Outcome::Failed &&
        reply.errorCode == QLatin1String("bad_cursor") && !m_restartedSnapshot) {
        // The server does not know our cursor (e.g. its database was replaced):
        // start over with a snapshot, once per round.
        m_restartedSnapshot = true;
        if (const RuleCheck failed = m_store->applyPage({}, QString())) {
            failWith(SyncStatus::ErrorKind::Server, failed->message);
            return;
        }
        pullNext();
        return;
    }
    if (reply.outcome != ApiReply::Outcome::Ok) {
        fail(reply);
        return;
    }
    QString error;
    const std::optional<SyncProtocol::PullPage> page =
        SyncProtocol::readPullPage(reply.body, &error);
    if (!page) {
        failWith(SyncStatus::ErrorKind::Server, error);
        return;
    }
    if (const RuleCheck failed = m_store->applyPage(page->changes, page->nextCursor)) {
        failWith(SyncStatus::ErrorKind::Server, failed->message);
        return;
    }
    if (page->hasMore)
        pullNext();
    else if (!m_relationsChecked)
        checkRelations();
    else
        finishRound();
}

void SyncClient::checkRelations()
{
    m_api.get(mePath, {}, [this](const ApiReply &reply) { handleMeReply(reply); });
}

void SyncClient::handleMeReply(const ApiReply &reply)
{
    if (reply.outcome != ApiReply::Outcome::Ok) {
        fail(reply);
        return;
    }
    QString error;
    const std::optional<SyncProtocol::Me> me = SyncProtocol::readMe(reply.body, &error);
    const Account account = m_store->account();
    if (!me || me->userId != account.userId) {
        failWith(SyncStatus::ErrorKind::Server,
                 me ? QStringLiteral("/v1/me names another user") : error);
        return;
    }
    QStringList gone;
    for (const Person &person : m_store->people()) {
        if (!me->relatesTo(person))
            gone.append(person.id);
    }
    RuleCheck failed = m_store->forgetStudents(gone);
    if (!failed && (account.roles != me->roles || account.language != me->language))
        failed = m_store->setAccount({account.serverUrl, account.userId, me->roles, me->language});
    if (failed) {
        failWith(SyncStatus::ErrorKind::Server, failed->message);
        return;
    }
    m_relationsChecked = true;
    finishRound();
}

void SyncClient::finishRound()
{
    setPhase(Phase::Idle);
    m_backoff.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->setLastSyncAt(now);
    m_status.recordSuccess(now);
    refreshWaiting();
    // The server answered: the live channel may open (a no-op while it is open).
    if (liveWanted())
        m_live.open(m_api.server(), m_api.token());
    Q_EMIT roundFinished(true);
    if (std::exchange(m_again, false))
        beginRound();
}

void SyncClient::fail(const ApiReply &reply)
{
    switch (reply.outcome) {
    case ApiReply::Outcome::Unauthorized:
        failWith(SyncStatus::ErrorKind::NeedsPairing, reply.message);
        return;
    case ApiReply::Outcome::UpgradeRequired:
        failWith(SyncStatus::ErrorKind::NeedsUpdate, reply.message);
        return;
    case ApiReply::Outcome::NetworkError:
        failWith(SyncStatus::ErrorKind::Network, reply.message);
        return;
    case ApiReply::Outcome::Ok:
    case ApiReply::Outcome::Failed:
        failWith(SyncStatus::ErrorKind::Server, reply.message);
        return;
    }
}

void SyncClient::failWith(SyncStatus::ErrorKind kind, const QString &message)
{
    qCInfo(lcSync) << "sync failed:" << kind << message;
    setPhase(Phase::Idle);
    m_again = false;
    m_status.recordError(kind, message);
    refreshWaiting();
    m_blocked =
        kind == SyncStatus::ErrorKind::NeedsPairing || kind == SyncStatus::ErrorKind::NeedsUpdate;
    if (m_blocked)
        closeLive();
    else
        m_retryTimer.start(m_backoff.nextDelay());
    Q_EMIT roundFinished(false);
}

void SyncClient::pair(const QUrl &server, const QString &code, const QString &deviceName)
{
    m_api.abortAll();
    m_retryTimer.stop();
    closeLive();
    setPhase(Phase::Pairing);
    m_api.setServer(server);
    m_api.setToken({});
    m_api.post(pairPath, SyncProtocol::pairRequest(code, deviceName),
               [this, server](const ApiReply &reply) { handlePairReply(reply, server); });
}

void SyncClient::handlePairReply(const ApiReply &reply, const QUrl &server)
{
    setPhase(Phase::Idle);
    auto failed = [this](const QString &code, const QString &message) {
        m_api.setServer(QUrl(m_store->account().serverUrl));
        m_api.setToken(m_tokens->readToken());
        Q_EMIT pairingFinished(false, code, message);
    };
    if (reply.outcome != ApiReply::Outcome::Ok) {
        const QString code = reply.outcome == ApiReply::Outcome::NetworkError
                                 ? QStringLiteral("network")
                                 : reply.errorCode;
        failed(code, reply.message);
        return;
    }
    QString error;
    const std::optional<SyncProtocol::Pairing> pairing =
        SyncProtocol::readPairing(reply.body, &error);
    if (!pairing) {
        failed(QStringLiteral("bad_reply"), error);
        return;
    }
    const Account previous = m_store->account();
    const bool anotherUser = !previous.userId.isEmpty() && previous.userId != pairing->me.userId;
    RuleCheck stored = anotherUser ? m_store->wipe() : std::nullopt;
    if (!stored)
        stored = m_store->setAccount(
            {server.toString(), pairing->me.userId, pairing->me.roles, pairing->me.language});
    if (stored || !m_tokens->writeToken(pairing->token)) {
        failed(QStringLiteral("storage_error"),
               stored ? stored->message : QStringLiteral("The device token cannot be saved"));
        return;
    }
    m_api.setToken(pairing->token);
    m_blocked = false;
    m_backoff.reset();
    Q_EMIT pairingFinished(true, {}, {});
    beginRound();
}

bool SyncClient::logout()
{
    closeLive();
    m_api.abortAll();
    m_retryTimer.stop();
    setPhase(Phase::Idle);
    if (const RuleCheck failed = m_store->wipe()) {
        m_status.recordError(SyncStatus::ErrorKind::Server, failed->message);
        return false;
    }
    m_tokens->removeToken();
    m_api.setToken({});
    m_blocked = true;
    SyncStatus::State state;
    state.lastError = SyncStatus::ErrorKind::NeedsPairing;
    m_status.setState(state);
    return true;
}

void SyncClient::onStoreChanged(DataKind kind)
{
    if (kind != DataKind::Outbox)
        return;
    refreshWaiting();
    // While pushing, the push loop picks new entries up by itself.
    if (m_phase == Phase::Pushing || m_status.waitingCount() == 0 || m_blocked)
        return;
    beginRound();
}

void SyncClient::refreshWaiting()
{
    m_status.setWaiting(m_store->pendingCount(), m_store->oldestPendingAt(),
                        static_cast<int>(m_store->entries(OutboxState::Rejected).size()));
}

bool SyncClient::liveWanted() const
{
    return m_started && m_inFront && m_api.hasToken() && !m_blocked &&
           m_connectivity != Connectivity::State::Offline;
}

void SyncClient::closeLive()
{
    m_live.close();
    m_status.setLive(false);
}

void SyncClient::onLiveRevoked()
{
    // As a 401: the queue is kept, automatic tries stop until pairing again.
    m_api.abortAll();
    m_retryTimer.stop();
    failWith(SyncStatus::ErrorKind::NeedsPairing,
             QStringLiteral("The server closed the live channel: the device was revoked"));
}

void SyncClient::setPhase(Phase phase)
{
    m_phase = phase;
    m_status.setBusy(phase != Phase::Idle);
}

} // namespace Aanwezig
