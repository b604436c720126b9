#include "todayabsencesmodel.h"

#include "domain/walltime.h"
#include "reporttoday.h"
#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

TodayAbsencesModel::TodayAbsencesModel(QObject *parent)
    : StoreListModel({DataKind::Reports, DataKind::People, DataKind::ContactLog}, parent)
{
    reload();
}

int TodayAbsencesModel::withoutContactCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return !row.contacted; }));
}

int TodayAbsencesModel::load(const LocalStore &store)
{
    const QDate today = currentWallTime().date();
    for (const Person &person : store.people()) {
        if (person.relation != Person::Relation::ClassStudent)
            continue;
        const auto report = reportForDay(store.reports(person.id), today);
        if (!report)
            continue;
        const QList<ContactLogEntry> contacts = store.contactLog(person.id);
        const bool contacted =
            std::any_of(contacts.cbegin(), contacts.cend(), [&](const ContactLogEntry &entry) {
                return entry.at.date() == today || entry.reportId == report->id;
            });
        m_rows.append({*report, person.displayName(), person.className, contacted});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.contacted != b.contacted)
            return !a.contacted;
        return a.studentName.localeAwareCompare(b.studentName) < 0;
    });
    return int(m_rows.size());
}

QVariant TodayAbsencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ReportIdRole:
        return row.report.id.toString(QUuid::WithoutBraces);
    case StudentIdRole:
        return row.report.studentId;
    case Qt::DisplayRole:
    case StudentNameRole:
        return row.studentName;
    case ClassNameRole:
        return row.className;
    case CodeNameRole:
        return Wording::codeName(row.report.code);
    case PeriodTextRole:
        return Wording::period(row.report.start, row.report.end);
    case NoteRole:
        return row.report.note;
    case AcknowledgedRole:
        return row.report.state == ReportState::SeenByMentor;
    case ContactedRole:
        return row.contacted;
    }
    return {};
}

QHash<int, QByteArray> TodayAbsencesModel::roleNames() const
{
    return {{ReportIdRole, "reportId"},
            {StudentIdRole, "studentId"},
            {StudentNameRole, "studentName"},
            {ClassNameRole, "className"},
            {CodeNameRole, "codeName"},
            {PeriodTextRole, "periodText"},
            {NoteRole, "note"},
            {AcknowledgedRole, "acknowledged"},
            {ContactedRole, "contacted"}};
}

} // namespace Aanwezig
