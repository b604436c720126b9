// Desktop notifications through a real notification daemon: Debian's dunst
// on a private X display and session bus (run by tests/a11y/run-with-atspi.sh,
// so the machine's own desktop is never touched). What the app shows is
// read back with `dunstctl history`; a click on the notification and on one
// of its actions come back to the app. Both are chosen in dunst's own menu
// (`dunstctl context`; its menu program here picks the line the test asks
// for), since `dunstctl action` invokes nothing in dunst 1.9.0.
#include "freedesktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;

namespace {

QString dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(10000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int displayed()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
}

// The notifications in dunst's history: {summary, body, appname} each.
QList<QJsonObject> history()
{
    const QJsonObject json =
        QJsonDocument::fromJson(dunstctl({QStringLiteral("history")}).toUtf8()).object();
    QList<QJsonObject> found;
    for (const QJsonValue &group : json.value(QStringLiteral("data")).toArray()) {
        for (const QJsonValue &entry : group.toArray()) {
            const QJsonObject n = entry.toObject();
            QJsonObject plain;
            for (const char *key : {"summary", "body", "appname"})
                plain.insert(QLatin1String(key),
                             n.value(QLatin1String(key)).toObject().value(QStringLiteral("data")));
            found.append(plain);
        }
    }
    return found;
}

SystemNotification allesGoed()
{
    return {QStringLiteral("unreported_absence/S1001/2026-11-30"),
            QStringLiteral("Alles goed?"),
            QStringLiteral("Sanne is vandaag niet op school en we hebben geen melding."),
            false,
            {{QStringLiteral("report_sick"), QStringLiteral("Ziek melden")},
             {QStringLiteral("known"), QStringLiteral("Ik weet ervan")}}};
}

// Another program's ear on the bus: counts the clicks the daemon tells of.
class ClickCounter : public QObject
{
    Q_OBJECT
public:
    int clicks = 0;
public Q_SLOTS:
    void onActionInvoked(uint, const QString &) { ++clicks; }
};

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_dunst;

    static bool writeFile(const QString &path, const QString &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
    }
    // Waits for an answer of the daemon on the session bus's connection: the
    // daemon answers in order, so what the notifier sent before is handled
    // and its answers have arrived.
    static void settle()
    {
        QDBusMessage ask =
            QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                           QStringLiteral("/org/freedesktop/Notifications"),
                                           QStringLiteral("org.freedesktop.Notifications"),
                                           QStringLiteral("GetServerInformation"));
        QDBusPendingCallWatcher answer(QDBusConnection::sessionBus().asyncCall(ask));
        QTRY_VERIFY_WITH_TIMEOUT(answer.isFinished(), 10000);
    }
    // As a user does in dunst's menu: picks the entry whose line holds `text`
    // (an action's title, and the notification's title in brackets).
    void choose(const QString &text)
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("choice")), text));
        dunstctl({QStringLiteral("context")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty() ||
            qEnvironmentVariable("DISPLAY").isEmpty())
            QFAIL("run on a private display and session bus: tests/a11y/run-with-atspi.sh");
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("dunst")).isEmpty());
        // dunst's menu program: it picks the line holding the text in `choice`.
        const QString pick = m_dir.filePath(QStringLiteral("pick.sh"));
        QVERIFY(writeFile(pick, QStringLiteral("grep -m1 -F -e \"$(cat '%1')\"\n")
                                    .arg(m_dir.filePath(QStringLiteral("choice")))));
        const QString config = m_dir.filePath(QStringLiteral("dunstrc"));
        QVERIFY(writeFile(config,
                          QStringLiteral("[global]\n    dmenu = /bin/sh %1\n"
                                         "    browser = /bin/true\n    stack_duplicates = false\n")
                              .arg(pick)));
        m_dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_dunst.start(QStringLiteral("dunst"), {QStringLiteral("-config"), config});
        QVERIFY(m_dunst.waitForStarted());
        FreedesktopNotifier notifier;
        QTRY_VERIFY_WITH_TIMEOUT(notifier.available(), 10000);
    }

    void cleanupTestCase()
    {
        m_dunst.terminate();
        m_dunst.waitForFinished(5000);
    }

    void cleanup()
    {
        dunstctl({QStringLiteral("close-all")});
        QTRY_COMPARE(displayed(), 0);
    }

    void theNotificationIsShownInTheAppsWords()
    {
        FreedesktopNotifier notifier;
        const int before = int(history().size());
        // Shown again with the same key, at once and once it is on screen:
        // replaced, never doubled.
        SystemNotification changed = allesGoed();
        changed.body = QStringLiteral("Sanne is vandaag niet op school. Alles goed?");
        notifier.show(changed);
        notifier.show(allesGoed());
        settle();
        settle();
        QCOMPARE(displayed(), 1);
        notifier.show(allesGoed());
        settle();
        QCOMPARE(displayed(), 1);
        dunstctl({QStringLiteral("close-all")});
        QTRY_COMPARE(history().size(), before + 1);
        const QJsonObject shown = history().first(); // newest first
        QCOMPARE(shown.value(QStringLiteral("summary")).toString(), QStringLiteral("Alles goed?"));
        QCOMPARE(shown.value(QStringLiteral("body")).toString(), allesGoed().body);
        QCOMPARE(shown.value(QStringLiteral("appname")).toString(), QStringLiteral("Aanwezig"));
    }

    void aClickOpensIt()
    {
        FreedesktopNotifier notifier;
        QSignalSpy activated(&notifier, &Notifier::activated);
        notifier.show(allesGoed());
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, 10000);
        choose(QStringLiteral("Openen (Alles goed?)"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
        QCOMPARE(activated.first().at(0).toString(), allesGoed().key);
        QCOMPARE(activated.first().at(1).toString(), QString());
    }

    void anActionComesBackByItsId()
    {
        FreedesktopNotifier notifier;
        QSignalSpy activated(&notifier, &Notifier::activated);
        notifier.show(allesGoed());
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, 10000);
        choose(QStringLiteral("Ziek melden (Alles goed?)"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
        QCOMPARE(activated.first().at(0).toString(), allesGoed().key);
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("report_sick"));
    }

    void anotherAppsNotificationIsLeftAlone()
    {
        FreedesktopNotifier mine;
        QSignalSpy activated(&mine, &Notifier::activated);
        // Another program on its own connection.
        QDBusConnection other =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("other"));
        QDBusMessage notify = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        notify << QStringLiteral("other") << 0u << QString() << QStringLiteral("Other")
               << QStringLiteral("text")
               << QStringList{QStringLiteral("default"), QStringLiteral("Go")} << QVariantMap()
               << qint32(-1);
        ClickCounter otherClicks;
        QVERIFY(other.connect(QStringLiteral("org.freedesktop.Notifications"),
                              QStringLiteral("/org/freedesktop/Notifications"),
                              QStringLiteral("org.freedesktop.Notifications"),
                              QStringLiteral("ActionInvoked"), &otherClicks,
                              SLOT(onActionInvoked(uint, QString))));
        QCOMPARE(other.call(notify).type(), QDBusMessage::ReplyMessage);
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, 10000);
        choose(QStringLiteral("Go (Other)"));
        QTRY_COMPARE_WITH_TIMEOUT(otherClicks.clicks, 1, 10000);
        // Then one of ours: its click comes after the other's from the same daemon.
        const int shown = displayed();
        mine.show(allesGoed());
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), shown + 1, 10000);
        choose(QStringLiteral("Openen (Alles goed?)"));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
        QCOMPARE(activated.first().at(0).toString(), allesGoed().key);
        QDBusConnection::disconnectFromBus(QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
