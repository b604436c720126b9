#pragma once

#include "datakind.h"
#include "domain/absencenotice.h"
#include "domain/absencereport.h"
#include "domain/absencerules.h"
#include "domain/actionrules.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/notificationsettings.h"
#include "domain/person.h"
#include "domain/registeredabsence.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/ruleresult.h"
#include "domain/warmmessage.h"
#include "storetypes.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

namespace Aanwezig {

namespace Store {
struct LocalEffect;
class ChangeSet;
} // namespace Store

// The phone's local SQLite database: what the user may see, plus the outbox of
// changes waiting for the server.
//
// Every user action is one method and one transaction: it checks the domain
// rules, writes its local effect and appends an outbox entry (an action with
// two effects, as a message that logs a contact, one entry each). The changed row
// remembers the seq of the entry that still waits (pendingSeq()), so that a
// pulled server row never overwrites it and a rejection can undo it.
//
// A LocalStore owns one database connection and belongs to the thread that
// created it; another thread opens its own LocalStore on the same file.
// Failures return a RuleError (code "storage_error" for the database itself).
class LocalStore : public QObject
{
    Q_OBJECT
public:
    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    // --- The database file ---------------------------------------------------
    // Opens (creating when missing) and migrates the file. Returns false, with
    // errorString(), when it cannot: e.g. made by a newer version of the app.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const;
    QString path() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    // "ok" when SQLite finds the file sound, else its findings.
    QString integrityCheck() const;
    // Every waiting outbox entry has its local effect and every local effect
    // waiting for the server has its outbox entry. Empty when consistent, else
    // one line per problem.
    QStringList consistencyProblems() const;

    // --- Account (meta) ------------------------------------------------------
    QUuid clientId() const; // made on first open, and anew by wipe()
    Account account() const;
    RuleResult setAccount(const Account &account);
    ReportPolicy reportPolicy() const;
    RuleResult setReportPolicy(const ReportPolicy &policy);
    QString pullCursor() const; // empty: nothing pulled yet
    QDateTime lastSyncAt() const;
    RuleResult setLastSyncAt(const QDateTime &at);

    // --- Reading (deleted-while-waiting rows are left out) --------------------
    QList<Person> people() const;
    std::optional<Person> person(const QString &id) const;
    QList<AbsenceReport> reports(const QString &studentId = {}) const; // by start
    std::optional<AbsenceReport> report(const QUuid &id) const;
    QList<WarmMessage> messages(const QString &studentId = {}) const; // by sent_at
    std::optional<WarmMessage> message(const QUuid &id) const;
    std::optional<ReturnPlan> returnPlan(const QString &studentId) const;
    QList<PlanStep> planSteps(const QString &studentId) const; // by position
    std::optional<PlanStep> planStep(const QUuid &id) const;
    QList<CheckIn> checkIns(const QString &studentId) const;           // by time
    QList<ContactLogEntry> contactLog(const QString &studentId) const; // by time
    QJsonObject attendanceSummary(const QString &studentId) const;     // empty when none
    QList<QJsonObject> attendanceSummaries() const; // every student's, in one query
    QList<RegisteredAbsence> registeredAbsences(const QString &studentId) const; // by date
    QList<Reply> replies(const QString &studentId = {}) const;                   // by time
    std::optional<Reply> reply(const QUuid &id) const;
    // Rows of this kind the app does not understand (a state, code or field
    // value of a newer server), as received: shown neutrally, never dropped.
    QList<QJsonObject> unreadableRows(DataKind kind, const QString &studentId = {}) const;
    // The seq of the outbox entry a row still waits for; 0 when none.
    qint64 pendingSeq(DataKind kind, const QString &id) const;
    // The ids of the rows of `kind` that wait for the server, in one query.
    QSet<QString> waitingIds(DataKind kind) const;

    // --- User actions: one transaction each; true when done -----------------
    // The report is saved on the phone; reporterId defaults to the account's user.
    RuleResult reportAbsence(AbsenceReport report, Role reporterRole);
    // "Beter melden": the student is better; closes an open sickness report at `at`.
    RuleResult reportRecovery(const QUuid &reportId, const QDateTime &at);
    // The reporter takes a report back (undo of a mistake).
    RuleResult withdraw(const QUuid &reportId);
    // Mentor: the report was seen.
    RuleResult acknowledge(const QUuid &reportId);
    // Mentor or team: approves or refuses a leave request (V).
    RuleResult decideLeave(const QUuid &reportId, bool approved);
    RuleResult logContact(ContactLogEntry entry);
    RuleResult sendMessage(WarmMessage message);
    // A warm message that also counts as contact on the mentor's "Vandaag":
    // the message, the contact entry and both outbox entries in one
    // transaction, so a retry after a failure never sends the message twice.
    RuleResult sendMessageLoggingContact(WarmMessage message, ContactLogEntry contact);
    // Marks a message read by the account's user (nothing to do when already read).
    RuleResult markRead(const QUuid &messageId);
    // A student or parent (reply.from, a role of the account) answers a
    // message or, a student, the plan's contact person; authorId defaults
    // to the account's user.
    RuleResult sendReply(Reply reply);
    RuleResult savePlan(const ReturnPlan &plan);
    // Creates or edits a step; a student may only tick off (or untick) a step.
    RuleResult savePlanStep(const PlanStep &step);
    RuleResult deletePlanStep(const QUuid &stepId);
    RuleResult submitCheckIn(CheckIn checkIn);

    // --- Notifications (localstorenotifications.cpp) ------------------------
    // The user's own settings as the server keeps them (notification_settings);
    // the defaults until a pull brought them.
    NotificationSettings notificationSettings() const;
    // Saves the user's own settings (an empty user id is the account user's; another
    // user's settings are forbidden, as on the server).
    RuleResult saveNotificationSettings(NotificationSettings settings);
    // "Alles goed?" notices of a student (all when empty), by date.
    QList<AbsenceNotice> absenceNotices(const QString &studentId = {}) const;
    std::optional<AbsenceNotice> absenceNotice(const QString &noticeId) const;
    // A parent answers "Ik weet ervan" to the notice `<student id>/<date>`.
    RuleResult answerAbsenceNotice(const QString &noticeId);

    // --- Outbox (for the sync client and the status line) --------------------
    // Waiting entries in seq order, at most `limit`.
    QList<OutboxEntry> pendingEntries(int limit) const;
    QList<OutboxEntry> entries(OutboxState state) const; // seq order
    std::optional<OutboxEntry> entry(qint64 seq) const;
    int pendingCount() const;
    QDateTime oldestPendingAt() const; // invalid when nothing waits
    // The server applied these entries: they become "sent" and the rows they
    // changed stop waiting (unless a later entry still waits for them).
    RuleResult markAcknowledged(const QList<qint64> &seqs);
    // The server refused the entry: it becomes "rejected" with the reason and
    // its local effect is undone, in one transaction.
    RuleResult markRejected(qint64 seq, const QString &reason);
    // The user has seen a rejection: the entry is removed.
    RuleResult dismissRejected(qint64 seq);

    // --- Pull ----------------------------------------------------------------
    // Whether applyPage() commits the page at once or may leave its
    // transaction open for the pages that follow (PulledPageCommit::MayWait:
    // more pages are on their way). A commit writes every index page the
    // transaction touched, so a first sync of 100,000 changes spends less
    // than half as long on commits when pages share them.
    enum class PulledPageCommit { Now, MayWait };
    // Applies a page of server changes and stores the next cursor, in one
    // transaction. Rows with a waiting local change are left alone. A
    // malformed change rejects the whole page and changes nothing (the pages
    // held before it are committed).
    //
    // With MayWait the pages are committed together, and announced by
    // changed() then: when the transaction is pulledPagesHold() old, when
    // no page follows within `heldPulledPagesIdle`, when any store of this
    // process wants to write to the file (that write waits for at most the
    // page being applied), at any other write or read-write call of this
    // store, at commitPulledPages() and at close(). Until then other
    // connections see none of them; a crash loses them and the cursor with
    // them (they are pulled again).
    RuleResult applyPage(const QList<ServerChange> &changes, const QString &nextCursor,
                         PulledPageCommit commit = PulledPageCommit::Now);
    // Commits the pages applyPage() holds (none: nothing happens).
    RuleResult commitPulledPages();
    bool holdsPulledPages() const { return m_heldPages != nullptr; }
    std::chrono::milliseconds pulledPagesHold() const { return m_pulledPagesHold; }
    void setPulledPagesHold(std::chrono::milliseconds hold) { m_pulledPagesHold = hold; }
    static constexpr std::chrono::milliseconds heldPulledPagesIdle{20};

    // Logging out: removes everything the user saw and every waiting change,
    // and starts a new client id (seqs keep growing). Then empties the
    // write-ahead log into the (securely deleted) database file, retrying
    // while another connection still reads an older snapshot, for at most
    // `patience`; fails when the previous user's data may still be in a file.
    RuleResult wipe(std::chrono::milliseconds patience = std::chrono::seconds(10));
    // Removes what the phone holds of these students (the user no longer
    // relates to them); rows with a change still waiting stay until answered.
    RuleResult forgetStudents(const QStringList &studentIds);

    // --- For the sync client: reads that report failure, never "nothing" ----
    StoreRead<QList<OutboxEntry>> readWaitingEntries(int limit) const;
    StoreRead<OutboxCounts> readOutboxCounts() const;
    StoreRead<QUuid> readClientId() const; // a missing or null id is a failure
    StoreRead<Account> readAccount() const;
    StoreRead<QString> readPullCursor() const;
    StoreRead<QList<Person>> readPeople() const;
    StoreRead<TokenBinding> readTokenBinding() const;

    // --- Restored phones and pairing (core/sync/README.md) ------------------
    // These entries go out now: each never sent before is marked first sent.
    RuleResult markFirstSent(const QList<qint64> &seqs);
    // Another copy of this store used the client id (a restored or copied
    // phone): a new client id, and the waiting entries get new seqs under it,
    // to be sent again.
    RuleResult startNewClient();
    // The store runs on this install (an id kept outside the store). A store
    // that belonged to another install moved (a backup restored, a copied
    // profile): it starts a new client id as startNewClient() does and sets
    // *moved. A store without an install id adopts this one.
    RuleResult adoptInstall(const QString &installId, bool *moved = nullptr);
    // Pairing, after the token was written: in one transaction another
    // user's data is wiped (with a new client id), the account is written
    // and the store records which user and token it goes with. The same
    // user keeps everything, waiting changes included.
    RuleResult bindAccount(const Account &account, const QString &tokenDigest);
    // Records the token of the current user (a store paired before the store
    // kept this).
    RuleResult bindToken(const TokenBinding &binding);

    // --- A restored server (core/sync/README.md, "Restored server") ---------
    // The server lost what this phone knew (400 bad_cursor, 409 seq_gap): the
    // cursor is cleared, a new client id starts (waiting entries renumbered)
    // and the next snapshot is recorded as it arrives.
    RuleResult beginResync();
    StoreRead<bool> readResyncing() const;
    // After the snapshot's last page: what this phone made that the snapshot
    // lacks is sent again (copies of its sent entries, before what waits);
    // every other row the snapshot lacks is deleted; waiting rows stay.
    RuleResult finishResync(int *resentCount = nullptr);

Q_SIGNALS:
    // Data of this kind changed: written through this store, or through another
    // LocalStore of this process on the same file (e.g. the sync thread's).
    void changed(Aanwezig::Store::DataKind kind);
    // The same, row by row, after the commit: `ids` are the rows of `kind`
    // written or deleted (the student's id for return plans and attendance
    // summaries, the user's for notification settings; a row written again
    // after others in one transaction is named again). Empty: everything of
    // `kind` may have changed (a wipe, another user, a restored server's
    // snapshot; always so for Account and Outbox), so a view reads it anew.
    void rowsChanged(Aanwezig::Store::DataKind kind, const QStringList &ids);

private:
    QSqlDatabase database() const;
    QString meta(const QString &key) const;
    RuleResult writeMeta(const QList<std::pair<QString, QString>> &values);
    QList<QJsonObject> rows(DataKind kind, const QString &studentId) const;
    std::optional<QJsonObject> row(DataKind kind, const QString &id) const;
    // Runs `work` in a write transaction; it returns the kinds of data it
    // changed, announced by changed() after the commit.
    RuleResult inTransaction(const std::function<QList<DataKind>()> &work);
    // Runs `work` in the transaction of the pulled pages held (beginning
    // one when none is), then commits them if `commit` or the hold's limits
    // say so (applyPage()).
    RuleResult inHeldPullTransaction(const std::function<QList<DataKind>()> &work,
                                     PulledPageCommit commit);
    // Commits the held pages where no caller waits for the outcome (the idle
    // timer, another store's wish to write, close()): a failure is logged.
    void commitHeldPagesUnasked();
    // A user action: runs `decide` in a write transaction; when it accepts and
    // leaves an effect, writes the effect and its outbox entry.
    RuleResult perform(const std::function<RuleResult(Store::LocalEffect &)> &decide);
    // As perform, for an action with several effects: all are written, each
    // with its outbox entry in order, or none.
    RuleResult performAll(const std::function<RuleResult(QList<Store::LocalEffect> &)> &decide);
    RuleResult decideContact(ContactLogEntry entry, Store::LocalEffect &effect) const;
    RuleResult decideMessage(WarmMessage message, Store::LocalEffect &effect) const;
    // How the user relates to the student (core/domain/actionrules.h), as the
    // phone knows it: the student's person row; before the phone holds any
    // person (not synced yet), what the account's roles allow.
    Relation relationTo(const QString &studentId) const;
    // Announces a committed transaction: changed() for the kinds `work`
    // returned and those of the rows it wrote, rowsChanged() row by row.
    void emitChanged(const QList<DataKind> &kinds, const Store::ChangeSet &changes);

    struct HeldPages;
    std::unique_ptr<HeldPages> m_heldPages; // pulled pages not committed yet
    QTimer *m_heldPagesIdle;                // commits them when no page follows
    std::chrono::milliseconds m_pulledPagesHold{100};

    QString m_connectionName;
    QString m_path;
    QString m_canonicalPath; // what other stores on the same file are told
    QString m_error;
};

} // namespace Aanwezig
