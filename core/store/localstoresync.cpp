// The side of LocalStore the sync client uses: the outbox, pulled pages, wipe.
#include "changeset.h"
#include "database.h"
#include "entitytables.h"
#include "localstore.h"
#include "meta.h"
#include "outbox.h"
#include "pulledrows.h"
#include "resync.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace Aanwezig {

using namespace Store;

namespace {

// How many answered entries the outbox keeps for the user to look back on.
constexpr int keptSentEntries = 1000;

RuleError badChange(qsizetype index, const QString &problem,
                    const QString &code = QStringLiteral("bad_change"))
{
    return RuleError{code, QStringLiteral("Change %1 of the page: %2").arg(index + 1).arg(problem)};
}

// A pulled entity's filing fields: read off the page's text, or of its JSON.
EntityFields fieldsOf(const ServerChange &change)
{
    return change.dataText.isEmpty() ? EntityFields(change.data) : EntityFields(change.filing);
}

struct CheckedChange
{
    const EntityTable *table;
    QString id;
};

// Checks every change before anything is written; fills `checked` in order.
// Only what the store needs to file a row is required (its kind, id and
// student): a state, code or field value this app does not know yet is
// stored as received (the app shows such a row neutrally). A kind it does
// not know stops the page ("unknown_kind": the app needs an update). The
// entity itself is not read into its domain type here: each pulled entity is
// parsed once (a row the typed reads cannot read is listed by
// LocalStore::unreadableRows()).
RuleResult checkPage(const QList<ServerChange> &changes, QList<CheckedChange> &checked)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ServerChange &change = changes.at(i);
        const EntityTable *table = entityTableForWireKind(change.kind);
        if (!table)
            return badChange(i, QStringLiteral("unknown kind '%1'").arg(change.kind),
                             QStringLiteral("unknown_kind"));
        QString id = change.id;
        if (change.op == ServerChange::Op::Put) {
            const EntityFields fields = fieldsOf(change);
            if (belongsToStudent(*table) && table->studentUtf8Of(fields).isEmpty())
                return badChange(i, QStringLiteral("field 'student_id' is missing"));
            const QString dataId = table->idOf(fields);
            if (id.isEmpty())
                id = dataId;
            if (id != dataId)
                return badChange(
                    i, QStringLiteral("id '%1' differs from the data's id '%2'").arg(id, dataId));
        }
        if (id.isEmpty())
            return badChange(i, QStringLiteral("no id"));
        checked.append({table, id});
    }
    return {};
}

// Removes everything of the user: rows, outbox, meta (but the install id),
// and starts a new client id. Returns the kinds of data changed.
QList<DataKind> wipeUserData(const QSqlDatabase &db)
{
    QList<DataKind> kinds{DataKind::Account, DataKind::Outbox};
    for (const EntityTable &table : entityTables()) {
        exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table.table)));
        noteChangedEverything(table.kind);
        kinds.append(table.kind);
    }
    exec(db, QStringLiteral("DELETE FROM outbox"));
    exec(db, QStringLiteral("DELETE FROM meta WHERE key <> ?"), {MetaKey::installId});
    // Unsent mutations are gone, so the server must meet a new client id
    // (server/PROTOCOL.md); the seq counter goes on, seqs are never reused.
    writeMeta(db, MetaKey::clientId, uuidText(QUuid::createUuid()));
    return kinds;
}

} // namespace

QList<OutboxEntry> LocalStore::pendingEntries(int limit) const
{
    return readWaitingEntries(limit).valueOr({});
}

StoreRead<QList<OutboxEntry>> LocalStore::readWaitingEntries(int limit) const
{
    return checkedRead([&] { return readEntries(database(), OutboxState::Pending, limit); });
}

StoreRead<OutboxCounts> LocalStore::readOutboxCounts() const
{
    return checkedRead([&] {
        const QSqlDatabase db = database();
        OutboxCounts counts;
        QSqlQuery query = exec(db, QStringLiteral("SELECT state, COUNT(*), MIN(created_at) FROM "
                                                  "outbox GROUP BY state"));
        while (query.next()) {
            const auto state = parseOutboxState(query.value(0).toString());
            if (state == OutboxState::Pending) {
                counts.waiting = query.value(1).toInt();
                counts.oldestWaitingAt =
                    QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
            } else if (state == OutboxState::Rejected) {
                counts.rejected = query.value(1).toInt();
            }
        }
        return counts;
    });
}

StoreRead<QUuid> LocalStore::readClientId() const
{
    const StoreRead<QString> text =
        checkedRead([&] { return readMeta(database(), MetaKey::clientId); });
    if (!text)
        return StoreRead<QUuid>::failure(text.error());
    const QUuid id = QUuid::fromString(*text);
    if (id.isNull())
        return StoreRead<QUuid>::failure(QStringLiteral("The store has no client id."));
    return id;
}

StoreRead<Account> LocalStore::readAccount() const
{
    return checkedRead([&] {
        const QSqlDatabase db = database();
        Account account{readMeta(db, MetaKey::serverUrl),
                        readMeta(db, MetaKey::userId),
                        {},
                        readMeta(db, MetaKey::language),
                        readMeta(db, MetaKey::region)};
        const QString roles = readMeta(db, MetaKey::roles);
        for (const QString &key : roles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto role = parseRole(key))
                account.roles.append(*role);
        }
        return account;
    });
}

StoreRead<QString> LocalStore::readPullCursor() const
{
    return checkedRead([&] { return readMeta(database(), MetaKey::pullCursor); });
}

StoreRead<QList<Person>> LocalStore::readPeople() const
{
    return checkedRead([&] {
        QList<Person> people;
        for (const QJsonObject &json :
             liveRows(database(), entityTable(DataKind::People), QString())) {
            if (auto person = Person::fromJson(json))
                people.append(*person);
        }
        return people;
    });
}

StoreRead<TokenBinding> LocalStore::readTokenBinding() const
{
    return checkedRead([&] {
        const QSqlDatabase db = database();
        return TokenBinding{readMeta(db, MetaKey::tokenUser), readMeta(db, MetaKey::tokenDigest)};
    });
}

RuleResult LocalStore::markFirstSent(const QList<qint64> &seqs)
{
    if (seqs.isEmpty())
        return {};
    return inTransaction([&] {
        Store::markFirstSent(database(), seqs, QDateTime::currentDateTimeUtc());
        return QList<DataKind>{};
    });
}

RuleResult LocalStore::startNewClient()
{
    return inTransaction([&] {
        const QSqlDatabase db = database();
        Store::writeMeta(db, MetaKey::clientId, uuidText(QUuid::createUuid()));
        renumberWaiting(db);
        return QList<DataKind>{DataKind::Outbox, DataKind::Account};
    });
}

RuleResult LocalStore::adoptInstall(const QString &installId, bool *moved)
{
    bool startedNewClient = false;
    const RuleResult written = inTransaction([&] {
        const QSqlDatabase db = database();
        const QString known = readMeta(db, MetaKey::installId);
        if (known == installId)
            return QList<DataKind>{};
        Store::writeMeta(db, MetaKey::installId, installId);
        if (known.isEmpty())
            return QList<DataKind>{};
        Store::writeMeta(db, MetaKey::clientId, uuidText(QUuid::createUuid()));
        renumberWaiting(db);
        startedNewClient = true;
        return QList<DataKind>{DataKind::Outbox, DataKind::Account};
    });
    if (moved)
        *moved = written && startedNewClient;
    return written;
}

RuleResult LocalStore::bindAccount(const Account &account, const QString &tokenDigest)
{
    bool wiped = false;
    QStringList roles;
    for (const Role role : account.roles)
        roles.append(roleKey(role));
    const RuleResult written = inTransaction([&] {
        const QSqlDatabase db = database();
        QList<DataKind> kinds{DataKind::Account};
        const QString previous = readMeta(db, MetaKey::userId);
        if (!previous.isEmpty() && previous != account.userId) {
            kinds = wipeUserData(db);
            wiped = true;
        }
        Store::writeMeta(db, MetaKey::serverUrl, account.serverUrl);
        Store::writeMeta(db, MetaKey::userId, account.userId);
        Store::writeMeta(db, MetaKey::roles, roles.join(QLatin1Char(',')));
        Store::writeMeta(db, MetaKey::language, account.language);
        Store::writeMeta(db, MetaKey::region, account.region);
        Store::writeMeta(db, MetaKey::tokenUser, account.userId);
        Store::writeMeta(db, MetaKey::tokenDigest, tokenDigest);
        return kinds;
    });
    if (written && wiped) {
        // The previous user's rows are gone; their old page images should go
        // too, but a reader in the UI must not make pairing fail.
        try {
            emptyWriteAheadLog(database(), std::chrono::seconds(2));
        } catch (const StorageFailure &failure) {
            qWarning().noquote() << failure.message();
        }
    }
    return written;
}

RuleResult LocalStore::bindToken(const TokenBinding &binding)
{
    return writeMeta(
        {{MetaKey::tokenUser, binding.userId}, {MetaKey::tokenDigest, binding.tokenDigest}});
}

QList<OutboxEntry> LocalStore::entries(OutboxState state) const
{
    return readOr(QList<OutboxEntry>(), [&] { return readEntries(database(), state); });
}

std::optional<OutboxEntry> LocalStore::entry(qint64 seq) const
{
    return readOr(std::optional<OutboxEntry>(), [&] { return readEntry(database(), seq); });
}

int LocalStore::pendingCount() const
{
    return readOutboxCounts().valueOr({}).waiting;
}

QDateTime LocalStore::oldestPendingAt() const
{
    const QList<OutboxEntry> oldest = pendingEntries(1);
    return oldest.isEmpty() ? QDateTime() : oldest.first().createdAt;
}

RuleResult LocalStore::markAcknowledged(const QList<qint64> &seqs)
{
    return inTransaction([&] {
        const QSqlDatabase db = database();
        QList<DataKind> kinds{DataKind::Outbox};
        for (const qint64 seq : seqs) {
            const auto found = readEntry(db, seq);
            if (!found || found->state != OutboxState::Pending)
                continue; // answered before: the server repeats its answer
            acknowledgeEntry(db, *found);
            kinds.append(found->targetKind);
        }
        exec(db,
             QStringLiteral("DELETE FROM outbox WHERE state = 'sent' AND seq <= "
                            "(SELECT MAX(seq) FROM outbox WHERE state = 'sent') - ?"),
             {keptSentEntries});
        return kinds;
    });
}

RuleResult LocalStore::markRejected(qint64 seq, const QString &reason)
{
    return inTransaction([&] {
        const QSqlDatabase db = database();
        const auto found = readEntry(db, seq);
        if (!found || found->state != OutboxState::Pending)
            return QList<DataKind>{};
        if (reason == QLatin1String("duplicate_id") &&
            scalar(db, QStringLiteral("SELECT resent FROM outbox WHERE seq = ?"), {seq}).toBool()) {
            // Sent again (after a restore, or under a new client id after it
            // went out under the old one), but the server has the id after
            // all (applied before, made meanwhile, or deleted there): nothing
            // is lost. The row becomes what the server last said of it (a
            // pull rebased the entry on it), or goes until the pulls bring it.
            const QVariant serverJson =
                scalar(db, QStringLiteral("SELECT before_json FROM outbox WHERE seq = ?"), {seq});
            acknowledgeEntry(db, *found);
            const EntityTable &table = entityTable(found->targetKind);
            if (auto row = findRow(db, table, found->targetId); row && row->pendingSeq == 0) {
                if (serverJson.isNull()) {
                    removeRow(db, table, found->targetId);
                } else {
                    row->json = QJsonDocument::fromJson(serverJson.toString().toUtf8()).object();
                    row->deleted = false;
                    writeRow(db, table, found->targetId, *row);
                }
            }
            return QList<DataKind>{DataKind::Outbox, found->targetKind};
        }
        rejectEntry(db, *found, reason);
        return QList<DataKind>{DataKind::Outbox, found->targetKind};
    });
}

RuleResult LocalStore::dismissRejected(qint64 seq)
{
    return inTransaction([&] {
        exec(database(), QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state = ?"),
             {seq, outboxStateKey(OutboxState::Rejected)});
        return QList<DataKind>{DataKind::Outbox};
    });
}

namespace {

// Deletes every row of the student the server sent (rows waiting for the
// server stay); returns the kinds of data that may have changed.
QList<DataKind> dropStudentRows(const QSqlDatabase &db, const QString &studentId)
{
    QList<DataKind> kinds;
    for (const EntityTable &table : entityTables()) {
        removeStudentRows(db, table, studentId);
        kinds.append(table.kind);
    }
    return kinds;
}

} // namespace

RuleResult LocalStore::applyPage(const QList<ServerChange> &changes, const QString &nextCursor,
                                 PulledPageCommit commit)
{
    QList<CheckedChange> checked;
    if (auto pageChecked = checkPage(changes, checked); !pageChecked) {
        if (const RuleResult committed = commitPulledPages(); !committed)
            return committed;
        return pageChecked;
    }
    return inHeldPullTransaction(
        [&] {
            const QSqlDatabase db = database();
            QSet<DataKind> kinds;
            PulledRows rows(db);
            for (qsizetype i = 0; i < changes.size(); ++i) {
                // Rows waiting for the server are left alone (read-your-writes).
                const auto &[table, id] = checked.at(i);
                const ServerChange &change = changes.at(i);
                if (change.op == ServerChange::Op::Put) {
                    rows.put(*table, id, fieldsOf(change),
                             change.dataText.isEmpty()
                                 ? QJsonDocument(change.data).toJson(QJsonDocument::Compact)
                                 : change.dataText);
                } else {
                    rows.remove(*table, id);
                    // A person deleted: the user no longer sees the student at all
                    // (left the school, a role taken away, data past its time).
                    if (table->kind == DataKind::People) {
                        for (const DataKind kind : dropStudentRows(db, id))
                            kinds.insert(kind);
                    }
                }
                kinds.insert(table->kind);
            }
            rows.finish();
            if (isResyncing(db)) {
                for (const auto &[table, id] : checked)
                    noteResyncSeen(db, *table, id);
            }
            Store::writeMeta(db, MetaKey::pullCursor, nextCursor);
            return kinds.values();
        },
        commit);
}

RuleResult LocalStore::forgetStudents(const QStringList &studentIds)
{
    if (studentIds.isEmpty())
        return {};
    return inTransaction([&] {
        const QSqlDatabase db = database();
        QList<DataKind> kinds;
        for (const QString &id : studentIds)
            kinds = dropStudentRows(db, id);
        return kinds;
    });
}

RuleResult LocalStore::wipe(std::chrono::milliseconds patience)
{
    const RuleResult wiped = inTransaction([&] { return wipeUserData(database()); });
    if (!wiped)
        return wiped;
    // Old page images must not stay readable in the write-ahead log either.
    try {
        emptyWriteAheadLog(database(), patience);
    } catch (const StorageFailure &failure) {
        return RuleError{QStringLiteral("storage_error"), failure.message()};
    }
    return {};
}

} // namespace Aanwezig
