// The aanwezig app: builds the services for one profile, starts syncing and loads the UI.
#include "keychaintokenstore.h"
#include "networkinformationconnectivity.h"
#include "selftest.h"
#include "services/appservices.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QSysInfo>
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
    parser.addOptions({profileOption, selfTestOption, serverOption, codeOption});
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

    // The token is kept per profile, so that profiles stay separate people.
    Aanwezig::KeychainTokenStore tokens(QStringLiteral("Aanwezig ") + QDir(profile).absolutePath(),
                                        QDir(profile).filePath(QStringLiteral("token")));
    Aanwezig::SyncEngine sync(services.store().path(), &tokens);
    sync.watch(&connectivity);
    services.syncStatus().setSource(sync.status());
    QObject::connect(&services.syncStatus(), &Aanwezig::SyncStatusView::syncRequested, &sync,
                     &Aanwezig::SyncEngine::refresh);
    Aanwezig::Session::Done pairingDone;
    QObject::connect(&sync, &Aanwezig::SyncEngine::pairingFinished, &app,
                     [&pairingDone](bool ok, const QString &errorCode) {
                         if (pairingDone)
                             std::exchange(pairingDone, {})(ok ? QString()
                                                            : errorCode.isEmpty()
                                                                ? QStringLiteral("network")
                                                                : errorCode);
                     });
    services.session().setPairer([&sync, &pairingDone](const QString &server, const QString &code,
                                                       Aanwezig::Session::Done done) {
        pairingDone = std::move(done);
        sync.pair(server, code, QSysInfo::machineHostName());
    });
    services.session().setLogOut([&sync] { sync.logout(); });
    sync.start();
    if (parser.isSet(serverOption) && parser.isSet(codeOption) && !services.session().paired())
        services.session().pair(parser.value(serverOption), parser.value(codeOption));

    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Aanwezig/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
