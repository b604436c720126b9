// aanwezig-firstframe-bench: how long the app takes from start to its first
// frame with a year of a mentor's class cached on the phone. Prints the
// figures; not a timed test. Usage: aanwezig-firstframe-bench
#include "demoschool.h"
#include "domain/walltime.h"
#include "services/appservices.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(AanwezigPlugin)

using namespace Aanwezig;

namespace {

ServerChange put(const char *kind, const QJsonObject &data)
{
    ServerChange change;
    change.kind = QString::fromLatin1(kind);
    change.data = data;
    return change;
}

// A class of 30 students over the past year: sick reports, other absences,
// messages, contacts and check-ins, as a mentor's phone would hold them.
QList<ServerChange> yearOfAClass()
{
    QList<ServerChange> changes;
    const QDate today = currentWallTime().date();
    for (int s = 0; s < 30; ++s) {
        const QString id = QStringLiteral("bench-%1").arg(s);
        changes.append(put("person", Person{id, QStringLiteral("Leerling"), QString::number(s),
                                            QStringLiteral("2B"), Person::Relation::ClassStudent}
                                         .toJson()));
        changes.append(put("attendance_summary", {{QStringLiteral("student_id"), id},
                                                  {QStringLiteral("rate_pct"), 90.0 + s % 10},
                                                  {QStringLiteral("tier"), s % 3 + 1}}));
        for (int r = 0; r < 12; ++r) {
            AbsenceReport report;
            report.id = QUuid::createUuid();
            report.studentId = id;
            report.code = r % 3 == 0 ? RegistrationCode::D : RegistrationCode::Z;
            report.start = wallTime(today.addDays(-365 + r * 30 + s % 7));
            report.end = report.start.addDays(1);
            report.state = ReportState::Closed;
            changes.append(put("absence_report", report.toJson()));
            ContactLogEntry contact{QUuid::createUuid(),
                                    id,
                                    UiTest::mentorId,
                                    report.id,
                                    ContactLogEntry::Kind::Phone,
                                    QStringLiteral("Gebeld"),
                                    report.start.addSecs(3600 * 9)};
            changes.append(put("contact_log_entry", contact.toJson()));
        }
        for (int m = 0; m < 6; ++m) {
            WarmMessage message;
            message.id = QUuid::createUuid();
            message.studentId = id;
            message.senderId = UiTest::mentorId;
            message.templateKey = QStringLiteral("miss_you");
            message.text = QStringLiteral("Ik mis je!");
            message.sentAt = wallTime(today.addDays(-60 * m));
            changes.append(put("warm_message", message.toJson()));
            CheckIn checkIn{QUuid::createUuid(),
                            id,
                            1 + m % 5,
                            QStringLiteral("De buddy"),
                            QStringLiteral("Rust"),
                            wallTime(today.addDays(-50 * m))};
            changes.append(put("check_in", checkIn.toJson()));
        }
    }
    return changes;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir profile;
    {
        QCoreApplication setup(argc, argv);
        AppServices services(profile.path(), nullptr);
        UiTest::signIn(services.store(), UiTest::mentorId, {QStringLiteral("mentor")});
        const QList<ServerChange> changes = yearOfAClass();
        if (const auto refused = services.store().applyPage(changes, QStringLiteral("bench")))
            qFatal("cannot cache the year: %s", qPrintable(refused->message));
        std::printf("cached: %lld changes for 30 students over a year\n",
                    qlonglong(changes.size()));
    }

    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppServices services(profile.path(), nullptr);
    const qint64 servicesReady = sinceStart.elapsed();
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    services.setEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Aanwezig/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    const qint64 loaded = sinceStart.elapsed();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&] {
            std::printf("services ready: %lld ms\nQML loaded: %lld ms\nfirst frame: %lld ms "
                        "(goal: within 300 ms)\n",
                        servicesReady, loaded, sinceStart.elapsed());
            QCoreApplication::quit();
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
