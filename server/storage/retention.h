#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace Aanwezig::Server {

// How long the server keeps what (README.md, "Retention"): the one table of
// retention periods. Each period counts whole school years after the end of
// the school year (1 August to 31 July) a row belongs to.
struct RetentionRule
{
    const char *key;    // an entity kind, "registrations" or "leaver"
    int schoolYears;    // the default
    const char *reason; // why this long
};
const QList<RetentionRule> &retentionRules();

// The periods in force: the defaults, or those of a retention file (lines
// "KEY YEARS", "#" starts a comment; keys of retentionRules(), each at most
// once; a key left out keeps its default).
class RetentionPolicy
{
public:
    RetentionPolicy();
    // nullopt and *error ("FILE:LINE: message") when the file cannot be used.
    static std::optional<RetentionPolicy> readFile(const QString &path, QString *error);

    int schoolYears(const QString &key) const { return m_years.value(key); }

private:
    QHash<QString, int> m_years;
};

// The last day of the school year `day` belongs to (31 July).
QDate schoolYearEnd(QDate day);
// Whether a row of `day` is past a period of `schoolYears` on `today`.
bool pastRetention(QDate day, int schoolYears, QDate today);

// What a retention run deleted (or, on a dry run, would delete).
struct RetentionResult
{
    QHash<QString, int> records; // by entity kind
    int registrations = 0;
    QStringList leavers; // students whose remaining data went
    // Client ids that had not pushed for 180 days (sync/clientbookkeeping.h).
    int forgottenClients = 0;
    int total() const;
};

// Deletes everything past its period on `today` in one transaction: synced
// entities are marked deleted (phones drop them on their next pull), the
// imported registrations and, for a leaver past the leaver period, the
// student with their account, devices and everything not kept by another
// rule. Client ids whose last push was 180 days before `today` or earlier
// are forgotten. A dry run changes nothing. Throws DatabaseError.
RetentionResult applyRetention(const QSqlDatabase &db, const RetentionPolicy &policy, QDate today,
                               bool dryRun);

} // namespace Aanwezig::Server
