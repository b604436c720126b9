// aanwezig-screens: renders every main screen of every role to PNG, offscreen,
// on a phone (360x640) in Dutch and English and one right-to-left message
// screen, every parent and student screen also in Arabic (mirrored), Turkish,
// Polish and Ukrainian, and in Dutch on a tablet upright (800x1280) and on its
// side (1280x800), for review. The images are not committed (but for the three
// in the README, docs/screens). Usage: aanwezig-screens [--out DIR]
// [--languages nl,en,ar,...]
//
// With QT_QPA_PLATFORM=offscreen Qt Quick falls back to its software renderer,
// which leaves out Material's shadows and the backgrounds drawn with them; for
// images that look like a phone, render in a virtual X server with OpenGL:
//   xvfb-run -a env QT_QPA_PLATFORM=xcb build/tests/ui/aanwezig-screens --out screens
#include "domain/walltime.h"
#include "fixtureschoolviews.h"
#include "services/appservices.h"
#include "uifixture.h"

#include <QCommandLineParser>
#include <QDir>
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

struct Screen
{
    const char *name;
    QString userId;
    QStringList roles;
    const char *role;
    int section;      // the role's section to open
    const char *page; // or a page to push on top of it (empty: none)
    QVariantMap properties;
    const char *messageLanguage = nullptr;
    // What happens on the phone before the screen is shown (none: nullptr).
    void (*prepare)(LocalStore &store, UiTest::UiFixture &fixture) = nullptr;
};

// Bas's parent reported him sick this morning: his card shows the report on
// its way and "Beter melden".
void basReportedSick(LocalStore &store, UiTest::UiFixture &)
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = UiTest::Students::bas;
    report.code = RegistrationCode::Z;
    report.start = periodOf(currentWallTime().date(), DayPart::WholeDay).start;
    if (!store.reportAbsence(report, Role::Parent))
        qFatal("the sick report was refused");
}

// Ilse missed this morning's lessons and nobody reported anything.
void ilseMissingWithoutAReport(LocalStore &, UiTest::UiFixture &fixture)
{
    fixture.registerMissedLessons(UiTest::Students::ilse, 0);
}

// Lets animations and pending work settle before a grab.
void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QList<Screen> screens()
{
    const QStringList parent{QStringLiteral("parent")};
    const QStringList mentor{QStringLiteral("mentor"), QStringLiteral("parent")};
    const QStringList student{QStringLiteral("student")};
    const QVariantMap bas{{QStringLiteral("studentId"), UiTest::Students::bas},
                          {QStringLiteral("studentName"), QStringLiteral("Bas")}};
    const QVariantMap gijs{{QStringLiteral("studentId"), UiTest::Students::gijs},
                           {QStringLiteral("studentName"), QStringLiteral("Gijs Groen")}};
    return {
        {"parent-children", UiTest::parentId, parent, "parent", 0, "", {}},
        {"parent-children-sick",
         UiTest::parentId,
         parent,
         "parent",
         0,
         "",
         {},
         nullptr,
         basReportedSick},
        {"parent-report-form", UiTest::parentId, parent, "parent", 0, "ReportAbsencePage.qml", bas},
        {"parent-reports", UiTest::parentId, parent, "parent", 1, "", {}},
        {"parent-messages", UiTest::parentId, parent, "parent", 2, "", {}},
        {"parent-messages-rtl", UiTest::parentId, parent, "parent", 2, "", {}, "ar"},
        {"parent-attendance", UiTest::parentId, parent, "parent", 0, "AttendancePage.qml", bas},
        {"parent-plan", UiTest::parentId, parent, "parent", 0, "ReturnPlanPage.qml", bas},
        {"parent-settings", UiTest::parentId, parent, "parent", 0, "SettingsPage.qml", {}},
        {"mentor-today", UiTest::mentorId, mentor, "mentor", 0, "", {}},
        {"mentor-today-without-report",
         UiTest::mentorId,
         mentor,
         "mentor",
         0,
         "",
         {},
         nullptr,
         ilseMissingWithoutAReport},
        {"mentor-settings-role", UiTest::mentorId, mentor, "mentor", 0, "SettingsPage.qml", {}},
        {"mentor-class", UiTest::mentorId, mentor, "mentor", 1, "", {}},
        {"mentor-student", UiTest::mentorId, mentor, "mentor", 1, "StudentPage.qml", gijs},
        {"mentor-compose", UiTest::mentorId, mentor, "mentor", 0, "ComposeMessagePage.qml", gijs},
        {"mentor-contact", UiTest::mentorId, mentor, "mentor", 0, "LogContactPage.qml", gijs},
        {"mentor-plan-editor", UiTest::mentorId, mentor, "mentor", 1, "PlanEditorPage.qml", bas},
        {"student-messages", UiTest::Students::bas, student, "student", 0, "", {}},
        {"student-plan", UiTest::Students::bas, student, "student", 1, "", {}},
        {"student-checkin", UiTest::Students::bas, student, "student", 2, "", {}},
        {"student-support", UiTest::Students::bas, student, "student", 3, "", {}},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write the PNG files to DIR."),
                                       QStringLiteral("DIR"), QStringLiteral("screens"));
    const QCommandLineOption languagesOption(
        QStringLiteral("languages"), QStringLiteral("Only these languages (comma-separated)."),
        QStringLiteral("CODES"));
    parser.addOption(outOption);
    parser.addOption(languagesOption);
    parser.process(app);
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());

    QTemporaryDir profile;
    AppServices services(profile.path(), nullptr);
    if (!services.ok())
        qFatal("cannot open a scratch profile: %s", qPrintable(services.errorString()));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    services.setEngine(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Aanwezig/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    const QJSValue shell = engine.toScriptValue(window);
    UiTest::UiFixture fixture(&services.store());

    int written = 0;
    const auto render = [&](const QString &fileName) {
        settle(600);
        if (window->grabWindow().save(out.filePath(fileName))) {
            std::printf("%s\n", qPrintable(out.filePath(fileName)));
            ++written;
        }
    };

    // Phone screens are named <language>-<screen>.png, tablet ones
    // <language>-<width>x<height>-<screen>.png.
    struct Pass
    {
        const char *language;
        QSize size;
    };
    const QSize phone(360, 640);
    const QStringList only =
        parser.value(languagesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Pass &pass : {Pass{"nl", phone}, Pass{"en", phone}, Pass{"ar", phone},
                             Pass{"tr", phone}, Pass{"pl", phone}, Pass{"uk", phone},
                             Pass{"nl", QSize(800, 1280)}, Pass{"nl", QSize(1280, 800)}}) {
        const QLatin1String language(pass.language);
        if (!only.isEmpty() && !only.contains(language))
            continue;
        // The parents' and students' languages leave out the staff screens,
        // which stay in English there (qml/i18n/README.md).
        const bool parentLanguage =
            language != QLatin1String("nl") && language != QLatin1String("en");
        const QString prefix = pass.size == phone ? language + QLatin1Char('-')
                                                  : QStringLiteral("%1-%2x%3-")
                                                        .arg(language)
                                                        .arg(pass.size.width())
                                                        .arg(pass.size.height());
        window->resize(pass.size);
        if (!services.store().wipe())
            qFatal("cannot wipe the store between passes");
        services.preferences().setLanguage(language);
        render(prefix + QStringLiteral("first-run.png"));
        for (const Screen &screen : screens()) {
            const bool rtl = screen.messageLanguage != nullptr;
            if (rtl && (language != QLatin1String("nl") || pass.size != phone))
                continue;
            if (parentLanguage && QLatin1String(screen.role) == QLatin1String("mentor"))
                continue;
            services.preferences().setMessageLanguage(
                rtl ? QString::fromLatin1(screen.messageLanguage) : QString(language));
            services.preferences().setLastRole(QString::fromLatin1(screen.role));
            UiTest::loadSchool(services.store(), screen.userId, screen.roles);
            if (screen.prepare)
                screen.prepare(services.store(), fixture);
            shell.property(QStringLiteral("showSection"))
                .callWithInstance(shell, {QJSValue(screen.section)});
            if (*screen.page)
                shell.property(QStringLiteral("openPage"))
                    .callWithInstance(shell, {QJSValue(QString::fromLatin1(screen.page)),
                                              engine.toScriptValue(screen.properties)});
            render(prefix + QLatin1String(screen.name) + QStringLiteral(".png"));
        }
    }
    std::printf("%d screens written to %s\n", written, qPrintable(out.absolutePath()));
    return written > 0 ? 0 : 1;
}
