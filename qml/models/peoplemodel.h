#pragma once

#include "domain/person.h"
#include "storelistmodel.h"

namespace Aanwezig {

// The people the user may see (their children, themselves, or their class's
// students) with how today looks for each.
class PeopleModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    // "child", "self", "class_student"; empty: everyone
    Q_PROPERTY(QString relation READ relation WRITE setRelation NOTIFY relationChanged)
public:
    enum Role {
        PersonIdRole = Qt::UserRole,
        DisplayNameRole,
        FirstNameRole,
        ClassNameRole,
        AbsentTodayRole,      // a report covers part of today
        TodayTextRole,        // "Ziek, vandaag, tot beter" or "Geen melding voor vandaag"
        OpenSickReportIdRole, // the open sickness report to close with "beter melden"
        TodayProgressRole,    // today's open report on its way (reportProgress()), -1: none
    };
    Q_ENUM(Role)

    explicit PeopleModel(QObject *parent = nullptr);

    QString relation() const { return m_relation; }
    void setRelation(const QString &relation);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void relationChanged();

protected:
    void refresh(Refresh how) override;

private:
    struct Row
    {
        Person person;
        bool absentToday = false;
        QString todayText;
        QString openSickReportId;
        int todayProgress = -1;
    };
    QString m_relation;
    QList<Row> m_rows;
};

} // namespace Aanwezig
