#include "localstore.h"

#include "changeset.h"
#include "consistency.h"
#include "database.h"
#include "entitytables.h"
#include "localeffect.h"
#include "meta.h"
#include "migrations.h"
#include "outbox.h"
#include "storenotifier.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QUuid>

namespace Aanwezig {

using namespace Store;

namespace {

RuleError storageError(const StorageFailure &failure)
{
    return RuleError{QStringLiteral("storage_error"), failure.message()};
}

RuleError notOpenError()
{
    return RuleError{QStringLiteral("storage_error"),
                     QStringLiteral("The local database is not open.")};
}

template <typename Entity> QList<Entity> parsedAll(const QList<QJsonObject> &rows)
{
    QList<Entity> entities;
    for (const QJsonObject &json : rows) {
        if (auto entity = Entity::fromJson(json))
            entities.append(*entity);
    }
    return entities;
}

template <typename Entity> std::optional<Entity> parsedOne(const std::optional<QJsonObject> &row)
{
    return row ? Entity::fromJson(*row) : std::nullopt;
}

} // namespace

// The transaction applyPage() keeps open for the pages that follow.
struct LocalStore::HeldPages
{
    explicit HeldPages(const QSqlDatabase &db) : transaction(db) { age.start(); }

    Transaction transaction;
    ChangeSet changes;
    QList<DataKind> kinds;
    QElapsedTimer age;
};

LocalStore::LocalStore(QObject *parent)
    : QObject(parent), m_heldPagesIdle(new QTimer(this)),
      m_connectionName(QStringLiteral("aanwezig-store-%1").arg(uuidText(QUuid::createUuid())))
{
    m_heldPagesIdle->setSingleShot(true);
    m_heldPagesIdle->setInterval(heldPulledPagesIdle);
    connect(m_heldPagesIdle, &QTimer::timeout, this, &LocalStore::commitHeldPagesUnasked);
    // Another store (of any thread) waits to write: the held pages go now.
    connect(&StoreNotifier::instance(), &StoreNotifier::writeWished, this,
            [this](const QString &file) {
                if (m_heldPages && file == m_canonicalPath)
                    commitHeldPagesUnasked();
            });
    connect(&StoreNotifier::instance(), &StoreNotifier::dataChanged, this,
            [this](const QString &file, DataKind kind, const QString &writer) {
                if (writer != m_connectionName && !file.isEmpty() && file == m_canonicalPath)
                    Q_EMIT changed(kind);
            });
    connect(
        &StoreNotifier::instance(), &StoreNotifier::rowsChanged, this,
        [this](const QString &file, DataKind kind, const QStringList &ids, const QString &writer) {
            if (writer != m_connectionName && !file.isEmpty() && file == m_canonicalPath)
                Q_EMIT rowsChanged(kind, ids);
        });
}

LocalStore::~LocalStore()
{
    close();
}

bool LocalStore::open(const QString &path)
{
    close();
    try {
        const QSqlDatabase db = openDatabase(m_connectionName, path);
        migrate(db);
        Transaction transaction(db);
        exec(db, QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"),
             {MetaKey::clientId, uuidText(QUuid::createUuid())});
        transaction.commit();
        // Nobody paired: what a logout could not scrub from the log goes now.
        if (readMeta(db, MetaKey::userId).isEmpty()) {
            try {
                emptyWriteAheadLog(db, std::chrono::milliseconds(0));
            } catch (const StorageFailure &failure) {
                qWarning().noquote() << failure.message();
            }
        }
    } catch (const StorageFailure &failure) {
        m_error = failure.message();
        close();
        return false;
    }
    m_path = path;
    m_canonicalPath = QFileInfo(path).canonicalFilePath();
    m_error.clear();
    return true;
}

void LocalStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    commitHeldPagesUnasked();
    forgetStatements(m_connectionName);
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_canonicalPath.clear();
}

bool LocalStore::isOpen() const
{
    return database().isOpen();
}

QString LocalStore::errorString() const
{
    return m_error;
}

QString LocalStore::path() const
{
    return m_path;
}

int LocalStore::schemaVersion() const
{
    return readOr(0, [&] { return Store::schemaVersion(database()); });
}

int LocalStore::latestSchemaVersion()
{
    return Store::latestSchemaVersion();
}

QString LocalStore::integrityCheck() const
{
    return readOr(QString(), [&] {
        QSqlQuery query = exec(database(), QStringLiteral("PRAGMA integrity_check"));
        QStringList findings;
        while (query.next())
            findings.append(query.value(0).toString());
        return findings.join(QLatin1Char('\n'));
    });
}

QStringList LocalStore::consistencyProblems() const
{
    return readOr(QStringList{QStringLiteral("the database cannot be read")},
                  [&] { return Store::consistencyProblems(database()); });
}

// --- Account ---------------------------------------------------------------

QUuid LocalStore::clientId() const
{
    return QUuid::fromString(meta(MetaKey::clientId));
}

Account LocalStore::account() const
{
    Account account{meta(MetaKey::serverUrl),
                    meta(MetaKey::userId),
                    {},
                    meta(MetaKey::language),
                    meta(MetaKey::region)};
    for (const QString &key : meta(MetaKey::roles).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto role = parseRole(key))
            account.roles.append(*role);
    }
    return account;
}

RuleResult LocalStore::setAccount(const Account &account)
{
    QStringList roles;
    for (const Role role : account.roles)
        roles.append(roleKey(role));
    return writeMeta({{MetaKey::serverUrl, account.serverUrl},
                      {MetaKey::userId, account.userId},
                      {MetaKey::roles, roles.join(QLatin1Char(','))},
                      {MetaKey::language, account.language},
                      {MetaKey::region, account.region}});
}

ReportPolicy LocalStore::reportPolicy() const
{
    ReportPolicy policy;
    bool ok = false;
    const int days = meta(MetaKey::maxDaysBack).toInt(&ok);
    if (ok)
        policy.maxDaysBack = days;
    return policy;
}

RuleResult LocalStore::setReportPolicy(const ReportPolicy &policy)
{
    return writeMeta({{MetaKey::maxDaysBack, QString::number(policy.maxDaysBack)}});
}

QString LocalStore::pullCursor() const
{
    return meta(MetaKey::pullCursor);
}

QDateTime LocalStore::lastSyncAt() const
{
    return QDateTime::fromString(meta(MetaKey::lastSyncAt), Qt::ISODateWithMs);
}

RuleResult LocalStore::setLastSyncAt(const QDateTime &at)
{
    return writeMeta({{MetaKey::lastSyncAt, at.toUTC().toString(Qt::ISODateWithMs)}});
}

QString LocalStore::meta(const QString &key) const
{
    return readOr(QString(), [&] { return readMeta(database(), key); });
}

RuleResult LocalStore::writeMeta(const QList<std::pair<QString, QString>> &values)
{
    return inTransaction([&] {
        for (const auto &[key, value] : values)
            Store::writeMeta(database(), key, value);
        return QList<DataKind>{DataKind::Account};
    });
}

// --- Reading ---------------------------------------------------------------

QList<QJsonObject> LocalStore::rows(DataKind kind, const QString &studentId) const
{
    return readOr(QList<QJsonObject>(),
                  [&] { return liveRows(database(), entityTable(kind), studentId); });
}

std::optional<QJsonObject> LocalStore::row(DataKind kind, const QString &id) const
{
    return readOr(std::optional<QJsonObject>(), [&]() -> std::optional<QJsonObject> {
        const auto found = findRow(database(), entityTable(kind), id);
        if (!found || found->deleted)
            return std::nullopt;
        return found->json;
    });
}

QList<Person> LocalStore::people() const
{
    return parsedAll<Person>(rows(DataKind::People, {}));
}

std::optional<Person> LocalStore::person(const QString &id) const
{
    return parsedOne<Person>(row(DataKind::People, id));
}

QList<AbsenceReport> LocalStore::reports(const QString &studentId) const
{
    return parsedAll<AbsenceReport>(rows(DataKind::Reports, studentId));
}

std::optional<AbsenceReport> LocalStore::report(const QUuid &id) const
{
    return parsedOne<AbsenceReport>(row(DataKind::Reports, uuidText(id)));
}

QList<WarmMessage> LocalStore::messages(const QString &studentId) const
{
    return parsedAll<WarmMessage>(rows(DataKind::Messages, studentId));
}

std::optional<WarmMessage> LocalStore::message(const QUuid &id) const
{
    return parsedOne<WarmMessage>(row(DataKind::Messages, uuidText(id)));
}

std::optional<ReturnPlan> LocalStore::returnPlan(const QString &studentId) const
{
    return parsedOne<ReturnPlan>(row(DataKind::ReturnPlans, studentId));
}

QList<PlanStep> LocalStore::planSteps(const QString &studentId) const
{
    return parsedAll<PlanStep>(rows(DataKind::PlanSteps, studentId));
}

std::optional<PlanStep> LocalStore::planStep(const QUuid &id) const
{
    return parsedOne<PlanStep>(row(DataKind::PlanSteps, uuidText(id)));
}

QList<CheckIn> LocalStore::checkIns(const QString &studentId) const
{
    return parsedAll<CheckIn>(rows(DataKind::CheckIns, studentId));
}

QList<ContactLogEntry> LocalStore::contactLog(const QString &studentId) const
{
    return parsedAll<ContactLogEntry>(rows(DataKind::ContactLog, studentId));
}

QJsonObject LocalStore::attendanceSummary(const QString &studentId) const
{
    return row(DataKind::AttendanceSummaries, studentId).value_or(QJsonObject());
}

QList<QJsonObject> LocalStore::attendanceSummaries() const
{
    return rows(DataKind::AttendanceSummaries, {});
}

QList<RegisteredAbsence> LocalStore::registeredAbsences(const QString &studentId) const
{
    return parsedAll<RegisteredAbsence>(rows(DataKind::RegisteredAbsences, studentId));
}

QList<Reply> LocalStore::replies(const QString &studentId) const
{
    return parsedAll<Reply>(rows(DataKind::Replies, studentId));
}

std::optional<Reply> LocalStore::reply(const QUuid &id) const
{
    return parsedOne<Reply>(row(DataKind::Replies, uuidText(id)));
}

QList<QJsonObject> LocalStore::unreadableRows(DataKind kind, const QString &studentId) const
{
    const EntityTable &table = entityTable(kind);
    QList<QJsonObject> unreadable;
    for (const QJsonObject &json : rows(kind, studentId)) {
        if (!table.isValid(json, nullptr))
            unreadable.append(json);
    }
    return unreadable;
}

qint64 LocalStore::pendingSeq(DataKind kind, const QString &id) const
{
    return readOr(qint64(0), [&] {
        const auto found = findRow(database(), entityTable(kind), id);
        return found ? found->pendingSeq : qint64(0);
    });
}

QSet<QString> LocalStore::waitingIds(DataKind kind) const
{
    return readOr(QSet<QString>(), [&] { return waitingRowIds(database(), entityTable(kind)); });
}

// --- Helpers ---------------------------------------------------------------

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

RuleResult LocalStore::inTransaction(const std::function<QList<DataKind>()> &work)
{
    if (!isOpen())
        return notOpenError();
    if (const RuleResult committed = commitPulledPages(); !committed)
        return committed;
    QList<DataKind> changedKinds;
    ChangeSet changes;
    try {
        const WriteWish wish(m_canonicalPath);
        Transaction transaction(database());
        const ChangeRecording recording(changes);
        changedKinds = work();
        transaction.commit();
    } catch (const StorageFailure &failure) {
        return storageError(failure);
    }
    emitChanged(changedKinds, changes);
    return {};
}

RuleResult LocalStore::inHeldPullTransaction(const std::function<QList<DataKind>()> &work,
                                             PulledPageCommit commit)
{
    if (!isOpen())
        return notOpenError();
    m_heldPagesIdle->stop();
    try {
        if (!m_heldPages) {
            // The user's writes first: they wait on the main thread.
            StoreNotifier::instance().awaitNoWaitingWriters(m_canonicalPath, busyTimeout);
            m_heldPages = std::make_unique<HeldPages>(database());
        }
        const ChangeRecording recording(m_heldPages->changes);
        for (const DataKind kind : work()) {
            if (!m_heldPages->kinds.contains(kind))
                m_heldPages->kinds.append(kind);
        }
    } catch (const StorageFailure &failure) {
        m_heldPages.reset(); // rolls back the pages held with this one
        return storageError(failure);
    }
    if (commit == PulledPageCommit::Now ||
        m_heldPages->age.elapsed() >= m_pulledPagesHold.count() ||
        StoreNotifier::instance().waitingWriters(m_canonicalPath) > 0)
        return commitPulledPages();
    m_heldPagesIdle->start();
    return {};
}

RuleResult LocalStore::commitPulledPages()
{
    if (!m_heldPages)
        return {};
    m_heldPagesIdle->stop();
    const std::unique_ptr<HeldPages> held = std::move(m_heldPages);
    try {
        held->transaction.commit();
    } catch (const StorageFailure &failure) {
        return storageError(failure);
    }
    emitChanged(held->kinds, held->changes);
    return {};
}

void LocalStore::commitHeldPagesUnasked()
{
    if (const RuleResult committed = commitPulledPages(); !committed)
        qWarning().noquote() << "held pulled pages not committed (the next pull brings them again):"
                             << committed.error().message;
}

RuleResult LocalStore::perform(const std::function<RuleResult(LocalEffect &)> &decide)
{
    return performAll([&](QList<LocalEffect> &effects) -> RuleResult {
        LocalEffect effect;
        if (auto checked = decide(effect); !checked)
            return checked;
        if (effect.mutation)
            effects.append(effect);
        return {};
    });
}

RuleResult LocalStore::performAll(const std::function<RuleResult(QList<LocalEffect> &)> &decide)
{
    RuleResult decided;
    const RuleResult written = inTransaction([&]() -> QList<DataKind> {
        QList<LocalEffect> effects;
        decided = decide(effects);
        if (!decided || effects.isEmpty())
            return {};
        const QSqlDatabase db = database();
        QList<DataKind> changedKinds;
        for (const LocalEffect &effect : effects) {
            const EntityTable &table = entityTable(effect.kind);
            const auto before = findRow(db, table, effect.id);
            const qint64 seq = appendEntry(db, QLatin1String(effect.mutation), effect.args,
                                           effect.kind, effect.id, before);
            writeRow(db, table, effect.id, EntityRow{effect.json, effect.deleted, seq});
            if (!changedKinds.contains(effect.kind))
                changedKinds.append(effect.kind);
        }
        changedKinds.append(DataKind::Outbox);
        return changedKinds;
    });
    return decided ? written : decided;
}

Relation LocalStore::relationTo(const QString &studentId) const
{
    const Account me = account();
    Relation relation;
    relation.team = me.hasRole(Role::Team);
    if (const auto known = person(studentId)) {
        relation.parent = known->relation == Person::Relation::Child;
        relation.self = known->relation == Person::Relation::Self;
        relation.staff =
            known->relation == Person::Relation::ClassStudent || known->staff || relation.team;
        return relation;
    }
    if (!rows(DataKind::People, {}).isEmpty())
        return relation; // a student the phone does not hold is none of the user's
    relation.parent = me.hasRole(Role::Parent);
    relation.self = me.hasRole(Role::Student);
    relation.staff = me.hasRole(Role::Mentor) || relation.team;
    return relation;
}

void LocalStore::emitChanged(const QList<DataKind> &kinds, const ChangeSet &changes)
{
    QList<DataKind> changedKinds = kinds;
    for (const DataKind kind : changes.kinds()) {
        if (!changedKinds.contains(kind))
            changedKinds.append(kind);
    }
    StoreNotifier &notifier = StoreNotifier::instance();
    for (const DataKind kind : std::as_const(changedKinds)) {
        Q_EMIT changed(kind);
        notifier.notify(m_canonicalPath, kind, m_connectionName);
    }
    for (const DataKind kind : std::as_const(changedKinds)) {
        // Account and Outbox have no rows; an entity kind named by `kinds`
        // without a row written changed nothing a view shows.
        const bool rowless = kind == DataKind::Account || kind == DataKind::Outbox;
        if (!rowless && !changes.kinds().contains(kind))
            continue;
        const QStringList ids = rowless ? QStringList() : changes.ids(kind);
        Q_EMIT rowsChanged(kind, ids);
        notifier.notifyRows(m_canonicalPath, kind, ids, m_connectionName);
    }
}

} // namespace Aanwezig
