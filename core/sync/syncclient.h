#pragma once

#include "backoff.h"
#include "device/connectivity.h"
#include "livechannel.h"
#include "pushregistration.h"
#include "store/datakind.h"
#include "syncapi.h"
#include "syncstatus.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <memory>

namespace Aanwezig {

class LocalStore;
class TokenStore;
struct ApiReply;
namespace SyncProtocol {
struct PushOutcome;
struct Pairing;
} // namespace SyncProtocol

struct SyncSettings
{
    int pushBatch = 200; // mutations per push (the server takes up to 500)
    int pullLimit = 500; // changes per pulled page (up to 1000)
    std::chrono::milliseconds interval{std::chrono::minutes(2)}; // while the app is open
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(20)};
    // How long pulled pages may share one transaction while more follow
    // (LocalStore::setPulledPagesHold).
    std::chrono::milliseconds pulledPagesHold{100};
    BackoffPolicy backoff;
    // The live channel's own keepalive ping (the server pings every 25 s).
    std::chrono::milliseconds livePing{std::chrono::seconds(30)};
    // This install's id, kept outside the store (platform/installid.h); a
    // store that belonged to another install starts a new client id before
    // it sends anything. Empty: not checked.
    QString installId;
};

// Brings the local store and the server together (sync protocol v1, see
// server/PROTOCOL.md). A round pushes the outbox in seq order in batches,
// then pulls pages until the server has no more, each page applied with its
// cursor by the store (which leaves rows with a waiting local change alone;
// while more pages follow, they share a transaction for up to
// `pulledPagesHold`). One page is in flight while the previous one is
// applied; when an apply fails, the page in flight is dropped. Rejected
// mutations are marked with their reason and undone by the store, and never
// sent again.
//
// When: on start(), after every user action (an outbox change), every
// `interval`, at once when connectivity returns or the user refreshes, and
// after a network or server failure with jittered backoff. A 401 (pair
// again) or 426 (update the app) keeps the queue and stops automatic tries
// until pair() or syncNow(). After an answer with Retry-After (429, 503) no
// round starts before that time, whatever asks for one (a user action, a
// poke, the interval, a refresh): the retry timer starts it then.
//
// Live: while the app is in front (setInFront) and the server is reachable,
// the live channel (LiveChannel, GET /v1/live) stays open; it is opened
// after a round that succeeded. A poke starts a round at once (a poke during
// a round makes at most one more round), and so does every (re)opening of
// the socket, since a change may have slipped by while it was closed. When
// the socket cannot be opened, the client keeps to the interval without an
// error and tries the socket again after the next round that succeeds. A
// close with code 4001 counts as a 401. In the background the socket is
// closed; back in front, a round runs at once and the socket opens again.
// Restored phones, atomic pairing and final logout: see core/sync/README.md.
//
// Lives in one thread with its store; see SyncEngine for the app's threaded use.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    SyncClient(LocalStore *store, TokenStore *tokens, SyncSettings settings = {},
               QObject *parent = nullptr);
    ~SyncClient() override;

    SyncStatus *status() { return &m_status; }
    bool isPaired() const { return m_api.hasToken(); }

    // Syncs now and then every interval.
    void start();
    // The user pulled to refresh: a round at once, even after a 401 or 426,
    // but never before the time the server's Retry-After named.
    void syncNow();
    // What the device says about the network. Offline holds syncing back;
    // Online or Unknown ("try anyway") after Offline syncs at once.
    void setConnectivity(Connectivity::State state);
    // Follows `connectivity` (same thread) from now on.
    void watch(Connectivity *connectivity);
    // Whether the user has the app in front (true until told otherwise).
    // Going to the background closes the live channel; coming back syncs
    // at once and opens it again.
    void setInFront(bool inFront);

    // Pairs with `server` using a code from school. The token is written
    // first, then the account in one store transaction. The same user's
    // waiting changes are kept and sent. Another user's data is wiped; when
    // changes of the previous user still wait, pairingNeedsConfirmation()
    // asks first and confirmPairing() decides. Ends with pairingFinished().
    void pair(const QUrl &server, const QString &code, const QString &deviceName);
    // The answer to pairingNeedsConfirmation(): true replaces the previous
    // user (their waiting changes are lost), false keeps everything as it was.
    void confirmPairing(bool replacePreviousUser);
    // Final: stops syncing (timers, calls in flight, late callbacks), wipes
    // everything local, waiting changes included, then removes the token.
    // False when the wipe failed (the token is removed all the same); the UI
    // warns first when status()->waitingCount() > 0.
    bool logout();

    // The phone's Web Push subscription as the push channel reports it
    // (PushReceiver::subscriptionChanged): the server is told, now or, when
    // it cannot be reached, later (PushRegistration); again after pairing.
    // logout() removes it from the server.
    void setPushSubscription(const PushSubscription &subscription);
    PushRegistration *pushRegistration() { return &m_pushRegistration; }

Q_SIGNALS:
    void pairingFinished(bool ok, const QString &errorCode, const QString &message);
    // The code belongs to another user than the one whose `lostChanges`
    // changes still wait: answer with confirmPairing().
    void pairingNeedsConfirmation(const QString &userId, int lostChanges);
    // A round ended: it reached the end (true) or failed (false).
    void roundFinished(bool ok);

private:
    enum class Phase { Idle, Pairing, Pushing, Pulling };

    // A callback of a call made now: dropped when sync was stopped since.
    template <typename Handler> auto current(Handler handler);
    // Stops every timer and call; late callbacks of this generation are dropped.
    void stopActivity();
    // The store goes with this device token (pairing or a binding made
    // before); else the round fails (pair again, or the read error).
    bool tokenMatchesStore();
    // A store of another install starts a new client id; false: the round failed.
    bool checkInstall();
    void beginRound();
    void pushNext();
    void handlePushReply(const ApiReply &reply, const QList<qint64> &seqs,
                         const QSet<qint64> &firstTime);
    bool recordPushOutcome(const SyncProtocol::PushOutcome &outcome);
    void commitPairing(const QUrl &server, const SyncProtocol::Pairing &pairing);
    void pullNext();
    // Asks for the page after `cursor` (empty: a snapshot).
    void requestPage(const QString &cursor);
    void handlePullReply(const ApiReply &reply);
    // The server lost what this phone knew (bad_cursor, seq_gap): a new
    // client id and a snapshot taken as the complete truth, once per round.
    void startRecovery(const QString &why);
    // After a pull's last page: ends a recovery (sending again what the
    // server lost) or the round.
    void pullDone();
    // Once per start, after the first full pull: who the user is now
    // (GET /v1/me); keeps the account's roles and language and forgets the
    // students the user no longer relates to (a new roster).
    void checkRelations();
    void handleMeReply(const ApiReply &reply);
    void finishRound();
    void fail(const ApiReply &reply);
    void failWith(SyncStatus::ErrorKind kind, const QString &message);
    void handlePairReply(const ApiReply &reply, const QUrl &server);
    void onStoreChanged(DataKind kind);
    bool refreshWaiting();
    void setPhase(Phase phase);
    // In front, paired, not blocked and not offline: the live channel may be open.
    bool liveWanted() const;
    void closeLive();
    void onLiveRevoked();
    void pairingFailed(const QString &code, const QString &message);

    LocalStore *m_store;
    TokenStore *m_tokens;
    SyncSettings m_settings;
    SyncApi m_api;
    SyncStatus m_status;
    LiveChannel m_live;
    Backoff m_backoff;
    PushRegistration m_pushRegistration;
    QTimer m_retryTimer;
    QTimer m_intervalTimer;
    Connectivity::State m_connectivity = Connectivity::State::Unknown;
    Phase m_phase = Phase::Idle;
    bool m_again = false;   // an action came in during the pull: one more round
    bool m_blocked = false; // 401 or 426: no automatic tries
    bool m_restartedSnapshot = false;
    std::chrono::seconds m_serverRetryAfter{0}; // from the failed reply's Retry-After
    QDeadlineTimer m_serverWait;                // no round before it expires
    bool m_relationsChecked = false;
    bool m_inFront = true;
    bool m_loggedOut = false; // nothing happens until pair()
    bool m_started = false;
    quint64 m_generation = 0; // bumped by stopActivity()
    int m_newClientsThisRound = 0;
    std::unique_ptr<SyncProtocol::Pairing> m_unconfirmed; // waits for confirmPairing()
    QUrl m_unconfirmedServer;
};

} // namespace Aanwezig
