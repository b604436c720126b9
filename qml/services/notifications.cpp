#include "notifications.h"

#include "domain/walltime.h"
#include "protocol/notificationkinds.h"
#include "protocol/reasoncodes.h"
#include "store/localstore.h"
#include "wording.h"

namespace Aanwezig {

namespace {

// The kinds a person with these roles can receive, in the order shown.
QList<const char *> kindsFor(const Account &account)
{
    using namespace NotificationKinds;
    QList<const char *> kinds;
    const auto add = [&kinds](std::initializer_list<const char *> some) {
        for (const char *kind : some) {
            if (!kinds.contains(kind))
                kinds.append(kind);
        }
    };
    if (account.hasRole(Role::Mentor) || account.hasRole(Role::Team))
        add({firstDay, morningSummary});
    if (account.hasRole(Role::Parent))
        add({unreportedAbsence, reportSeen, leaveDecided, warmMessage});
    if (account.hasRole(Role::Student))
        add({warmMessage, planStep, checkinDue});
    return kinds;
}

QString kindName(const QString &kind)
{
    using namespace NotificationKinds;
    if (kind == QLatin1String(firstDay))
        return Notifications::tr("Eerste dag afwezig (meteen in schooltijd)");
    if (kind == QLatin1String(morningSummary))
        return Notifications::tr("Ochtendoverzicht om 07:45");
    if (kind == QLatin1String(unreportedAbsence))
        return Notifications::tr("Afwezig zonder melding: \"Alles goed?\"");
    if (kind == QLatin1String(reportSeen))
        return Notifications::tr("De mentor zag mijn melding");
    if (kind == QLatin1String(leaveDecided))
        return Notifications::tr("Besluit over verlof");
    if (kind == QLatin1String(warmMessage))
        return Notifications::tr("Berichten van school");
    if (kind == QLatin1String(planStep))
        return Notifications::tr("Nieuwe of gewijzigde stap in mijn plan");
    if (kind == QLatin1String(checkinDue))
        return Notifications::tr("Tijd voor mijn check-in");
    return kind;
}

QVariantMap linkMap(const NotificationPayload::Link &link)
{
    return {{QStringLiteral("page"), link.page},
            {QStringLiteral("id"), link.id},
            {QStringLiteral("studentId"), link.studentId},
            {QStringLiteral("date"),
             link.date.isValid() ? link.date.toString(Qt::ISODate) : QString()}};
}

} // namespace

Notifications::Notifications(LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_center(nullptr, store)
{
    connect(&m_center, &NotificationCenter::openRequested, this,
            [this](const NotificationPayload::Link &link) { Q_EMIT openRequested(linkMap(link)); });
    connect(store, &LocalStore::changed, this, [this](DataKind kind) {
        if (kind == DataKind::NotificationSettings || kind == DataKind::Account)
            Q_EMIT settingsChanged();
        if (kind == DataKind::AbsenceNotices) {
            ++m_noticesRevision;
            Q_EMIT noticesChanged();
        }
    });
}

QVariantList Notifications::kinds() const
{
    const NotificationSettings settings = m_store->notificationSettings();
    QVariantList list;
    for (const char *kind : kindsFor(m_store->account()))
        list.append(QVariantMap{{QStringLiteral("key"), QLatin1String(kind)},
                                {QStringLiteral("name"), kindName(QLatin1String(kind))},
                                {QStringLiteral("on"), settings.wants(kind)}});
    return list;
}

QString Notifications::quietStart() const
{
    return formatClockTime(m_store->notificationSettings().quietStart);
}

QString Notifications::quietEnd() const
{
    return formatClockTime(m_store->notificationSettings().quietEnd);
}

bool Notifications::hideNames() const
{
    return m_store->notificationSettings().hideNames;
}

bool Notifications::teamFirstDay() const
{
    return m_store->notificationSettings().teamFirstDay;
}

bool Notifications::isTeam() const
{
    return m_store->account().hasRole(Role::Team);
}

ActionResult Notifications::save(const std::function<void(NotificationSettings &)> &change)
{
    NotificationSettings settings = m_store->notificationSettings();
    change(settings);
    return ActionResult(m_store->saveNotificationSettings(settings));
}

ActionResult Notifications::setKind(const QString &key, bool on)
{
    return save([&](NotificationSettings &s) { s.kinds.insert(key, on); });
}

ActionResult Notifications::setQuietHours(const QString &start, const QString &end)
{
    const std::optional<QTime> from = parseClockTime(start);
    const std::optional<QTime> to = parseClockTime(end);
    if (!from || !to)
        return RuleResult(RuleError{QString::fromLatin1(ReasonCodes::invalidQuietHours), {}});
    return save([&](NotificationSettings &s) {
        s.quietStart = *from;
        s.quietEnd = *to;
    });
}

ActionResult Notifications::setHideNames(bool hide)
{
    return save([&](NotificationSettings &s) { s.hideNames = hide; });
}

ActionResult Notifications::setTeamFirstDay(bool on)
{
    return save([&](NotificationSettings &s) { s.teamFirstDay = on; });
}

QString Notifications::studentName(const QString &studentId) const
{
    const auto person = m_store->person(studentId);
    return person ? person->firstName : QString();
}

QString Notifications::noticeAnswer(const QString &studentId) const
{
    const QList<AbsenceNotice> notices = m_store->absenceNotices(studentId);
    for (auto it = notices.crbegin(); it != notices.crend(); ++it) {
        if (it->answer == AbsenceNotice::Answer::Known)
            return tr("Ouder: ik weet ervan (%1)").arg(Wording::date(it->date));
    }
    return {};
}

} // namespace Aanwezig
