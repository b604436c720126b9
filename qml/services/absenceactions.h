#pragma once

#include "actionresult.h"
#include "appsingleton.h"
#include "domain/absencereport.h"
#include "forms/absenceform.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

class LocalStore;
class Session;

// Reporting absence and its follow-up. Each action is saved on the phone at
// once (the sync client sends it later) and answers an ActionResult: ok, or
// the reason code and plain words saying why it could not be done.
class AbsenceActions : public QObject, public AppSingleton<AbsenceActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{code, name, hint}] for what a parent may report: Z, D, G and V
    Q_PROPERTY(QVariantList parentCodes READ parentCodes NOTIFY parentCodesChanged)
    // The id of the report saved last on this phone, for "Ongedaan maken"
    Q_PROPERTY(QString lastReportId READ lastReportId NOTIFY lastReportIdChanged)
public:
    AbsenceActions(LocalStore *store, Session *session, QObject *parent = nullptr);

    QVariantList parentCodes() const;
    QString lastReportId() const { return m_lastReportId; }

    // "Ziek melden": today, the whole day, until better.
    Q_INVOKABLE Aanwezig::ActionResult reportSickToday(const QString &studentId);
    // The report the form describes; the form's errors tell what is wrong.
    Q_INVOKABLE Aanwezig::ActionResult reportAbsence(Aanwezig::AbsenceForm *form);
    // "Beter melden": closes an open sickness report now.
    Q_INVOKABLE Aanwezig::ActionResult reportBetter(const QString &reportId);
    // Takes back a report this user made (a mistake); it no longer counts.
    Q_INVOKABLE Aanwezig::ActionResult withdraw(const QString &reportId);
    Q_INVOKABLE Aanwezig::ActionResult acknowledge(const QString &reportId);
    Q_INVOKABLE Aanwezig::ActionResult decideLeave(const QString &reportId, bool approved);

Q_SIGNALS:
    // The app's language changed (main() connects it).
    void parentCodesChanged();
    void lastReportIdChanged();

private:
    // Saves a new report and remembers its id when it was saved.
    RuleResult save(const AbsenceReport &report);

    LocalStore *m_store;
    Session *m_session;
    QString m_lastReportId;
};

} // namespace Aanwezig
