#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Aanwezig::Server {

// The period of every report that blocks others (not withdrawn), indexed by
// student and start, so that checking a new report costs the same with 5
// or 5,000 stored reports. Kept by Records::put.
namespace ReportPeriods {

// Records the report's period (forgets it when withdrawn or unreadable).
void record(const QSqlDatabase &db, const QString &id, const QJsonObject &report);
// Fills the table from the stored reports (the migration that made it).
void fill(const QSqlDatabase &db);

// The reports that could overlap [start, end) (end invalid: open-ended): at
// most two. Reports that block others never overlap each other, so of those
// starting before `start` only the latest can reach into the new period,
// and any one starting inside it overlaps.
QList<QJsonObject> reportsNear(const QSqlDatabase &db, const QString &studentId,
                               const QDateTime &start, const QDateTime &end);
// How many reports of the student start after `now` (counting at most `cap`).
int futureReports(const QSqlDatabase &db, const QString &studentId, const QDateTime &now, int cap);

} // namespace ReportPeriods

} // namespace Aanwezig::Server
