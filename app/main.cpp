#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(AanwezigPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Aanwezig"));
    QGuiApplication::setApplicationName(QStringLiteral("aanwezig"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const bool selfTest = app.arguments().contains(QStringLiteral("--self-test"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    int warnings = 0;
    QObject::connect(&engine, &QQmlApplicationEngine::warnings, &app,
                     [&warnings](const QList<QQmlError> &list) { warnings += list.size(); });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Aanwezig/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (selfTest) {
        std::printf("self-test: QML loaded, %d warnings\n", warnings);
        return warnings == 0 ? 0 : 1;
    }
    return QGuiApplication::exec();
}
