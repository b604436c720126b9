#include "storage/retention.h"

#include "storage/database.h"
#include "storage/records.h"
#include "sync/clientbookkeeping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Aanwezig::Server {

namespace {

constexpr char registrationsKey[] = "registrations";
constexpr char leaverKey[] = "leaver";

// The date a synced entity belongs to: its own date field, else the day of
// its latest change on the server.
QDate belongsTo(const QString &kind, const QJsonObject &data, const QString &changedOn)
{
    const char *field = nullptr;
    if (kind == QLatin1String(Kind::warmMessage))
        field = "sent_at";
    else if (kind == QLatin1String(Kind::checkIn) || kind == QLatin1String(Kind::contactLogEntry))
        field = "at";
    else if (kind == QLatin1String(Kind::absenceReport))
        field = "start";
    else if (kind == QLatin1String(Kind::registeredAbsence))
        field = "date";
    const QString text =
        field ? data.value(QLatin1String(field)).toString().left(10) : changedOn.left(10);
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

const QList<RetentionRule> &retentionRules()
{
    static const QList<RetentionRule> rules{
        {Kind::warmMessage, 1,
         "a bridge during one absence; of no use once the next school year is over"},
        {Kind::checkIn, 1,
         "how a student felt while coming back; for the return plan of that year"},
        {Kind::planStep, 1, "steps of a return plan; the plan is done within the school year"},
        {Kind::returnPlan, 1, "as its steps"},
        {Kind::absenceReport, 5,
         "the absence administration: leerplicht and the inspectorate can ask for it (see the "
         "README for the source)"},
        {Kind::contactLogEntry, 5,
         "proof that the school acted on the absence, part of the absence administration"},
        {Kind::registeredAbsence, 5, "the school's own registrations, as absence reports"},
        {registrationsKey, 5, "the imported lessons behind the figures, as absence reports"},
        {leaverKey, 1,
         "a student who left: name, plan, figures and account, one school year after the "
         "school year they left (what another rule keeps stays until its own end)"},
    };
    return rules;
}

RetentionPolicy::RetentionPolicy()
{
    for (const RetentionRule &rule : retentionRules())
        m_years.insert(QLatin1String(rule.key), rule.schoolYears);
}

std::optional<RetentionPolicy> RetentionPolicy::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    RetentionPolicy policy;
    QSet<QString> seen;
    static const QRegularExpression line(QStringLiteral("^([a-z_]+)\\s+([0-9]{1,2})$"));
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString text =
            QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
        if (text.isEmpty())
            continue;
        const auto match = line.match(text);
        const QString key = match.captured(1);
        QString problem;
        if (!match.hasMatch())
            problem = QStringLiteral("expected \"KEY YEARS\", e.g. \"warm_message 1\"");
        else if (!policy.m_years.contains(key))
            problem = QStringLiteral("unknown key '%1'; use one of %2")
                          .arg(key, QStringList(policy.m_years.keys()).join(QStringLiteral(", ")));
        else if (seen.contains(key))
            problem = QStringLiteral("'%1' is given twice").arg(key);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(problem);
            return std::nullopt;
        }
        seen.insert(key);
        policy.m_years.insert(key, match.captured(2).toInt());
    }
    return policy;
}

QDate schoolYearEnd(QDate day)
{
    return QDate(day.month() >= 8 ? day.year() + 1 : day.year(), 7, 31);
}

bool pastRetention(QDate day, int schoolYears, QDate today)
{
    return day.isValid() && today > schoolYearEnd(day).addYears(schoolYears);
}

int RetentionResult::total() const
{
    int sum = registrations + int(leavers.size()) + forgottenClients;
    for (int count : records)
        sum += count;
    return sum;
}

namespace {

// Which records the rules remove on a day: a leaver's (but the kinds kept by
// a rule of their own, which go by date) and every ruled kind past its time.
class ExpiryCheck
{
public:
    ExpiryCheck(const RetentionPolicy &policy, QDate today, QSet<QString> leavers)
        : m_policy(policy), m_today(today), m_leavers(std::move(leavers))
    {
        for (const RetentionRule &rule : retentionRules())
            m_ruled.insert(QLatin1String(rule.key));
        m_keptByOwnRule = m_ruled;
        for (const char *ofLeaver :
             {Kind::warmMessage, Kind::checkIn, Kind::planStep, Kind::returnPlan})
            m_keptByOwnRule.remove(QLatin1String(ofLeaver)); // a leaver's go with them
    }

    bool past(const QString &kind, const QString &student, const QString &data,
              const QString &changedOn) const
    {
        if (m_leavers.contains(student) && !m_keptByOwnRule.contains(kind))
            return true;
        if (!m_ruled.contains(kind))
            return false;
        return pastRetention(
            belongsTo(kind, QJsonDocument::fromJson(data.toUtf8()).object(), changedOn),
            m_policy.schoolYears(kind), m_today);
    }

private:
    const RetentionPolicy &m_policy;
    QDate m_today;
    QSet<QString> m_leavers;
    QSet<QString> m_ruled;
    QSet<QString> m_keptByOwnRule;
};

// What is past its time, found by reading alone: the whole change log is
// read without the write lock, so that pushes never wait for it.
struct Expired
{
    QStringList leavers;
    QList<std::pair<QString, QString>> records; // kind, id
    QStringList registrationDays;
};

Expired findExpired(const QSqlDatabase &db, const RetentionPolicy &policy, QDate today)
{
    Expired found;
    QSqlQuery &leaverRows =
        exec(db, QStringLiteral("SELECT id, left_on FROM students WHERE left_on IS NOT NULL "
                                "ORDER BY id"));
    while (leaverRows.next()) {
        if (pastRetention(QDate::fromString(leaverRows.value(1).toString(), Qt::ISODate),
                          policy.schoolYears(QLatin1String(leaverKey)), today))
            found.leavers.append(leaverRows.value(0).toString());
    }
    const ExpiryCheck check(policy, today,
                            QSet<QString>(found.leavers.cbegin(), found.leavers.cend()));
    QSqlQuery &rows = exec(db, QStringLiteral("SELECT kind, id, student_id, data, changed_on "
                                              "FROM records WHERE deleted = 0 ORDER BY pos"));
    while (rows.next()) {
        const QString kind = rows.value(0).toString();
        if (check.past(kind, rows.value(2).toString(), rows.value(3).toString(),
                       rows.value(4).toString()))
            found.records.append({kind, rows.value(1).toString()});
    }
    QSqlQuery &days = exec(db, QStringLiteral("SELECT DISTINCT day FROM registrations"));
    while (days.next()) {
        const QString day = days.value(0).toString();
        if (pastRetention(QDate::fromString(day, Qt::ISODate),
                          policy.schoolYears(QLatin1String(registrationsKey)), today))
            found.registrationDays.append(day);
    }
    return found;
}

// Whether a leaver found by the read is still one inside the write transaction
// (a roster import may have brought them back meanwhile).
bool stillLeft(const QSqlDatabase &db, const QString &student)
{
    return !scalar(db, QStringLiteral("SELECT left_on FROM students WHERE id = ?"), {student})
                .toString()
                .isEmpty();
}

// Whether a record found by the read is still past its time inside the write
// transaction (it may have changed or gone meanwhile).
bool stillPast(const QSqlDatabase &db, const ExpiryCheck &check, const QString &kind,
               const QString &id)
{
    QSqlQuery &row = exec(db,
                          QStringLiteral("SELECT student_id, data, changed_on FROM records "
                                         "WHERE kind = ? AND id = ? AND deleted = 0"),
                          {kind, id});
    if (!row.next())
        return false;
    const bool past =
        check.past(kind, row.value(0).toString(), row.value(1).toString(), row.value(2).toString());
    row.finish();
    return past;
}

int registrationsOn(const QSqlDatabase &db, const QString &day)
{
    return int(scalar(db, QStringLiteral("SELECT COUNT(*) FROM registrations WHERE day = ?"), {day})
                   .toLongLong());
}

} // namespace

RetentionResult applyRetention(const QSqlDatabase &db, const RetentionPolicy &policy, QDate today,
                               bool dryRun)
{
    const Expired found = findExpired(db, policy, today);
    finishStatements(); // the read's snapshot ends before the write begins

    WriteTransaction transaction(db);
    RetentionResult result;
    for (const QString &student : found.leavers) {
        if (stillLeft(db, student))
            result.leavers.append(student);
    }
    const ExpiryCheck check(policy, today,
                            QSet<QString>(result.leavers.cbegin(), result.leavers.cend()));
    Records records(db);
    for (const auto &[kind, id] : found.records) {
        if (!stillPast(db, check, kind, id))
            continue;
        ++result.records[kind];
        if (!dryRun)
            records.remove(kind, id);
    }
    for (const QString &day : found.registrationDays) {
        result.registrations += registrationsOn(db, day);
        if (!dryRun)
            exec(db, QStringLiteral("DELETE FROM registrations WHERE day = ?"), {day});
    }
    // Idle for idleDays: the last push was on that day before today or earlier.
    const qint64 idleBefore =
        today.addDays(1 - ClientBookkeeping::idleDays).startOfDay().toMSecsSinceEpoch();
    result.forgottenClients = ClientBookkeeping::forgetIdleClients(db, idleBefore, dryRun);
    if (dryRun)
        return result; // rolled back: nothing was written

    for (const QString &student : std::as_const(result.leavers)) {
        for (const char *sql :
             {"DELETE FROM devices WHERE user_id = ?", "DELETE FROM user_roles WHERE user_id = ?",
              "DELETE FROM invites WHERE user_id = ?", "DELETE FROM users WHERE id = ?",
              "DELETE FROM person_languages WHERE person_id = ?",
              "DELETE FROM student_parents WHERE student_id = ?",
              "DELETE FROM students WHERE id = ?"})
            exec(db, QLatin1String(sql), {student});
    }
    transaction.commit();
    return result;
}

} // namespace Aanwezig::Server
