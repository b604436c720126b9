// The aanwezig app: builds the services for one profile, starts syncing and loads the UI.
#include "appruntime.h"
#include "protocol/pairinglink.h"
#include "selftest.h"

#include <QCommandLineParser>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(AanwezigPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Aanwezig"));
    QGuiApplication::setApplicationName(QStringLiteral("aanwezig"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Aanwezig: attendance, warmly."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Keep the local data in DIR (one folder per person on a shared machine)."),
        QStringLiteral("DIR"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Load the window and every page on an empty profile, then quit."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Pair with the school's server at URL (with --code)."),
        QStringLiteral("URL"));
    const QCommandLineOption codeOption(QStringLiteral("code"),
                                        QStringLiteral("The pairing code from school."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the app in LANGUAGE (nl, en, ar, tr, pl or uk), as if chosen in "
                       "Settings."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({profileOption, selfTestOption, serverOption, codeOption, languageOption});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QStringLiteral(
            "A pairing link from the school's letter (aanwezig://pair?server=...&code=...): "
            "the first-run screen shows its address and code."),
        QStringLiteral("[link]"));
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOption);
    QTemporaryDir scratch;
    QString profile = parser.value(profileOption);
    if (profile.isEmpty())
        profile = selfTest ? scratch.path()
                           : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    Aanwezig::AppRuntime runtime(profile);
    if (!runtime.ok()) {
        std::fprintf(stderr, "aanwezig: cannot open the local data in %s: %s\n",
                     qPrintable(profile), qPrintable(runtime.errorString()));
        return 1;
    }

    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        if (!Aanwezig::Preferences::translatedLanguages().contains(language)) {
            std::fprintf(stderr, "aanwezig: --language must be one of %s\n",
                         qPrintable(Aanwezig::Preferences::translatedLanguages().join(
                             QStringLiteral(", "))));
            return 1;
        }
        runtime.services().preferences().setLanguage(language);
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    runtime.services().setEngine(&engine);
    if (selfTest)
        return Aanwezig::runSelfTest(engine, runtime.services().preferences().effectiveLanguage());

    // A link on the command line (as the desktop file's %u hands it over), or
    // later from the system: the first-run screen fills it in.
    if (!parser.positionalArguments().isEmpty() &&
        !runtime.services().session().openPairingLink(parser.positionalArguments().constFirst()))
        std::fprintf(stderr, "aanwezig: %s is not a pairing link; it is ignored\n",
                     qPrintable(parser.positionalArguments().constFirst()));
    QDesktopServices::setUrlHandler(QLatin1String(Aanwezig::pairingLinkScheme),
                                    &runtime.services().session(), "openPairingUrl");
    runtime.start(parser.value(serverOption), parser.value(codeOption));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Aanwezig/Main.qml")));
    const int exitCode = engine.rootObjects().isEmpty() ? 1 : QGuiApplication::exec();
    QDesktopServices::unsetUrlHandler(QLatin1String(Aanwezig::pairingLinkScheme));
    return exitCode;
}
