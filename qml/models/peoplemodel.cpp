#include "peoplemodel.h"

#include "domain/walltime.h"
#include "reporttoday.h"
#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

PeopleModel::PeopleModel(QObject *parent)
    : StoreListModel({DataKind::People, DataKind::Reports}, parent)
{}

void PeopleModel::setRelation(const QString &relation)
{
    if (relation == m_relation)
        return;
    m_relation = relation;
    Q_EMIT relationChanged();
    reset();
}

void PeopleModel::refresh(Refresh how)
{
    QList<Row> rows;
    if (readable()) {
        const LocalStore &store = *this->store();
        const QDate today = currentWallTime().date();
        const auto wanted = parseRelation(m_relation);
        QHash<QString, QList<AbsenceReport>> reportsOf;
        for (const AbsenceReport &report : store.reports())
            reportsOf[report.studentId].append(report);
        const QSet<QString> waiting = store.waitingIds(DataKind::Reports);
        for (const Person &person : store.people()) {
            if (wanted && person.relation != *wanted)
                continue;
            Row row{person, false, Wording::tr("Geen melding voor vandaag"), {}};
            const QList<AbsenceReport> reports = reportsOf.value(person.id);
            if (const auto report = reportForDay(reports, today)) {
                row.absentToday = true;
                row.todayText =
                    report->isClosed() ? Wording::tr("Beter gemeld") : reportSummary(*report);
                const bool isWaiting = waiting.contains(report->id.toString(QUuid::WithoutBraces));
                row.todayProgress = reportProgress(shownReportState(*report, isWaiting));
            }
            for (const AbsenceReport &report : reports) {
                if (report.code == RegistrationCode::Z && !report.isFinished())
                    row.openSickReportId = report.id.toString(QUuid::WithoutBraces);
            }
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.person.displayName().localeAwareCompare(b.person.displayName()) < 0;
        });
    }
    showRows(
        m_rows, rows, [](const Row &row) { return row.person.id; }, how);
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return row.person.displayName();
    case PersonIdRole:
        return row.person.id;
    case FirstNameRole:
        return row.person.firstName;
    case ClassNameRole:
        return row.person.className;
    case AbsentTodayRole:
        return row.absentToday;
    case TodayTextRole:
        return row.todayText;
    case OpenSickReportIdRole:
        return row.openSickReportId;
    case TodayProgressRole:
        return row.todayProgress;
    }
    return {};
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    return {{PersonIdRole, "personId"},
            {DisplayNameRole, "displayName"},
            {FirstNameRole, "firstName"},
            {ClassNameRole, "className"},
            {AbsentTodayRole, "absentToday"},
            {TodayTextRole, "todayText"},
            {OpenSickReportIdRole, "openSickReportId"},
            {TodayProgressRole, "todayProgress"}};
}

} // namespace Aanwezig
