#pragma once

#include "appsingleton.h"
#include "domain/role.h"
#include "store/storetypes.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace Aanwezig {

class LocalStore;
class Preferences;

// Who uses the app: pairing with the school, the roles of this person and
// the one in use now, logging out.
//
// Pairing itself is done by the sync client (core/sync): main() hands it in
// as a Pairer. The Pairer calls `done` with an empty string on success (after
// writing the account into the store) or with plain words saying what went
// wrong.
class Session : public QObject, public AppSingleton<Session>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool paired READ paired NOTIFY accountChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY accountChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    // role keys ("parent", "mentor", ...) this person holds, in a fixed order
    Q_PROPERTY(QStringList roles READ roles NOTIFY accountChanged)
    Q_PROPERTY(QString activeRole READ activeRole WRITE setActiveRole NOTIFY activeRoleChanged)
    Q_PROPERTY(bool pairing READ pairing NOTIFY pairingChanged)
public:
    using Done = std::function<void(const QString &error)>;
    using Pairer = std::function<void(const QString &serverUrl, const QString &code, Done done)>;

    Session(LocalStore *store, Preferences *preferences, QObject *parent = nullptr);

    void setPairer(Pairer pairer);
    LocalStore *store() const { return m_store; }

    bool paired() const;
    QString userId() const;
    QString serverUrl() const;
    QStringList roles() const;
    QString activeRole() const;
    void setActiveRole(const QString &role);
    // The active role as a domain Role (Parent when none is active).
    Role role() const;
    bool pairing() const { return m_pairing; }

    // Plain words about what is wrong with the typed address and code; empty when fine.
    Q_INVOKABLE QString checkPairingInput(const QString &serverUrl, const QString &code) const;
    Q_INVOKABLE void pair(const QString &serverUrl, const QString &code);
    Q_INVOKABLE QString roleName(const QString &role) const;
    // Wipes everything this phone holds for the user, waiting changes included.
    Q_INVOKABLE void logOut();

Q_SIGNALS:
    void accountChanged();
    void activeRoleChanged();
    void pairingChanged();
    void pairingFinished(bool ok, const QString &message);

private:
    void setPairing(bool pairing);

    // Announces a change of the account or of the role in use, when there is one.
    void accountMayHaveChanged();

    LocalStore *m_store;
    Preferences *m_preferences;
    Account m_account;
    QString m_activeRole;
    Pairer m_pairer;
    bool m_pairing = false;
};

} // namespace Aanwezig
