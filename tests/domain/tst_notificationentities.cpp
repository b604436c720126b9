// The notification contract shared by server and phone: settings, the
// "Alles goed?" notice and the push payload, through JSON and their rules.
#include "domain/absencenotice.h"
#include "domain/notificationpayload.h"
#include "domain/notificationsettings.h"
#include "domain/walltime.h"
#include "protocol/notificationkinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Aanwezig;

namespace {
QJsonObject throughText(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
}
} // namespace

class TestNotificationEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsDefaultsAreEverythingOnWithQuietNights()
    {
        const auto s = NotificationSettings::defaults(QStringLiteral("u1"));
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value("user_id").toString(), QStringLiteral("u1"));
        QCOMPARE(json.value("quiet_start").toString(), QStringLiteral("21:00"));
        QCOMPARE(json.value("quiet_end").toString(), QStringLiteral("07:00"));
        QCOMPARE(json.value("hide_names").toBool(true), false);
        QCOMPARE(json.value("team_first_day").toBool(true), false);
        const QJsonObject kinds = json.value("kinds").toObject();
        QCOMPARE(kinds.size(), 8);
        for (const char *kind : NotificationKinds::all)
            QCOMPARE(kinds.value(QLatin1String(kind)).toBool(false), true);
        QVERIFY(checkNotificationSettings(s));
    }

    void settingsRoundTrip()
    {
        auto s = NotificationSettings::defaults(QStringLiteral("ouder@example.nl"));
        s.kinds[QLatin1String(NotificationKinds::warmMessage)] = false;
        s.quietStart = QTime(22, 30);
        s.quietEnd = QTime(6, 45);
        s.hideNames = true;
        s.teamFirstDay = true;
        QString error;
        const auto back = NotificationSettings::fromJson(throughText(s.toJson()), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, s);
        QVERIFY(!back->wants(NotificationKinds::warmMessage));
        QVERIFY(back->wants(NotificationKinds::reportSeen));
    }

    void settingsRefuseWhatWouldBeLost()
    {
        const QJsonObject good = NotificationSettings::defaults("u1").toJson();
        QString error;
        QJsonObject json = good;
        json.insert("kinds", QJsonObject{{"fireworks", true}});
        QVERIFY(!NotificationSettings::fromJson(json, &error));
        QVERIFY2(error.contains("kinds.fireworks"), qPrintable(error));
        json = good;
        json.insert("kinds", QJsonObject{{"first_day", "yes"}});
        QVERIFY(!NotificationSettings::fromJson(json, &error));
        json = good;
        json.insert("quiet_start", "25:00");
        QVERIFY(!NotificationSettings::fromJson(json, &error));
        QVERIFY2(error.contains("quiet_start"), qPrintable(error));
        json = good;
        json.remove("user_id");
        QVERIFY(!NotificationSettings::fromJson(json, &error));
        json = good;
        json.remove("kinds"); // left out: everything on
        const auto partial = NotificationSettings::fromJson(json, &error);
        QVERIFY(partial && partial->wants(NotificationKinds::checkinDue));
    }

    void quietHoursMayCrossMidnight()
    {
        auto s = NotificationSettings::defaults("u1");
        QVERIFY(s.isQuietAt(QTime(21, 0)));
        QVERIFY(s.isQuietAt(QTime(23, 59)));
        QVERIFY(s.isQuietAt(QTime(6, 59)));
        QVERIFY(!s.isQuietAt(QTime(7, 0)));
        QVERIFY(!s.isQuietAt(QTime(20, 59)));
        s.quietStart = QTime(12, 0);
        s.quietEnd = QTime(13, 0);
        QVERIFY(s.isQuietAt(QTime(12, 30)));
        QVERIFY(!s.isQuietAt(QTime(13, 0)));
        s.quietEnd = s.quietStart;
        QVERIFY(!s.isQuietAt(QTime(12, 0)));
    }

    void absenceNoticeRoundTripAndAnswers()
    {
        AbsenceNotice n;
        n.studentId = QStringLiteral("S1001");
        n.date = QDate(2026, 11, 30);
        n.notifiedAt = wallTime(n.date, QTime(9, 5));
        QCOMPARE(n.id(), QStringLiteral("S1001/2026-11-30"));
        QJsonObject json = n.toJson();
        QVERIFY(json.value("answer").isNull());
        QVERIFY(json.value("answered_at").isNull());
        QString error;
        auto back = AbsenceNotice::fromJson(throughText(json), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, n);

        n.answer = AbsenceNotice::Answer::Known;
        n.answeredAt = wallTime(n.date, QTime(9, 20));
        json = n.toJson();
        QCOMPARE(json.value("answer").toString(), QStringLiteral("known"));
        back = AbsenceNotice::fromJson(throughText(json), &error);
        QVERIFY(back && *back == n);

        json.insert("id", "S1002/2026-11-30");
        QVERIFY(!AbsenceNotice::fromJson(json, &error));
        json = n.toJson();
        json.insert("answer", "maybe");
        QVERIFY(!AbsenceNotice::fromJson(json, &error));

        QVERIFY(checkParentAnswer("known"));
        QVERIFY(!checkParentAnswer("reported"));
        QVERIFY(!checkParentAnswer(""));
    }

    void payloadRoundTripsWithActions()
    {
        NotificationPayload p;
        p.kind = NotificationKinds::unreportedAbsence;
        p.title = QStringLiteral("Alles goed?");
        p.body = QStringLiteral("Sanne is vandaag niet op school en we hebben geen melding. "
                                "Alles goed?");
        p.link = {NotificationPages::reportForm, {}, QStringLiteral("S1001"), QDate(2026, 11, 30)};
        p.actions = {{NotificationActions::reportSick, QStringLiteral("Ziek melden")},
                     {NotificationActions::known, QStringLiteral("Ik weet ervan")}};
        p.tag = QStringLiteral("unreported_absence:S1001/2026-11-30");
        const QByteArray json = p.toJson();
        QVERIFY(json.startsWith("{"));
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value("v").toInt(), 1);
        QCOMPARE(object.value("dir").toString(), QStringLiteral("ltr"));
        QCOMPARE(object.value("link").toObject().value("date").toString(),
                 QStringLiteral("2026-11-30"));
        QVERIFY(!object.value("link").toObject().contains("id"));
        QString error;
        const auto back = NotificationPayload::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, p);
    }

    void payloadRefusesUnknownPagesKindsAndVersions()
    {
        NotificationPayload p;
        p.kind = NotificationKinds::warmMessage;
        p.title = QStringLiteral("Ik mis je!");
        p.link.page = NotificationPages::message;
        QJsonObject json = QJsonDocument::fromJson(p.toJson()).object();
        QString error;
        QVERIFY(NotificationPayload::fromJson(p.toJson(), &error));
        for (const auto &[key, value] : {std::pair<const char *, QJsonValue>{"v", 2},
                                         {"kind", "party"},
                                         {"dir", "up"},
                                         {"link", QJsonObject{{"page", "https://evil.example"}}},
                                         {"actions", QJsonArray{QJsonObject{{"id", 1}}}}}) {
            QJsonObject broken = json;
            broken.insert(QLatin1String(key), value);
            QVERIFY2(!NotificationPayload::fromJson(QJsonDocument(broken).toJson(), &error), key);
        }
        QVERIFY(!NotificationPayload::fromJson("[]", &error));
    }

    void payloadIsFittedIntoOneRecord()
    {
        NotificationPayload p;
        p.kind = NotificationKinds::warmMessage;
        p.title = QStringLiteral("رسالة");
        p.rightToLeft = true;
        p.language = QStringLiteral("ar");
        p.link.page = NotificationPages::message;
        p.body = QString(3000, QChar(0x0645)); // two bytes each in UTF-8
        QVERIFY(p.toJson().size() > maxNotificationPayloadBytes);
        const NotificationPayload fitted = p.fitted();
        QVERIFY(fitted.toJson().size() <= maxNotificationPayloadBytes);
        QVERIFY(fitted.toJson().size() > maxNotificationPayloadBytes - 10);
        QVERIFY(fitted.body.endsWith(QChar(0x2026)));
        QVERIFY(NotificationPayload::fromJson(fitted.toJson()));
    }
};

QTEST_GUILESS_MAIN(TestNotificationEntities)
#include "tst_notificationentities.moc"
