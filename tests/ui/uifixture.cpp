#include "uifixture.h"

#include "domain/walltime.h"
#include "fixtureschoolviews.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <utility>

namespace Aanwezig::UiTest {

namespace {
template <typename Entity> QVariantList asVariants(const QList<Entity> &entities)
{
    QVariantList list;
    for (const Entity &entity : entities)
        list.append(entity.toJson().toVariantMap());
    return list;
}
} // namespace

UiFixture::UiFixture(LocalStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    // The dialler is the phone's: a test keeps what the app asked it to open.
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), this, "keepOpenedUrl");
}

UiFixture::~UiFixture()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
}

void UiFixture::keepOpenedUrl(const QUrl &url)
{
    m_openedUrls.append(url.toString());
}

QStringList UiFixture::takeOpenedUrls()
{
    return std::exchange(m_openedUrls, {});
}

void UiFixture::loadSchool(const QString &userId, const QStringList &roles)
{
    UiTest::loadSchool(*m_store, userId, roles);
}

void UiFixture::signIn(const QString &userId, const QStringList &roles)
{
    UiTest::signIn(*m_store, userId, roles);
}

void UiFixture::signOut()
{
    if (!m_store->wipe())
        qFatal("cannot wipe the store");
}

void UiFixture::setSchoolLanguage(const QString &language)
{
    Account account = m_store->account();
    account.language = language;
    if (!m_store->setAccount(account))
        qFatal("cannot set the account's language");
}

void UiFixture::setPseudoTranslation(bool on)
{
    if (on == m_pseudoTranslating)
        return;
    m_pseudoTranslating = on;
    if (on)
        QCoreApplication::installTranslator(&m_pseudoTranslator);
    else
        QCoreApplication::removeTranslator(&m_pseudoTranslator);
    if (m_engine)
        m_engine->retranslate();
}

void UiFixture::setRegion(const QString &region)
{
    Account account = m_store->account();
    account.region = region;
    if (!m_store->setAccount(account))
        qFatal("cannot set the account's region");
}

QString UiFixture::id(const QString &name) const
{
    const QHash<QString, QString> ids{
        {QStringLiteral("parent"), parentId},     {QStringLiteral("mentor"), mentorId},
        {QStringLiteral("bas"), Students::bas},   {QStringLiteral("lex"), Students::lex},
        {QStringLiteral("gijs"), Students::gijs}, {QStringLiteral("hiba"), Students::hiba},
        {QStringLiteral("ilse"), Students::ilse}};
    return ids.value(name);
}

QStringList UiFixture::waitingMutations() const
{
    QStringList names;
    for (const OutboxEntry &entry : m_store->entries(OutboxState::Pending))
        names.append(entry.name);
    return names;
}

QVariantList UiFixture::reports(const QString &studentId) const
{
    return asVariants(m_store->reports(studentId));
}

QVariantList UiFixture::messages() const
{
    return asVariants(m_store->messages());
}

QVariantList UiFixture::replies(const QString &studentId) const
{
    return asVariants(m_store->replies(studentId));
}

QVariantList UiFixture::contactLog(const QString &studentId) const
{
    return asVariants(m_store->contactLog(studentId));
}

QVariantList UiFixture::checkIns(const QString &studentId) const
{
    return asVariants(m_store->checkIns(studentId));
}

QVariantList UiFixture::planSteps(const QString &studentId) const
{
    return asVariants(m_store->planSteps(studentId));
}

QVariantMap UiFixture::returnPlan(const QString &studentId) const
{
    const auto plan = m_store->returnPlan(studentId);
    return plan ? plan->toJson().toVariantMap() : QVariantMap();
}

void UiFixture::registerMissedLessons(const QString &studentId, int daysAgo)
{
    using Lesson = RegisteredAbsence::Lesson;
    const RegisteredAbsence missed{studentId,
                                   currentWallTime().date().addDays(-daysAgo),
                                   {Lesson{QTime(8, 30), QTime(9, 20), RegistrationCode::OA},
                                    Lesson{QTime(9, 20), QTime(10, 10), RegistrationCode::OA}}};
    if (!m_store->applyPage(
            {ServerChange::put(QStringLiteral("registered_absence"), missed.toJson())},
            m_store->pullCursor()))
        qFatal("the missed lessons were refused");
}

void UiFixture::acknowledgeAll()
{
    QList<qint64> seqs;
    for (const OutboxEntry &entry : m_store->entries(OutboxState::Pending))
        seqs.append(entry.seq);
    if (!m_store->markAcknowledged(seqs))
        qFatal("cannot acknowledge the outbox");
}

void UiFixture::rejectOldest(const QString &reason)
{
    const QList<OutboxEntry> waiting = m_store->pendingEntries(1);
    if (!waiting.isEmpty() && !m_store->markRejected(waiting.constFirst().seq, reason))
        qFatal("cannot mark the oldest change refused");
}

void UiFixture::needPairingAgain()
{
    m_syncStatus.recordError(SyncStatus::ErrorKind::NeedsPairing,
                             QStringLiteral("HTTP 401 unauthorized"));
}

void UiFixture::syncWorks()
{
    m_syncStatus.setState({});
}

void UiFixture::goOffline()
{
    m_syncStatus.recordError(SyncStatus::ErrorKind::Network, QStringLiteral("no network"));
}

} // namespace Aanwezig::UiTest
