// The notification kinds on the phone: the user's own
// notification settings and the parents' "Alles goed?" notices are pulled
// like every entity, and saving the settings or answering "Ik weet ervan"
// is one user action with its outbox entry.
#include "protocol/mutations.h"
#include "storetestsupport.h"

#include <QJsonArray>

using namespace Aanwezig;
using namespace Aanwezig::StoreTest;

namespace {

const QString noticeId = studentId + QStringLiteral("/2026-11-30");

QJsonObject notice()
{
    return {{QStringLiteral("id"), noticeId},
            {QStringLiteral("student_id"), studentId},
            {QStringLiteral("date"), QStringLiteral("2026-11-30")},
            {QStringLiteral("notified_at"), QStringLiteral("2026-11-30T09:05:00")},
            {QStringLiteral("answer"), QJsonValue::Null},
            {QStringLiteral("answered_at"), QJsonValue::Null}};
}

NotificationSettings settings(const QString &userId)
{
    NotificationSettings s = NotificationSettings::defaults(userId);
    s.kinds.insert(QStringLiteral("warm_message"), false);
    s.quietStart = QTime(22, 0);
    return s;
}

AbsenceNotice expectedNotice()
{
    return *AbsenceNotice::fromJson(notice());
}

} // namespace

class TestStoreNotifications : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

private Q_SLOTS:
    void init() { m_store = openStore(m_dir, {Role::Parent}); }

    void cleanup()
    {
        const QString path = m_store->path();
        m_store.reset();
        removeDatabaseFiles(path);
    }

    void pulledSettingsAndNoticesAreKept()
    {
        QCOMPARE(m_store->notificationSettings(), NotificationSettings::defaults(parentId));
        const RuleResult applied =
            m_store->applyPage({put("notification_settings", settings(parentId).toJson()),
                                put("absence_notice", notice())},
                               QStringLiteral("c1"));
        QVERIFY2(applied, describe(applied));
        QCOMPARE(m_store->notificationSettings(), settings(parentId));
        QCOMPARE(m_store->absenceNotices(studentId), QList<AbsenceNotice>{expectedNotice()});
        QCOMPARE(m_store->absenceNotices(), QList<AbsenceNotice>{expectedNotice()});
        QVERIFY(m_store->absenceNotices(QStringLiteral("student-2")).isEmpty());
    }

    void savingSettingsIsOneEntryForTheServer()
    {
        // Only the user's own settings (as on the server); without a user id
        // they are the account user's.
        QCOMPARE(
            errorCode(m_store->saveNotificationSettings(settings(QStringLiteral("someone-else")))),
            QStringLiteral("forbidden"));
        QCOMPARE(m_store->pendingCount(), 0);
        const RuleResult saved = m_store->saveNotificationSettings(settings(QString()));
        QVERIFY2(saved, describe(saved));
        QCOMPARE(m_store->notificationSettings(), settings(parentId));
        const QList<OutboxEntry> pending = m_store->pendingEntries(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, QLatin1String(Mutations::saveNotificationSettings));
        QCOMPARE(pending.first().targetId, parentId);
        QCOMPARE(pending.first().args.value(QStringLiteral("settings")).toObject(),
                 settings(parentId).toJson());
        // A pulled older version does not overwrite what waits for the server.
        NotificationSettings older = settings(parentId);
        older.hideNames = true;
        QVERIFY(m_store->applyPage({put("notification_settings", older.toJson())},
                                   QStringLiteral("c2")));
        QCOMPARE(m_store->notificationSettings(), settings(parentId));
        QVERIFY2(m_store->consistencyProblems().isEmpty(),
                 qPrintable(m_store->consistencyProblems().join(QLatin1Char('\n'))));
    }

    void aParentAnswersIKnowOnce()
    {
        QVERIFY(m_store->applyPage({put("absence_notice", notice())}, QStringLiteral("c1")));
        const RuleResult answered = m_store->answerAbsenceNotice(noticeId);
        QVERIFY2(answered, describe(answered));
        const AbsenceNotice now = *m_store->absenceNotice(noticeId);
        QCOMPARE(now.answer, AbsenceNotice::Answer::Known);
        QVERIFY(now.answeredAt.isValid());
        const QList<OutboxEntry> pending = m_store->pendingEntries(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().name, QLatin1String(Mutations::answerAbsenceNotice));
        QCOMPARE(pending.first().args,
                 (QJsonObject{{QStringLiteral("notice_id"), noticeId},
                              {QStringLiteral("answer"), QStringLiteral("known")}}));
        // Answering again changes nothing: the first answer stays (as on the server).
        const RuleResult again = m_store->answerAbsenceNotice(noticeId);
        QVERIFY2(again, describe(again));
        QCOMPARE(errorCode(m_store->answerAbsenceNotice(QStringLiteral("S9/2026-11-30"))),
                 QStringLiteral("not_found"));
        QCOMPARE(m_store->pendingCount(), 1);
    }

    void onlyAParentAnswers()
    {
        m_store = openStore(m_dir, {Role::Mentor}, QStringLiteral("mentor-1"),
                            QStringLiteral("mentor.db"));
        QVERIFY(m_store->applyPage({put("absence_notice", notice())}, QStringLiteral("c1")));
        QCOMPARE(errorCode(m_store->answerAbsenceNotice(noticeId)), QStringLiteral("forbidden"));
        QCOMPARE(m_store->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreNotifications)
#include "tst_storenotifications.moc"
