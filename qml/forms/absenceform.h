#pragma once

#include "domain/absencereport.h"
#include "form.h"

#include <optional>

namespace Aanwezig {

// The parent's report form ("Afwezigheid melden"). The page binds its fields
// to it and hands it to AbsenceActions.reportAbsence.
//
// A part of the day covers [00:00, 12:00) for the morning, [12:00, 24:00) for
// the afternoon and the whole day otherwise; a typed time ("H:mm") wins over
// the part. The domain rules are checked by the store when it is saved.
class AbsenceForm : public Aanwezig::Form
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString studentId MEMBER studentId NOTIFY fieldsChanged)
    // "Z", "D", "G" or "V"
    Q_PROPERTY(QString code MEMBER code NOTIFY fieldsChanged)
    // "yyyy-MM-dd"
    Q_PROPERTY(QString startDate MEMBER startDate NOTIFY fieldsChanged)
    // "HH:mm", or empty for a part of the day
    Q_PROPERTY(QString startTime MEMBER startTime NOTIFY fieldsChanged)
    // "whole", "morning" or "afternoon"
    Q_PROPERTY(QString startPart MEMBER startPart NOTIFY fieldsChanged)
    // "until better": no end
    Q_PROPERTY(bool openEnd MEMBER openEnd NOTIFY fieldsChanged)
    // "yyyy-MM-dd"; empty: the start date
    Q_PROPERTY(QString endDate MEMBER endDate NOTIFY fieldsChanged)
    Q_PROPERTY(QString endTime MEMBER endTime NOTIFY fieldsChanged)
    Q_PROPERTY(QString endPart MEMBER endPart NOTIFY fieldsChanged)
    Q_PROPERTY(QString note MEMBER note NOTIFY fieldsChanged)

    // No child or no reason chosen, or a reason this role may not report
    Q_PROPERTY(QString codeError READ codeError NOTIFY errorsChanged)
    Q_PROPERTY(QString startDateError READ startDateError NOTIFY errorsChanged)
    Q_PROPERTY(QString startTimeError READ startTimeError NOTIFY errorsChanged)
    Q_PROPERTY(QString endDateError READ endDateError NOTIFY errorsChanged)
    Q_PROPERTY(QString endTimeError READ endTimeError NOTIFY errorsChanged)
    Q_PROPERTY(QString noteError READ noteError NOTIFY errorsChanged)
public:
    using Form::Form;

    QString studentId;
    QString code;
    QString startDate;
    QString startTime;
    QString startPart = QStringLiteral("whole");
    bool openEnd = false;
    QString endDate;
    QString endTime;
    QString endPart = QStringLiteral("whole");
    QString note;

    QString codeError() const { return fieldError(QStringLiteral("code")); }
    QString startDateError() const { return fieldError(QStringLiteral("startDate")); }
    QString startTimeError() const { return fieldError(QStringLiteral("startTime")); }
    QString endDateError() const { return fieldError(QStringLiteral("endDate")); }
    QString endTimeError() const { return fieldError(QStringLiteral("endTime")); }
    QString noteError() const { return fieldError(QStringLiteral("note")); }

    // The report the fields describe (with a new id); nullopt when a field
    // is incomplete or wrong, which its error then says.
    std::optional<AbsenceReport> toReport();

protected:
    QString fieldOf(const QString &reasonCode) const override;
};

} // namespace Aanwezig
