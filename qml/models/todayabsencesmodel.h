#pragma once

#include "storelistmodel.h"

namespace Aanwezig {

// The mentor's "Vandaag": today's absences of their class students (parents'
// reports and, where no report explains it, the lessons the school registered
// as missed): first those absent without any report (nobody knows where
// they are), then those nobody reached out to yet.
class TodayAbsencesModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int withoutContactCount READ withoutContactCount NOTIFY reloaded)
public:
    enum Role {
        ReportIdRole = Qt::UserRole, // empty for a school registration
        StudentIdRole,
        StudentNameRole,
        ClassNameRole,
        CodeNameRole,
        PeriodTextRole,
        NoteRole,
        AcknowledgedRole, // the mentor saw it
        ContactedRole,    // a contact about this student was logged today
        FromSchoolRole,   // registered by the school, no parent's report
    };
    Q_ENUM(Role)

    explicit TodayAbsencesModel(QObject *parent = nullptr);

    int withoutContactCount() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void refresh(Refresh how) override;

private:
    struct Row
    {
        QString reportId;
        QString studentId;
        QString studentName;
        QString className;
        QString codeName;
        QString periodText;
        QString note;
        bool acknowledged = false;
        bool contacted = false;
        bool fromSchool = false;
    };
    QList<Row> m_rows;
};

} // namespace Aanwezig
