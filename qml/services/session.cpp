#include "session.h"

#include "preferences.h"
#include "protocol/pairinglink.h"
#include "store/localstore.h"

#include <QUrl>

namespace Aanwezig {

namespace {
// The order in which roles are offered: the mentor is the pivot.
const QList<Role> roleOrder{Role::Mentor, Role::Team, Role::Parent, Role::Student, Role::Admin};
} // namespace

Session::Session(LocalStore *store, Preferences *preferences, QObject *parent)
    : QObject(parent), m_store(store), m_preferences(preferences)
{
    connect(m_store, &LocalStore::changed, this, [this](DataKind kind) {
        if (kind == DataKind::Account)
            accountMayHaveChanged();
    });
    accountMayHaveChanged();
}

void Session::accountMayHaveChanged()
{
    const Account account = m_store->isOpen() ? m_store->account() : Account();
    if (account != m_account) {
        m_account = account;
        m_preferences->setSchoolLanguage(account.language);
        Q_EMIT accountChanged();
    }
    const QString role = activeRole();
    if (role != m_activeRole) {
        m_activeRole = role;
        Q_EMIT activeRoleChanged();
    }
}

void Session::setPairer(Pairer pairer)
{
    m_pairer = std::move(pairer);
}

void Session::setLogOut(LogOut logOut)
{
    m_logOut = std::move(logOut);
}

void Session::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

void Session::askToReplaceUser(const QString &userId, int lostChanges)
{
    Q_EMIT replaceUserQuestion(userId, lostChanges);
}

void Session::confirmPairing(bool replacePreviousUser)
{
    if (m_confirmer && m_pairing)
        m_confirmer(replacePreviousUser);
}

bool Session::paired() const
{
    return !m_account.userId.isEmpty();
}

QString Session::userId() const
{
    return m_account.userId;
}

QString Session::serverUrl() const
{
    return m_account.serverUrl;
}

bool Session::flanders() const
{
    return m_account.region == QLatin1String("be");
}

QStringList Session::roles() const
{
    QStringList keys;
    for (const Role role : roleOrder) {
        if (m_account.hasRole(role))
            keys.append(roleKey(role));
    }
    return keys;
}

QString Session::activeRole() const
{
    const QStringList held = roles();
    const QString last = m_preferences->lastRole();
    if (held.contains(last))
        return last;
    return held.value(0);
}

void Session::setActiveRole(const QString &role)
{
    if (!roles().contains(role) || role == activeRole())
        return;
    m_preferences->setLastRole(role);
    accountMayHaveChanged();
}

Role Session::role() const
{
    return parseRole(activeRole()).value_or(Role::Parent);
}

QString Session::checkPairingInput(const QString &serverUrl, const QString &code) const
{
    const QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    if (serverUrl.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return tr("Vul het adres van de school in, bijvoorbeeld https://aanwezig.school.nl.");
    if (code.trimmed().isEmpty())
        return tr("Vul de koppelcode in die je van school kreeg.");
    return {};
}

void Session::pair(const QString &serverUrl, const QString &code)
{
    if (m_pairing)
        return;
    const QString problem = checkPairingInput(serverUrl, code);
    if (!problem.isEmpty()) {
        Q_EMIT pairingFinished(false, problem);
        return;
    }
    if (!m_pairer) {
        Q_EMIT pairingFinished(false, tr("Koppelen kan in deze versie van de app nog niet."));
        return;
    }
    setPairing(true);
    const QString url = QUrl::fromUserInput(serverUrl.trimmed()).toString();
    m_pairer(url, code.trimmed(), [this](const QString &errorCode) {
        setPairing(false);
        Q_EMIT pairingFinished(errorCode.isEmpty(), pairingErrorText(errorCode));
    });
}

bool Session::openPairingLink(const QString &link)
{
    const std::optional<PairingLink> parsed = PairingLink::parse(link);
    if (!parsed)
        return false;
    m_linkServerUrl = parsed->serverUrl;
    m_linkCode = parsed->code;
    Q_EMIT pairingLinkOpened();
    return true;
}

void Session::forgetPairingLink()
{
    m_linkServerUrl.clear();
    m_linkCode.clear();
    Q_EMIT pairingLinkOpened();
}

QString Session::roleName(const QString &role) const
{
    switch (parseRole(role).value_or(Role::Admin)) {
    case Role::Parent:
        return tr("Ouder");
    case Role::Student:
        return tr("Leerling");
    case Role::Mentor:
        return tr("Mentor");
    case Role::Team:
        return tr("Verzuimteam");
    case Role::Admin:
        return tr("Beheer");
    }
    return {};
}

QString Session::pairingErrorText(const QString &errorCode)
{
    if (errorCode.isEmpty())
        return {};
    if (errorCode == QLatin1String("unauthorized"))
        return tr("Deze koppelcode werkt niet (meer). Vraag school om een nieuwe code.");
    if (errorCode == QLatin1String("rate_limited"))
        return tr("Even te veel pogingen. Probeer het over een minuut nog eens.");
    if (errorCode == QLatin1String("cancelled"))
        return tr("Niet gekoppeld. Alles op deze telefoon is bewaard.");
    if (errorCode == QLatin1String("storage_error"))
        return tr("De opslag van de app op deze telefoon gaat niet open. Start de app opnieuw "
                  "en probeer het nog eens.");
    if (errorCode == QLatin1String("unsupported_protocol"))
        return tr("Deze app is te oud voor de server van school. Werk de app eerst bij.");
    return tr("School is nu niet bereikbaar. Kijk het adres en je verbinding na en probeer het "
              "nog eens.");
}

void Session::logOut()
{
    if (m_logOut)
        m_logOut();
    else if (const RuleResult wiped = m_store->wipe(); !wiped)
        qWarning().noquote() << "logging out: cannot wipe the store:" << wiped.error().message;
}

void Session::setPairing(bool pairing)
{
    if (pairing == m_pairing)
        return;
    m_pairing = pairing;
    Q_EMIT pairingChanged();
}

} // namespace Aanwezig
