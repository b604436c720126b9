// The aanwezig app: builds the services for one profile and loads the UI.
#include "networkinformationconnectivity.h"
#include "selftest.h"
#include "services/appservices.h"

#include <QCommandLineParser>
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
    parser.addOptions({profileOption, selfTestOption});
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOption);
    QTemporaryDir scratch;
    QString profile = parser.value(profileOption);
    if (profile.isEmpty())
        profile = selfTest ? scratch.path()
                           : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    Aanwezig::NetworkInformationConnectivity connectivity;
    Aanwezig::AppServices services(profile, &connectivity);
    if (!services.ok()) {
        std::fprintf(stderr, "aanwezig: cannot open the local data in %s: %s\n",
                     qPrintable(profile), qPrintable(services.errorString()));
        return 1;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    services.setEngine(&engine);
    if (selfTest)
        return Aanwezig::runSelfTest(engine);

    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Aanwezig/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
