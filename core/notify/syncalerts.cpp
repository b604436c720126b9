#include "syncalerts.h"

#include "device/foreground.h"
#include "domain/walltime.h"
#include "notificationcenter.h"
#include "protocol/notificationkinds.h"
#include "store/localstore.h"

namespace Aanwezig {

namespace {

// What the phone holds now that alerts are about.
struct Snapshot
{
    QHash<QString, WarmMessage> messages;
    QHash<QString, AbsenceNotice> notices;
    QHash<QString, AbsenceReport> reports;
};

Snapshot snapshot(const LocalStore &store)
{
    Snapshot now;
    for (const WarmMessage &message : store.messages())
        now.messages.insert(message.id.toString(QUuid::WithoutBraces), message);
    for (const AbsenceNotice &notice : store.absenceNotices())
        now.notices.insert(notice.id(), notice);
    for (const AbsenceReport &report : store.reports())
        now.reports.insert(report.id.toString(QUuid::WithoutBraces), report);
    return now;
}

QString firstName(const LocalStore &store, const QString &studentId)
{
    const auto person = store.person(studentId);
    return person ? person->firstName : QString();
}

NotificationPayload payload(const char *kind, const QString &title, const QString &body,
                            const QString &page, const QString &id, const QString &studentId)
{
    NotificationPayload p;
    p.kind = QLatin1String(kind);
    p.title = title;
    p.body = body;
    p.link = {page, id, studentId, {}};
    p.tag = p.kind + QLatin1Char('/') + id;
    return p;
}

} // namespace

SyncAlerts::SyncAlerts(LocalStore *store, Foreground *looking, NotificationCenter *center,
                       QObject *parent)
    : QObject(parent), m_store(store), m_looking(looking), m_center(center)
{
    remember();
    connect(store, &LocalStore::changed, this, [this](DataKind kind) {
        if (kind == DataKind::Messages || kind == DataKind::AbsenceNotices ||
            kind == DataKind::Reports || kind == DataKind::Account)
            look();
    });
}

void SyncAlerts::remember()
{
    const Snapshot now = snapshot(*m_store);
    m_userId = m_store->account().userId;
    m_messages = QSet<QString>(now.messages.keyBegin(), now.messages.keyEnd());
    m_notices = QSet<QString>(now.notices.keyBegin(), now.notices.keyEnd());
    m_reports = QSet<QString>(now.reports.keyBegin(), now.reports.keyEnd());
    m_seenReports.clear();
    for (const AbsenceReport &report : now.reports) {
        if (report.state == ReportState::SeenByMentor)
            m_seenReports.insert(report.id.toString(QUuid::WithoutBraces));
    }
}

void SyncAlerts::look()
{
    if (!m_store || !m_center)
        return;
    const Account account = m_store->account();
    // Another user (or none), or the first sync of this one still running:
    // nothing of what arrives is news.
    if (account.userId != m_userId || !m_store->lastSyncAt().isValid()) {
        remember();
        return;
    }
    const Snapshot now = snapshot(*m_store);
    QList<NotificationPayload> news;
    const NotificationSettings settings = m_store->notificationSettings();
    const QString me = account.userId;
    using namespace NotificationKinds;

    for (auto it = now.messages.cbegin(); it != now.messages.cend(); ++it) {
        const WarmMessage &message = it.value();
        const bool forMe =
            (account.hasRole(Role::Parent) && message.toParents) ||
            (account.hasRole(Role::Student) && message.toStudent && message.studentId == me);
        if (!m_messages.contains(it.key()) && forMe && message.senderId != me &&
            settings.wants(warmMessage))
            news.append(payload(warmMessage, tr("Bericht van school"), message.text,
                                QStringLiteral("message"), it.key(), message.studentId));
    }
    for (auto it = now.notices.cbegin(); it != now.notices.cend(); ++it) {
        const AbsenceNotice &notice = it.value();
        if (m_notices.contains(it.key()) || !account.hasRole(Role::Parent) ||
            notice.answer != AbsenceNotice::Answer::None || !settings.wants(unreportedAbsence))
            continue;
        const QString name = firstName(*m_store, notice.studentId);
        NotificationPayload p = payload(
            unreportedAbsence, tr("Alles goed?"),
            tr("%1 is vandaag niet op school en we hebben geen melding. Alles goed?").arg(name),
            QStringLiteral("student"), it.key(), notice.studentId);
        p.link.date = notice.date;
        p.actions = {{QLatin1String(NotificationActions::reportSick), tr("Ziek melden")},
                     {QLatin1String(NotificationActions::known), tr("Ik weet ervan")}};
        news.append(p);
    }
    for (auto it = now.reports.cbegin(); it != now.reports.cend(); ++it) {
        const AbsenceReport &report = it.value();
        const QString name = firstName(*m_store, report.studentId);
        if (!m_reports.contains(it.key()) && report.reporterId != me &&
            account.hasRole(Role::Mentor) && settings.wants(firstDay))
            news.append(payload(firstDay, tr("Nieuwe melding"),
                                tr("%1 is afwezig gemeld.").arg(name), QStringLiteral("student"),
                                it.key(), report.studentId));
        if (report.state == ReportState::SeenByMentor && !m_seenReports.contains(it.key()) &&
            report.reporterId == me && settings.wants(reportSeen))
            news.append(payload(reportSeen, tr("Gezien door de mentor"),
                                tr("De mentor heeft je melding over %1 gezien.").arg(name),
                                QStringLiteral("report"), it.key(), report.studentId));
    }

    remember();
    if (m_looking && m_looking->inFront())
        return;
    for (const NotificationPayload &p : news)
        m_center->present(p);
}

} // namespace Aanwezig
