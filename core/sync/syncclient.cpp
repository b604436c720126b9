#include "syncclient.h"

#include "device/tokenstore.h"
#include "protocolmessages.h"
#include "pullpagecursor.h"
#include "pullpagetext.h"
#include "store/entitytables.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "aanwezig.sync")

namespace Aanwezig {

namespace {
const QString pairPath = QStringLiteral("/v1/pair");
const QString pushPath = QStringLiteral("/v1/sync/push");
const QString pullPath = QStringLiteral("/v1/sync/pull");
const QString mePath = QStringLiteral("/v1/me");
// New client ids one round may start before it gives up (each is a collision).
constexpr int maxNewClientsPerRound = 3;

QString tokenDigest(const QString &token)
{
    // Not the server's hash of the token: the store never holds what the
    // server looks tokens up by.
    return QString::fromLatin1(QCryptographicHash::hash("aanwezig-phone-token:" + token.toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

SyncClient::SyncClient(LocalStore *store, TokenStore *tokens, SyncSettings settings,
                       QObject *parent)
    : QObject(parent), m_store(store), m_tokens(tokens), m_settings(settings),
      m_live({settings.backoff, settings.requestTimeout, settings.livePing}, this),
      m_backoff(settings.backoff), m_pushRegistration(settings.backoff, settings.requestTimeout)
{
    m_settings.pushBatch = std::clamp(m_settings.pushBatch, 1, SyncProtocol::maxMutationsPerPush);
    m_settings.pullLimit = std::clamp(m_settings.pullLimit, 1, SyncProtocol::maxPullLimit);
    m_api.setTimeout(m_settings.requestTimeout);
    m_store->setPulledPagesHold(m_settings.pulledPagesHold);
    m_api.setServer(QUrl(m_store->account().serverUrl));
    const QString token = m_tokens->readToken();
    m_api.setToken(token);
    m_pushRegistration.setAccount(m_api.server(), token);
    // A store paired before it recorded its token's user adopts the token once.
    const StoreRead<TokenBinding> binding = m_store->readTokenBinding();
    const StoreRead<Account> account = m_store->readAccount();
    if (binding && account && binding->userId.isEmpty() && !account->userId.isEmpty() &&
        !token.isEmpty())
        if (const RuleResult bound = m_store->bindToken({account->userId, tokenDigest(token)});
            !bound)
            qCWarning(lcSync) << "cannot bind the token to the store:" << bound.error().message;

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

template <typename Handler> auto SyncClient::current(Handler handler)
{
    return [this, generation = m_generation, handler = std::move(handler)](const ApiReply &reply) {
        if (generation == m_generation)
            handler(reply);
    };
}

void SyncClient::stopActivity()
{
    ++m_generation;
    m_api.abortAll();
    m_retryTimer.stop();
    m_intervalTimer.stop();
    m_unconfirmed.reset();
    m_again = false;
    m_serverWait = QDeadlineTimer();
    closeLive();
    setPhase(Phase::Idle);
}

void SyncClient::start()
{
    m_started = true;
    if (m_loggedOut)
        return;
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
    m_pushRegistration.setOnline(state != Connectivity::State::Offline);
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

bool SyncClient::tokenMatchesStore()
{
    const StoreRead<TokenBinding> binding = m_store->readTokenBinding();
    const StoreRead<Account> account = m_store->readAccount();
    if (!binding || !account) {
        failWith(SyncStatus::ErrorKind::Server, binding ? account.error() : binding.error());
        return false;
    }
    if (binding->userId != account->userId ||
        binding->tokenDigest != tokenDigest(m_tokens->readToken())) {
        failWith(SyncStatus::ErrorKind::NeedsPairing,
                 QStringLiteral("The device token does not belong to this store's user"));
        return false;
    }
    return true;
}

bool SyncClient::checkInstall()
{
    if (m_settings.installId.isEmpty())
        return true;
    bool moved = false;
    if (const RuleResult done = m_store->adoptInstall(m_settings.installId, &moved); !done) {
        failWith(SyncStatus::ErrorKind::Server, done.error().message);
        return false;
    }
    if (moved)
        qCInfo(lcSync) << "the store comes from another install: a new client id";
    return true;
}

void SyncClient::beginRound()
{
    if (m_loggedOut)
        return;
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
    // The server said when to come back: the retry timer starts the round then.
    if (!m_serverWait.hasExpired()) {
        if (!m_retryTimer.isActive())
            m_retryTimer.start(std::chrono::milliseconds(m_serverWait.remainingTime()));
        return;
    }
    m_retryTimer.stop();
    m_again = false;
    m_restartedSnapshot = false;
    m_newClientsThisRound = 0;
    // Nothing goes out with a token the store's data does not go with.
    if (!tokenMatchesStore() || !checkInstall())
        return;
    setPhase(Phase::Pushing);
    pushNext();
}

void SyncClient::pushNext()
{
    const StoreRead<QList<OutboxEntry>> entries = m_store->readWaitingEntries(m_settings.pushBatch);
    if (!entries) {
        failWith(SyncStatus::ErrorKind::Server, entries.error());
        return;
    }
    if (entries->isEmpty()) {
        setPhase(Phase::Pulling);
        pullNext();
        return;
    }
    const StoreRead<QUuid> clientId = m_store->readClientId();
    if (!clientId) {
        failWith(SyncStatus::ErrorKind::Server, clientId.error());
        return;
    }
    QList<qint64> seqs;
    QSet<qint64> firstTime; // never sent by this store before this push
    seqs.reserve(entries->size());
    for (const OutboxEntry &entry : *entries) {
        seqs.append(entry.seq);
        if (!entry.firstSentAt.isValid())
            firstTime.insert(entry.seq);
    }
    if (const RuleResult done = m_store->markFirstSent(firstTime.values()); !done) {
        failWith(SyncStatus::ErrorKind::Server, done.error().message);
        return;
    }
    m_api.post(pushPath, SyncProtocol::pushRequest(*clientId, *entries),
               current([this, seqs, firstTime](const ApiReply &reply) {
                   handlePushReply(reply, seqs, firstTime);
               }));
}

void SyncClient::handlePushReply(const ApiReply &reply, const QList<qint64> &seqs,
                                 const QSet<qint64> &firstTime)
{
    if (reply.outcome == ApiReply::Outcome::Failed && reply.errorCode == QLatin1String("seq_gap")) {
        startRecovery(reply.message);
        return;
    }
    if (reply.outcome != ApiReply::Outcome::Ok) {
        fail(reply);
        return;
    }
    QString error;
    std::optional<SyncProtocol::PushOutcome> outcome =
        SyncProtocol::readPushReply(reply.body, seqs, &error);
    if (!outcome) {
        failWith(SyncStatus::ErrorKind::Server, error);
        return;
    }
    // One the server knows with another payload, or a repeat of a seq this
    // store never sent that the server cannot vouch for: another copy of
    // this store used the client id.
    QSet<qint64> collided(outcome->conflicts.cbegin(), outcome->conflicts.cend());
    for (const qint64 seq : std::as_const(outcome->uncheckedRepeats)) {
        if (firstTime.contains(seq))
            collided.insert(seq);
    }
    outcome->applied.removeIf([&](qint64 seq) { return collided.contains(seq); });
    outcome->rejected.removeIf(
        [&](const SyncProtocol::Rejection &rejection) { return collided.contains(rejection.seq); });
    if (!recordPushOutcome(*outcome))
        return;
    if (!collided.isEmpty()) {
        qCInfo(lcSync) << "seqs" << collided.values()
                       << "were used by another copy of this store: a new client id";
        if (++m_newClientsThisRound > maxNewClientsPerRound) {
            failWith(SyncStatus::ErrorKind::Server,
                     QStringLiteral("The server keeps answering changes this phone never sent"));
            return;
        }
        if (const RuleResult done = m_store->startNewClient(); !done) {
            failWith(SyncStatus::ErrorKind::Server, done.error().message);
            return;
        }
        pushNext();
        return;
    }
    const StoreRead<QList<OutboxEntry>> next = m_store->readWaitingEntries(1);
    if (!next) {
        failWith(SyncStatus::ErrorKind::Server, next.error());
        return;
    }
    if (!next->isEmpty() && next->first().seq <= seqs.first()) {
        failWith(
            SyncStatus::ErrorKind::Server,
            QStringLiteral("The push of seq %1 was answered but it still waits").arg(seqs.first()));
        return;
    }
    pushNext();
}

bool SyncClient::recordPushOutcome(const SyncProtocol::PushOutcome &outcome)
{
    // In seq order, so that an entry's undo sees the later entries' state.
    QList<qint64> applied;
    auto acknowledge = [&] {
        const RuleResult marked =
            applied.isEmpty() ? RuleResult() : m_store->markAcknowledged(applied);
        applied.clear();
        return marked;
    };
    QList<SyncProtocol::Rejection> rejected = outcome.rejected;
    std::sort(rejected.begin(), rejected.end(),
              [](const auto &a, const auto &b) { return a.seq < b.seq; });
    QList<qint64> appliedSeqs = outcome.applied;
    std::sort(appliedSeqs.begin(), appliedSeqs.end());
    qsizetype nextRejection = 0;
    for (qint64 seq : std::as_const(appliedSeqs)) {
        while (nextRejection < rejected.size() && rejected.at(nextRejection).seq < seq) {
            RuleResult recorded = acknowledge();
            const SyncProtocol::Rejection &rejection = rejected.at(nextRejection++);
            if (recorded)
                recorded = m_store->markRejected(rejection.seq, rejection.reason);
            if (!recorded) {
                failWith(SyncStatus::ErrorKind::Server, recorded.error().message);
                return false;
            }
        }
        applied.append(seq);
    }
    RuleResult recorded = acknowledge();
    while (recorded && nextRejection < rejected.size()) {
        const SyncProtocol::Rejection &rejection = rejected.at(nextRejection++);
        qCInfo(lcSync) << "the server refused change" << rejection.seq << ":" << rejection.reason
                       << rejection.message;
        recorded = m_store->markRejected(rejection.seq, rejection.reason);
    }
    if (!recorded) {
        failWith(SyncStatus::ErrorKind::Server, recorded.error().message);
        return false;
    }
    if (!refreshWaiting()) {
        failWith(SyncStatus::ErrorKind::Server, QStringLiteral("The outbox cannot be read"));
        return false;
    }
    return true;
}

void SyncClient::pullNext()
{
    const StoreRead<QString> cursor = m_store->readPullCursor();
    if (!cursor) {
        failWith(SyncStatus::ErrorKind::Server, cursor.error());
        return;
    }
    requestPage(*cursor);
}

void SyncClient::requestPage(const QString &cursor)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pullLimit));
    m_api.getText(pullPath, query,
                  current([this](const ApiReply &reply) { handlePullReply(reply); }));
}

void SyncClient::handlePullReply(const ApiReply &reply)
{
    if (reply.outcome == ApiReply::Outcome::Failed &&
        reply.errorCode == QLatin1String("bad_cursor")) {
        startRecovery(reply.message);
        return;
    }
    // The pages applied before a failure are kept (committed) before it is told.
    const auto commitHeldPages = [this] {
        const RuleResult committed = m_store->commitPulledPages();
        if (!committed)
            failWith(SyncStatus::ErrorKind::Server, committed.error().message);
        return bool(committed);
    };
    if (reply.outcome != ApiReply::Outcome::Ok) {
        if (commitHeldPages())
            fail(reply);
        return;
    }
    // The server prepares the next page while this one is read and applied
    // (the network runs in Qt's own thread): one page in flight, asked for
    // with the cursor read off this page's end alone, which the full read
    // checks.
    const std::optional<SyncProtocol::PullPageEnd> end = SyncProtocol::readPullPageEnd(reply.text);
    if (end && end->hasMore)
        requestPage(end->nextCursor);
    QString error;
    const std::optional<SyncProtocol::PullPage> page =
        SyncProtocol::readPullPageText(reply.text, Store::filingKeys(), &error);
    if (!page) {
        m_api.abortAll(); // nothing is asked for after a page that cannot be read
        if (commitHeldPages())
            failWith(SyncStatus::ErrorKind::Server, error);
        return;
    }
    if (!end || end->hasMore != page->hasMore ||
        (page->hasMore && end->nextCursor != page->nextCursor)) {
        m_api.abortAll(); // asked for on a wrong guess
        if (page->hasMore)
            requestPage(page->nextCursor);
    }
    // While pages follow, they share their commits (LocalStore::applyPage).
    const auto commit =
        page->hasMore ? LocalStore::PulledPageCommit::MayWait : LocalStore::PulledPageCommit::Now;
    if (const RuleResult done = m_store->applyPage(page->changes, page->nextCursor, commit);
        !done) {
        m_api.abortAll(); // the next page must never be applied after this one done
        failWith(done.code() == QLatin1String("unknown_kind") ? SyncStatus::ErrorKind::NeedsUpdate
                                                              : SyncStatus::ErrorKind::Server,
                 done.error().message);
        return;
    }
    if (page->hasMore)
        return; // handlePullReply() goes on with the page in flight
    pullDone();
}

void SyncClient::startRecovery(const QString &why)
{
    // Never a loop: a second refusal in one round fails visibly (backoff).
    if (m_restartedSnapshot) {
        failWith(SyncStatus::ErrorKind::Server, why);
        return;
    }
    m_restartedSnapshot = true;
    qCInfo(lcSync) << "the server lost what this phone knew (" << why
                   << "): a new client id and a full snapshot";
    if (const RuleResult done = m_store->beginResync(); !done) {
        failWith(SyncStatus::ErrorKind::Server, done.error().message);
        return;
    }
    // The snapshot first: what the server lost is sent again before what waits.
    setPhase(Phase::Pulling);
    pullNext();
}

void SyncClient::pullDone()
{
    const StoreRead<bool> resyncing = m_store->readResyncing();
    if (!resyncing) {
        failWith(SyncStatus::ErrorKind::Server, resyncing.error());
        return;
    }
    if (*resyncing) {
        int resent = 0;
        if (const RuleResult done = m_store->finishResync(&resent); !done) {
            failWith(SyncStatus::ErrorKind::Server, done.error().message);
            return;
        }
        qCInfo(lcSync) << "snapshot taken as the complete truth;" << resent
                       << "changes the server lost are sent again";
        refreshWaiting();
        if (m_status.waitingCount() > 0) {
            setPhase(Phase::Pushing);
            pushNext();
            return;
        }
    }
    if (!m_relationsChecked)
        checkRelations();
    else
        finishRound();
}

void SyncClient::checkRelations()
{
    m_api.get(mePath, {}, current([this](const ApiReply &reply) { handleMeReply(reply); }));
}

void SyncClient::handleMeReply(const ApiReply &reply)
{
    if (reply.outcome != ApiReply::Outcome::Ok) {
        fail(reply);
        return;
    }
    QString error;
    const std::optional<SyncProtocol::Me> me = SyncProtocol::readMe(reply.body, &error);
    const StoreRead<Account> account = m_store->readAccount();
    const StoreRead<QList<Person>> people = m_store->readPeople();
    if (!account || !people) {
        failWith(SyncStatus::ErrorKind::Server, account ? people.error() : account.error());
        return;
    }
    if (!me || me->userId != account->userId) {
        failWith(SyncStatus::ErrorKind::Server,
                 me ? QStringLiteral("/v1/me names another user") : error);
        return;
    }
    QStringList gone;
    for (const Person &person : *people) {
        if (!me->relatesTo(person))
            gone.append(person.id);
    }
    RuleResult updated = m_store->forgetStudents(gone);
    if (updated && (account->roles != me->roles || account->language != me->language ||
                    account->region != me->region))
        updated = m_store->setAccount(
            {account->serverUrl, account->userId, me->roles, me->language, me->region});
    if (!updated) {
        failWith(SyncStatus::ErrorKind::Server, updated.error().message);
        return;
    }
    m_relationsChecked = true;
    finishRound();
}

void SyncClient::finishRound()
{
    if (!refreshWaiting()) {
        failWith(SyncStatus::ErrorKind::Server, QStringLiteral("The outbox cannot be read"));
        return;
    }
    setPhase(Phase::Idle);
    m_backoff.reset();
    m_pushRegistration.retryNow(); // the server is reachable again
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const RuleResult noted = m_store->setLastSyncAt(now); !noted)
        qCWarning(lcSync) << "cannot note the time of this sync:" << noted.error().message;
    m_status.recordSuccess(now);
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
        m_serverRetryAfter = reply.retryAfter;
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
    else if (!m_loggedOut) {
        // The backoff, or longer when the server said when to come back.
        const std::chrono::seconds serverWait = std::exchange(m_serverRetryAfter, {});
        m_serverWait.setRemainingTime(serverWait, Qt::PreciseTimer);
        m_retryTimer.start(std::max<std::chrono::milliseconds>(m_backoff.nextDelay(), serverWait));
    }
    Q_EMIT roundFinished(false);
}

void SyncClient::pair(const QUrl &server, const QString &code, const QString &deviceName)
{
    stopActivity();
    setPhase(Phase::Pairing);
    m_api.setServer(server);
    m_api.setToken({});
    m_api.post(pairPath, SyncProtocol::pairRequest(code, deviceName),
               current([this, server](const ApiReply &reply) { handlePairReply(reply, server); }));
}

void SyncClient::pairingFailed(const QString &code, const QString &message)
{
    setPhase(Phase::Idle);
    // What was there before pairing stays: the server, and the token only
    // when the store's data goes with it.
    m_api.setServer(QUrl(m_store->account().serverUrl));
    m_api.setToken(m_loggedOut ? QString() : m_tokens->readToken());
    if (m_started && !m_loggedOut)
        m_intervalTimer.start();
    Q_EMIT pairingFinished(false, code, message);
}

void SyncClient::handlePairReply(const ApiReply &reply, const QUrl &server)
{
    if (reply.outcome != ApiReply::Outcome::Ok) {
        const QString code = reply.outcome == ApiReply::Outcome::NetworkError
                                 ? QStringLiteral("network")
                                 : reply.errorCode;
        pairingFailed(code, reply.message);
        return;
    }
    QString error;
    const std::optional<SyncProtocol::Pairing> pairing =
        SyncProtocol::readPairing(reply.body, &error);
    if (!pairing) {
        pairingFailed(QStringLiteral("bad_reply"), error);
        return;
    }
    const StoreRead<Account> previous = m_store->readAccount();
    const StoreRead<OutboxCounts> counts = m_store->readOutboxCounts();
    if (!previous || !counts) {
        pairingFailed(QStringLiteral("storage_error"),
                      previous ? counts.error() : previous.error());
        return;
    }
    const bool anotherUser = !previous->userId.isEmpty() && previous->userId != pairing->me.userId;
    if (anotherUser && counts->waiting > 0) {
        m_unconfirmed = std::make_unique<SyncProtocol::Pairing>(*pairing);
        m_unconfirmedServer = server;
        Q_EMIT pairingNeedsConfirmation(pairing->me.userId, counts->waiting);
        return; // still pairing, until confirmPairing()
    }
    commitPairing(server, *pairing);
}

void SyncClient::confirmPairing(bool replacePreviousUser)
{
    if (!m_unconfirmed)
        return;
    const std::unique_ptr<SyncProtocol::Pairing> pairing = std::move(m_unconfirmed);
    if (!replacePreviousUser) {
        pairingFailed(QStringLiteral("cancelled"),
                      QStringLiteral("Pairing as another user was cancelled"));
        return;
    }
    commitPairing(m_unconfirmedServer, *pairing);
}

void SyncClient::commitPairing(const QUrl &server, const SyncProtocol::Pairing &pairing)
{
    // The token first: when it cannot be written nothing has changed yet.
    const QString previousToken = m_tokens->readToken();
    if (!m_tokens->writeToken(pairing.token)) {
        pairingFailed(QStringLiteral("storage_error"),
                      QStringLiteral("The device token cannot be saved"));
        return;
    }
    // Then the account, the wipe of another user's data and a new client id,
    // in one transaction.
    if (const RuleResult bound =
            m_store->bindAccount({server.toString(), pairing.me.userId, pairing.me.roles,
                                  pairing.me.language, pairing.me.region},
                                 tokenDigest(pairing.token));
        !bound) {
        // The store still goes with the previous token; put it back. Should
        // that fail too, sync does nothing until paired again, since the
        // store does not know the token the keychain holds.
        if (previousToken.isEmpty())
            m_tokens->removeToken();
        else
            m_tokens->writeToken(previousToken);
        pairingFailed(QStringLiteral("storage_error"), bound.error().message);
        return;
    }
    setPhase(Phase::Idle);
    m_api.setToken(pairing.token);
    m_pushRegistration.setAccount(server, pairing.token); // registers again as this device
    m_loggedOut = false;
    m_blocked = false;
    m_relationsChecked = false;
    m_backoff.reset();
    if (m_started)
        m_intervalTimer.start();
    Q_EMIT pairingFinished(true, {}, {});
    beginRound();
}

bool SyncClient::logout()
{
    // First nothing of sync may run any more: no timer, no call in flight,
    // no late callback (they check the generation), no token to call with.
    stopActivity();
    m_loggedOut = true;
    m_blocked = true;
    m_pushRegistration.logOut(); // with the token it still has
    m_api.setToken({});
    const RuleResult wiped = m_store->wipe();
    m_tokens->removeToken();
    SyncStatus::State state;
    state.lastError = SyncStatus::ErrorKind::NeedsPairing;
    if (!wiped)
        state.lastErrorMessage = wiped.error().message;
    m_status.setState(state);
    refreshWaiting();
    return bool(wiped);
}

void SyncClient::setPushSubscription(const PushSubscription &subscription)
{
    m_pushRegistration.setSubscription(subscription);
}

void SyncClient::onStoreChanged(DataKind kind)
{
    if (kind != DataKind::Outbox)
        return;
    refreshWaiting();
    // While pushing, the push loop picks new entries up by itself.
    if (m_phase == Phase::Pushing || m_status.waitingCount() == 0 || m_blocked || m_loggedOut)
        return;
    beginRound();
}

bool SyncClient::refreshWaiting()
{
    const StoreRead<OutboxCounts> counts = m_store->readOutboxCounts();
    if (!counts)
        return false;
    m_status.setWaiting(counts->waiting, counts->oldestWaitingAt, counts->rejected);
    return true;
}

bool SyncClient::liveWanted() const
{
    return m_started && !m_loggedOut && m_inFront && m_api.hasToken() && !m_blocked &&
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
