#pragma once

#include "appsingleton.h"
#include "domain/role.h"
#include "store/storetypes.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace Aanwezig {

class LocalStore;
class Preferences;

// Who uses the app: pairing with the school, the roles of this person and
// the one in use now, logging out.
//
// Pairing and logging out are done by the sync engine (core/sync): main()
// hands them in. The Pairer calls `done` with an empty string on success
// (the account is then in the store) or with the protocol's error code
// ("unauthorized", "rate_limited", ...), which the Session puts in plain words.
class Session : public QObject, public AppSingleton<Session>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool paired READ paired NOTIFY accountChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY accountChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    // The school is in Flanders: a translated message shows beside the Dutch.
    Q_PROPERTY(bool flanders READ flanders NOTIFY accountChanged)
    // role keys ("parent", "mentor", ...) this person holds, in a fixed order
    Q_PROPERTY(QStringList roles READ roles NOTIFY accountChanged)
    Q_PROPERTY(QString activeRole READ activeRole WRITE setActiveRole NOTIFY activeRoleChanged)
    Q_PROPERTY(bool pairing READ pairing NOTIFY pairingChanged)
    // From the last pairing link opened (aanwezig://pair?...): the first-run
    // page fills them in. Empty when none.
    Q_PROPERTY(QString linkServerUrl READ linkServerUrl NOTIFY pairingLinkOpened)
    Q_PROPERTY(QString linkCode READ linkCode NOTIFY pairingLinkOpened)
    // The app's local store: pages hand it to their models (`store: Session.store`).
    Q_PROPERTY(Aanwezig::LocalStore *store READ store CONSTANT)
    Q_MOC_INCLUDE("store/localstore.h")
public:
    using Done = std::function<void(const QString &errorCode)>;
    using Pairer = std::function<void(const QString &serverUrl, const QString &code, Done done)>;
    using LogOut = std::function<void()>;
    // Answers the engine's question whether another user may replace this one.
    using Confirmer = std::function<void(bool replacePreviousUser)>;

    Session(LocalStore *store, Preferences *preferences, QObject *parent = nullptr);

    void setPairer(Pairer pairer);
    // Without one, logging out wipes the local store.
    void setLogOut(LogOut logOut);
    void setConfirmer(Confirmer confirmer);
    // The pairing code belongs to another user while `lostChanges` changes of
    // this one still wait: asks the user (replaceUserQuestion()).
    void askToReplaceUser(const QString &userId, int lostChanges);
    LocalStore *store() const { return m_store; }

    bool paired() const;
    QString userId() const;
    QString serverUrl() const;
    bool flanders() const;
    QStringList roles() const;
    QString activeRole() const;
    void setActiveRole(const QString &role);
    // The active role as a domain Role (Parent when none is active).
    Role role() const;
    bool pairing() const { return m_pairing; }

    // Plain words about what is wrong with the typed address and code; empty when fine.
    Q_INVOKABLE QString checkPairingInput(const QString &serverUrl, const QString &code) const;
    Q_INVOKABLE void pair(const QString &serverUrl, const QString &code);
    // A pairing link from the command line, the system (URL scheme) or the
    // camera: false (nothing changes) unless it is one (PairingLink).
    Q_INVOKABLE bool openPairingLink(const QString &link);
    // The same, for QDesktopServices::setUrlHandler (the aanwezig: URL scheme).
    Q_SLOT void openPairingUrl(const QUrl &url) { openPairingLink(url.toString()); }
    // The first-run page took the link's address and code.
    Q_INVOKABLE void forgetPairingLink();
    QString linkServerUrl() const { return m_linkServerUrl; }
    QString linkCode() const { return m_linkCode; }
    Q_INVOKABLE QString roleName(const QString &role) const;
    // Plain words for a pairing failure reported with a protocol error code.
    static QString pairingErrorText(const QString &errorCode);
    // The answer to replaceUserQuestion(): true pairs the other user (the
    // waiting changes are lost), false keeps everything as it was.
    Q_INVOKABLE void confirmPairing(bool replacePreviousUser);
    // Wipes everything this phone holds for the user, waiting changes included.
    Q_INVOKABLE void logOut();

Q_SIGNALS:
    void accountChanged();
    void activeRoleChanged();
    void pairingChanged();
    void pairingLinkOpened();
    void pairingFinished(bool ok, const QString &message);
    void replaceUserQuestion(const QString &userId, int lostChanges);

private:
    void setPairing(bool pairing);

    // Announces a change of the account or of the role in use, when there is one.
    void accountMayHaveChanged();

    LocalStore *m_store;
    Preferences *m_preferences;
    Account m_account;
    QString m_activeRole;
    Pairer m_pairer;
    LogOut m_logOut;
    Confirmer m_confirmer;
    bool m_pairing = false;
    QString m_linkServerUrl;
    QString m_linkCode;
};

} // namespace Aanwezig
