#include "reportsmodel.h"

#include "domain/absencerules.h"
#include "domain/walltime.h"
#include "reporttoday.h"
#include "services/wording.h"
#include "shownnames.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

ReportState ReportsModel::shownState(const Row &row)
{
    return shownReportState(row.report, row.waiting);
}

ReportsModel::ReportsModel(QObject *parent)
    : StudentListModel({DataKind::Reports, DataKind::People}, parent)
{}

void ReportsModel::refresh(Refresh how)
{
    QList<Row> rows;
    if (readable()) {
        const LocalStore &store = *this->store();
        m_userId = store.account().userId;
        const QHash<QString, QString> names = displayNames(store.people());
        const QSet<QString> waiting = store.waitingIds(DataKind::Reports);
        for (const AbsenceReport &report : store.reports(studentId())) {
            const QString id = report.id.toString(QUuid::WithoutBraces);
            rows.append({report, names.value(report.studentId), waiting.contains(id)});
        }
        for (const QJsonObject &json : store.unreadableRows(DataKind::Reports, studentId())) {
            Row row;
            row.unknown = true;
            row.report.id = QUuid::fromString(json.value(QLatin1String("id")).toString());
            row.report.studentId = json.value(QLatin1String("student_id")).toString();
            row.report.start = parseWallTime(json.value(QLatin1String("start")).toString());
            row.studentName = names.value(row.report.studentId);
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.report.start > b.report.start;
        });
    }
    showRows(
        m_rows, rows, [](const Row &row) { return row.report.id.toString(); }, how);
}

QVariant ReportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.unknown)
        return unknownData(row, role);
    const AbsenceReport &report = row.report;
    switch (role) {
    case ReportIdRole:
        return report.id.toString(QUuid::WithoutBraces);
    case StudentIdRole:
        return report.studentId;
    case StudentNameRole:
        return row.studentName;
    case CodeRole:
        return codeKey(report.code);
    case Qt::DisplayRole:
    case CodeNameRole:
        return Wording::codeName(report.code);
    case PeriodTextRole:
        return Wording::period(report.start, report.end);
    case NoteRole:
        return report.note;
    case StateRole:
        return reportStateKey(report.state);
    case StateTextRole:
        return Wording::reportState(shownState(row));
    case ProgressRole:
        return reportProgress(shownState(row));
    case WaitingRole:
        return row.waiting;
    case CanReportBetterRole:
        return report.code == RegistrationCode::Z && !report.isFinished();
    case CanWithdrawRole:
        return bool(checkWithdrawal(report, m_userId, currentWallTime()));
    case DecisionTextRole:
        return Wording::leaveDecision(report.decision);
    case LeavePendingRole:
        return report.decision == LeaveDecision::Pending;
    }
    return {};
}

QVariant ReportsModel::unknownData(const Row &row, int role) const
{
    switch (role) {
    case ReportIdRole:
        return row.report.id.toString(QUuid::WithoutBraces);
    case StudentIdRole:
        return row.report.studentId;
    case StudentNameRole:
        return row.studentName;
    case Qt::DisplayRole:
    case CodeNameRole:
        return tr("Onbekende melding");
    case PeriodTextRole:
        return row.report.start.isValid() ? Wording::period(row.report.start, QDateTime())
                                          : QString();
    case StateTextRole:
        return tr("Werk de app bij om deze melding helemaal te zien.");
    case ProgressRole:
        return -1;
    case CodeRole:
    case NoteRole:
    case StateRole:
    case DecisionTextRole:
        return QString();
    case WaitingRole:
    case CanReportBetterRole:
    case CanWithdrawRole:
    case LeavePendingRole:
        return false;
    }
    return {};
}

QHash<int, QByteArray> ReportsModel::roleNames() const
{
    return {{ReportIdRole, "reportId"},
            {StudentIdRole, "studentId"},
            {StudentNameRole, "studentName"},
            {CodeRole, "code"},
            {CodeNameRole, "codeName"},
            {PeriodTextRole, "periodText"},
            {NoteRole, "note"},
            {StateRole, "state"},
            {StateTextRole, "stateText"},
            {ProgressRole, "progress"},
            {WaitingRole, "waiting"},
            {CanReportBetterRole, "canReportBetter"},
            {CanWithdrawRole, "canWithdraw"},
            {DecisionTextRole, "decisionText"},
            {LeavePendingRole, "leavePending"}};
}

} // namespace Aanwezig
