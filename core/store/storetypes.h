#pragma once

#include "datakind.h"
#include "domain/role.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Aanwezig {

// Who uses this phone, written when pairing.
struct Account
{
    QString serverUrl;
    QString userId;
    QList<Role> roles;
    QString language = {}; // the language the school has for them; empty: not told
    QString region = {};   // the school's: "be" in Flanders, else the Netherlands

    bool hasRole(Role role) const { return roles.contains(role); }
    friend bool operator==(const Account &, const Account &) = default;
};

// Where an outbox entry is: waiting on the phone, applied by the server ("sent"),
// or refused by the server with a reason (its local effect is undone).
enum class OutboxState { Pending, Sent, Rejected };
QString outboxStateKey(OutboxState state);
std::optional<OutboxState> parseOutboxState(QStringView key);

// A read the caller must not mistake for "nothing" (the sync client's reads):
// the value, or why the database could not give it.
template <typename T> class StoreRead
{
public:
    StoreRead(T value) : m_value(std::move(value)) {}
    static StoreRead failure(QString error)
    {
        StoreRead read;
        read.m_error = std::move(error);
        return read;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    QString error() const { return m_error; }

private:
    StoreRead() = default;
    std::optional<T> m_value;
    QString m_error;
};

// What the status line shows of the outbox.
struct OutboxCounts
{
    int waiting = 0;
    QDateTime oldestWaitingAt; // invalid when nothing waits
    int rejected = 0;
};

// Whose device token the store's data goes with: the user the token was
// written for, and a digest of that token (never the token itself).
struct TokenBinding
{
    QString userId;
    QString tokenDigest;
};

// One user intent waiting for (or answered by) the server; see core/protocol/mutations.h.
struct OutboxEntry
{
    qint64 seq = 0; // strictly increasing per client, never reused
    QString name;   // a Mutations:: name
    QJsonObject args;
    OutboxState state = OutboxState::Pending;
    QString reason;                          // why the server refused it (Rejected only)
    QDateTime createdAt;                     // UTC instant
    DataKind targetKind = DataKind::Reports; // the local row this entry changed
    QString targetId;
    // When this store first sent it under the current client id; invalid:
    // never sent (a `duplicate` answer then means another copy used the seq).
    QDateTime firstSentAt;
};

// One change of a pulled page: a put (the whole entity as JSON) or a delete.
// Wire form: {"op": "put"|"delete", "kind": <entity kind>, "id": <id>, "data": {...}};
// kinds: person, absence_report, warm_message, return_plan, plan_step, check_in,
// contact_log_entry, attendance_summary. "data" holds the entity's toJson() form
// (person: see person.h; attendance_summary: any object with "student_id");
// "id" may be left out of a put (it is then read from the data).
// The fields a pulled entity's row is filed by, read off the page's text,
// by position in Store::filingKeys(), as QJsonValue would give them.
struct FilingFields
{
    QList<QByteArray> texts; // toString() as UTF-8: a string's text, else ""
    QList<int> integers;     // toInt(): a whole number within int, else 0
};

struct ServerChange
{
    enum class Op { Put, Delete };

    Op op = Op::Put;
    QString kind;
    QString id;
    QJsonObject data; // Put only
    // Put only, when the page was read from its text (core/sync/pullpagetext.h):
    // the entity as compact JSON in UTF-8, stored as it is, and the fields
    // its row is filed by; `data` is then empty.
    QByteArray dataText = {};
    FilingFields filing = {};

    // A change of a pulled page that puts entity `data` of `kind`
    // ("absence_report", ...), and one that removes the entity `id` of `kind`.
    static ServerChange put(const QString &kind, const QJsonObject &data)
    {
        return {Op::Put, kind, {}, data};
    }
    static ServerChange removal(const QString &kind, const QString &id)
    {
        return {Op::Delete, kind, id, {}};
    }

    static std::optional<ServerChange> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace Aanwezig
