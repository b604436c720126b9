#pragma once

#include "domain/absencereport.h"
#include "storelistmodel.h"

namespace Aanwezig {

// The mentor's "Vandaag": today's absences of their class students (parents'
// reports and school registrations alike), those nobody reached out to yet first.
class TodayAbsencesModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int withoutContactCount READ withoutContactCount NOTIFY reloaded)
public:
    enum Role {
        ReportIdRole = Qt::UserRole,
        StudentIdRole,
        StudentNameRole,
        ClassNameRole,
        CodeNameRole,
        PeriodTextRole,
        NoteRole,
        AcknowledgedRole, // the mentor saw it
        ContactedRole,    // a contact about this student was logged today
    };
    Q_ENUM(Role)

    explicit TodayAbsencesModel(QObject *parent = nullptr);

    int withoutContactCount() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int load(const LocalStore &store) override;
    void clearRows() override { m_rows.clear(); }

private:
    struct Row
    {
        AbsenceReport report;
        QString studentName;
        QString className;
        bool contacted = false;
    };
    QList<Row> m_rows;
};

} // namespace Aanwezig
