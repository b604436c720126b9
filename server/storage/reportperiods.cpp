#include "storage/reportperiods.h"

#include "domain/absencereport.h"
#include "domain/walltime.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace Aanwezig::Server::ReportPeriods {

namespace {

// Wall times as text sort in time order; an open end sorts after all.
const QString openEnd = QStringLiteral("9999-12-31T23:59");

QString endText(const QDateTime &end)
{
    return end.isValid() ? formatWallTime(end) : openEnd;
}

} // namespace

void record(const QSqlDatabase &db, const QString &id, const QJsonObject &json)
{
    const std::optional<AbsenceReport> report = AbsenceReport::fromJson(json);
    if (!report || report->isWithdrawn()) {
        exec(db, QStringLiteral("DELETE FROM report_periods WHERE id = ?"), {id});
        return;
    }
    exec(db,
         QStringLiteral("INSERT INTO report_periods (id, student_id, start_at, end_at) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                        "student_id = excluded.student_id, start_at = excluded.start_at, "
                        "end_at = excluded.end_at"),
         {id, report->studentId, formatWallTime(report->start), endText(report->end)});
}

void fill(const QSqlDatabase &db)
{
    QList<std::pair<QString, QJsonObject>> reports;
    QSqlQuery &query =
        exec(db, QStringLiteral("SELECT id, data FROM records WHERE kind = ? AND deleted = 0"),
             {QStringLiteral("absence_report")});
    while (query.next())
        reports.append({query.value(0).toString(),
                        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()});
    query.finish();
    for (const auto &[id, json] : reports)
        record(db, id, json);
}

QList<QJsonObject> reportsNear(const QSqlDatabase &db, const QString &studentId,
                               const QDateTime &start, const QDateTime &end)
{
    const QString from = formatWallTime(start);
    QStringList ids;
    for (const auto &[sql, values] :
         {std::pair{QStringLiteral("SELECT id FROM report_periods WHERE student_id = ? AND "
                                   "start_at < ? ORDER BY start_at DESC LIMIT 1"),
                    QVariantList{studentId, from}},
          std::pair{QStringLiteral("SELECT id FROM report_periods WHERE student_id = ? AND "
                                   "start_at >= ? AND start_at < ? ORDER BY start_at LIMIT 1"),
                    QVariantList{studentId, from, endText(end)}}}) {
        const QVariant id = scalar(db, sql, values);
        if (id.isValid())
            ids.append(id.toString());
    }
    QList<QJsonObject> reports;
    for (const QString &id : std::as_const(ids)) {
        const QVariant data =
            scalar(db,
                   QStringLiteral("SELECT data FROM records WHERE kind = ? AND id = ? AND "
                                  "deleted = 0"),
                   {QStringLiteral("absence_report"), id});
        if (data.isValid())
            reports.append(QJsonDocument::fromJson(data.toString().toUtf8()).object());
    }
    return reports;
}

int futureReports(const QSqlDatabase &db, const QString &studentId, const QDateTime &now, int cap)
{
    return scalar(db,
                  QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM report_periods WHERE "
                                 "student_id = ? AND start_at > ? LIMIT ?) AS capped"),
                  {studentId, formatWallTime(now), cap})
        .toInt();
}

} // namespace Aanwezig::Server::ReportPeriods
