#include "attendancereport.h"

#include "csvwriter.h"
#include "studentattendance.h"

#include <QHash>
#include <algorithm>

namespace Aanwezig {

namespace {

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QStringList reportRow(const RosterEntry &student, const StudentAttendance &attendance)
{
    const AttendanceTotals &totals = attendance.totals;
    return {student.studentId,
            student.className,
            QString::number(totals.scheduledMin),
            QString::number(totals.presentMin()),
            QString::number(totals.missedMin),
            QString::number(totals.unauthorisedMin),
            attendance.rateTenths ? formatRateTenths(*attendance.rateTenths) : QString(),
            optionalNumber(attendance.tier),
            QString::number(attendance.largestUnauthorised28d),
            legalSignalKey(attendance.legal),
            yesNo(attendance.sick),
            yesNo(attendance.late)};
}

} // namespace

const QStringList &attendanceReportHeader()
{
    static const QStringList header =
        QStringLiteral("student_id,class,scheduled_min,present_min,missed_min,"
                       "unauthorised_min,rate_pct,tier,legal_max_28d_min,"
                       "legal_signal,sick_signal,late_signal")
            .split(u',');
    return header;
}

QByteArray attendanceReportCsv(const QList<RosterEntry> &roster,
                               const QList<Registration> &registrations, QDate from, QDate to)
{
    QHash<QString, QList<Registration>> rowsPerStudent;
    for (const Registration &row : registrations)
        rowsPerStudent[row.studentId].append(row);

    QList<RosterEntry> students = roster;
    std::sort(students.begin(), students.end(),
              [](const RosterEntry &a, const RosterEntry &b) { return a.studentId < b.studentId; });

    QString csv = csvLine(attendanceReportHeader());
    for (const RosterEntry &student : students) {
        const StudentAttendance attendance =
            computeStudentAttendance(rowsPerStudent.value(student.studentId), from, to);
        csv += csvLine(reportRow(student, attendance));
    }
    return csv.toUtf8();
}

} // namespace Aanwezig
