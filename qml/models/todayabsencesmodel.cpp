#include "todayabsencesmodel.h"

#include "domain/walltime.h"
#include "reporttoday.h"
#include "services/wording.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

TodayAbsencesModel::TodayAbsencesModel(QObject *parent)
    : StoreListModel(
          {DataKind::Reports, DataKind::People, DataKind::ContactLog, DataKind::RegisteredAbsences},
          parent)
{}

int TodayAbsencesModel::withoutContactCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return !row.contacted; }));
}

void TodayAbsencesModel::refresh(Refresh how)
{
    QList<Row> rows;
    if (readable()) {
        const LocalStore &store = *this->store();
        const QDate today = currentWallTime().date();
        // Every kind read once, then filed by student.
        QHash<QString, QList<AbsenceReport>> reportsOf;
        for (const AbsenceReport &report : store.reports())
            reportsOf[report.studentId].append(report);
        QHash<QString, QList<RegisteredAbsence>> registeredOf;
        for (const RegisteredAbsence &registered : store.registeredAbsences({}))
            registeredOf[registered.studentId].append(registered);
        QHash<QString, QList<ContactLogEntry>> contactsOf;
        for (const ContactLogEntry &entry : store.contactLog({}))
            contactsOf[entry.studentId].append(entry);
        for (const Person &person : store.people()) {
            if (person.relation != Person::Relation::ClassStudent)
                continue;
            Row row;
            row.studentId = person.id;
            row.studentName = person.displayName();
            row.className = person.className;
            const auto report = reportForDay(reportsOf.value(person.id), today);
            if (report) {
                row.reportId = report->id.toString(QUuid::WithoutBraces);
                row.codeName = Wording::codeName(report->code);
                row.periodText = Wording::period(report->start, report->end);
                row.note = report->note;
                row.acknowledged = report->state == ReportState::SeenByMentor;
            } else if (const auto registered = registeredOn(registeredOf.value(person.id), today)) {
                row.codeName = Wording::codeName(registered->mainCode());
                row.periodText = Wording::lessons(*registered);
                row.fromSchool = true;
            } else {
                continue;
            }
            const QList<ContactLogEntry> contacts = contactsOf.value(person.id);
            row.contacted =
                std::any_of(contacts.cbegin(), contacts.cend(), [&](const ContactLogEntry &entry) {
                    return entry.at.date() == today || (report && entry.reportId == report->id);
                });
            rows.append(row);
        }
        // Nobody knows where a student without any report is: first, then
        // those nobody talked to yet.
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.fromSchool != b.fromSchool)
                return a.fromSchool;
            if (a.contacted != b.contacted)
                return !a.contacted;
            return a.studentName.localeAwareCompare(b.studentName) < 0;
        });
    }
    showRows(
        m_rows, rows, [](const Row &row) { return row.studentId; }, how);
}

QVariant TodayAbsencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ReportIdRole:
        return row.reportId;
    case StudentIdRole:
        return row.studentId;
    case Qt::DisplayRole:
    case StudentNameRole:
        return row.studentName;
    case ClassNameRole:
        return row.className;
    case CodeNameRole:
        return row.codeName;
    case PeriodTextRole:
        return row.periodText;
    case NoteRole:
        return row.note;
    case AcknowledgedRole:
        return row.acknowledged;
    case ContactedRole:
        return row.contacted;
    case FromSchoolRole:
        return row.fromSchool;
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
            {ContactedRole, "contacted"},
            {FromSchoolRole, "fromSchool"}};
}

} // namespace Aanwezig
