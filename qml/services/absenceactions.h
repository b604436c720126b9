#pragma once

#include "appsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

class LocalStore;
class Session;

// Reporting absence and its follow-up. Each action is saved on the phone at
// once (the sync client sends it later) and returns an empty string, or plain
// words saying why it could not be done.
class AbsenceActions : public QObject, public AppSingleton<AbsenceActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{code, name, hint}] for what a parent may report: Z, D, G and V
    Q_PROPERTY(QVariantList parentCodes READ parentCodes NOTIFY parentCodesChanged)
public:
    AbsenceActions(LocalStore *store, Session *session, QObject *parent = nullptr);

    QVariantList parentCodes() const;

    // "Ziek melden": today, the whole day, until better.
    Q_INVOKABLE QString reportSickToday(const QString &studentId);
    // See absenceform.h for the form's keys.
    Q_INVOKABLE QString reportAbsence(const QVariantMap &form);
    // "Beter melden": closes an open sickness report now.
    Q_INVOKABLE QString reportBetter(const QString &reportId);
    Q_INVOKABLE QString acknowledge(const QString &reportId);
    Q_INVOKABLE QString decideLeave(const QString &reportId, bool approved);

Q_SIGNALS:
    // The app's language changed (main() connects it).
    void parentCodesChanged();

private:
    LocalStore *m_store;
    Session *m_session;
};

} // namespace Aanwezig
