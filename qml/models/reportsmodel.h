#pragma once

#include "domain/absencereport.h"
#include "studentlistmodel.h"

namespace Aanwezig {

// Absence reports, newest first, with where each is on its way to the mentor.
class ReportsModel : public Aanwezig::StudentListModel
{
    Q_OBJECT
    QML_ELEMENT
    // empty: the reports of everyone the user may see
public:
    enum Role {
        ReportIdRole = Qt::UserRole,
        StudentIdRole,
        StudentNameRole,
        CodeRole,
        CodeNameRole,
        PeriodTextRole,
        NoteRole,
        StateRole,     // "saved_on_phone", "sent", "received", "seen_by_mentor", "closed"
        StateTextRole, // plain words
        ProgressRole,  // 0 saved on the phone .. 3 seen by the mentor; -1 closed
        WaitingRole,   // still on the phone, waiting for the server
        CanReportBetterRole,
        CanWithdrawRole,  // see checkWithdrawal()
        DecisionTextRole, // for a leave request
        LeavePendingRole, // a leave request waiting for the school's decision
    };
    Q_ENUM(Role)

    explicit ReportsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refresh(Refresh how) override;

private:
    struct Row
    {
        AbsenceReport report;
        QString studentName;
        bool waiting = false;
        // From a newer server, with a state or code this app does not know:
        // shown neutrally ("Onbekende melding"), nothing can be done with it.
        bool unknown = false;
    };
    QVariant unknownData(const Row &row, int role) const;
    // See shownReportState().
    static ReportState shownState(const Row &row);

    QList<Row> m_rows;
    QString m_userId; // this phone's user, who may withdraw their own reports
};

} // namespace Aanwezig
