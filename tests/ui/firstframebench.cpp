// aanwezig-firstframe-bench: how long the app takes from start to its first
// frame (frameSwapped of its window) with a year of a mentor's class cached on
// the phone, and where that time goes. Prints the figures; not a timed test.
// Usage: aanwezig-firstframe-bench
//
// Under xcb with Mesa's software OpenGL (llvmpipe) the first frame also
// compiles the shaders it draws with, unless an earlier start left them in
// the shader caches under XDG_CACHE_HOME; for a cold start point that at an
// empty folder:
//   xvfb-run -a env QT_QPA_PLATFORM=xcb XDG_CACHE_HOME=$(mktemp -d) aanwezig-firstframe-bench
#include "domain/walltime.h"
#include "fixtureschoolviews.h"
#include "services/appservices.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(AanwezigPlugin)

using namespace Aanwezig;

namespace {

// A class of 30 students over the past year: sick reports, other absences,
// messages, contacts and check-ins, as a mentor's phone would hold them.
QList<ServerChange> yearOfAClass()
{
    QList<ServerChange> changes;
    const QDate today = currentWallTime().date();
    for (int s = 0; s < 30; ++s) {
        const QString id = QStringLiteral("bench-%1").arg(s);
        changes.append(
            ServerChange::put("person", Person{id, QStringLiteral("Leerling"), QString::number(s),
                                               QStringLiteral("2B"), Person::Relation::ClassStudent}
                                            .toJson()));
        changes.append(
            ServerChange::put("attendance_summary", {{QStringLiteral("student_id"), id},
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
            changes.append(ServerChange::put("absence_report", report.toJson()));
            ContactLogEntry contact{QUuid::createUuid(),
                                    id,
                                    UiTest::mentorId,
                                    report.id,
                                    ContactLogEntry::Kind::Phone,
                                    QStringLiteral("Gebeld"),
                                    report.start.addSecs(3600 * 9)};
            changes.append(ServerChange::put("contact_log_entry", contact.toJson()));
        }
        for (int m = 0; m < 6; ++m) {
            WarmMessage message;
            message.id = QUuid::createUuid();
            message.studentId = id;
            message.senderId = UiTest::mentorId;
            message.templateKey = QStringLiteral("miss_you");
            message.text = QStringLiteral("Ik mis je!");
            message.sentAt = wallTime(today.addDays(-60 * m));
            changes.append(ServerChange::put("warm_message", message.toJson()));
            CheckIn checkIn{QUuid::createUuid(),
                            id,
                            1 + m % 5,
                            QStringLiteral("De buddy"),
                            QStringLiteral("Rust"),
                            wallTime(today.addDays(-50 * m))};
            changes.append(ServerChange::put("check_in", checkIn.toJson()));
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
        if (const auto done = services.store().applyPage(changes, QStringLiteral("bench")); !done)
            qFatal("cannot cache the year: %s", qPrintable(done.error().message));
        std::printf("cached: %lld changes for 30 students over a year\n",
                    qlonglong(changes.size()));
    }

    // From here on as the app starts, with the moments in between noted (some
    // on the render thread).
    QElapsedTimer sinceStart;
    sinceStart.start();
    QMutex mutex;
    QList<std::pair<const char *, qint64>> moments;
    const auto note = [&](const char *what) {
        const QMutexLocker lock(&mutex);
        moments.append({what, sinceStart.elapsed()});
    };
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    note("QGuiApplication");
    AppServices services(profile.path(), nullptr);
    note("local store open (services)");
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    services.setEngine(&engine);
    note("QML engine");
    const QUrl main(QStringLiteral("qrc:/qt/qml/Aanwezig/Main.qml"));
    // Compiling first (the engine keeps the result) splits load() in two.
    const QQmlComponent compiled(&engine, main);
    note("QML compiled (Main and what it uses)");
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [&](QObject *object) {
            auto *window = qobject_cast<QQuickWindow *>(object);
            if (!window)
                return;
            QObject::connect(
                window, &QQuickWindow::sceneGraphInitialized, window,
                [&] { note("scene graph and OpenGL ready"); }, Qt::DirectConnection);
            QObject::connect(
                window, &QQuickWindow::beforeSynchronizing, window,
                [&] { note("first sync starts"); },
                Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
            QObject::connect(
                window, &QQuickWindow::beforeRendering, window,
                [&] { note("first render starts"); },
                Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
        },
        Qt::SingleShotConnection);
    engine.load(main);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    note("QML created (window and first page)");
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&] {
            note("first frame (frameSwapped)");
            qint64 before = 0;
            const QMutexLocker lock(&mutex);
            std::sort(moments.begin(), moments.end(),
                      [](const auto &a, const auto &b) { return a.second < b.second; });
            for (const auto &[what, at] : moments) {
                std::printf("%6lld ms  +%4lld  %s\n", at, at - before, what);
                before = at;
            }
            std::printf("first frame: %lld ms (goal: within 300 ms)\n", before);
            QCoreApplication::quit();
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
