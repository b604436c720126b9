#include "selftest.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

namespace Aanwezig {

namespace {
const QString moduleRoot = QStringLiteral(":/qt/qml/Aanwezig");

// Creates the component at `url`; prints and counts what went wrong.
int load(QQmlEngine &engine, const QString &path)
{
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
    std::unique_ptr<QObject> object(component.create());
    if (!object) {
        std::fprintf(stderr, "self-test: %s did not load:\n%s\n", qPrintable(path),
                     qPrintable(component.errorString()));
        return 1;
    }
    std::printf("self-test: loaded %s\n", qPrintable(path));
    return 0;
}

// The window in `language`: its translation answers, and Arabic mirrors.
int checkLanguage(QQmlEngine &engine, const QString &language)
{
    const QString settings = QStringLiteral("Instellingen");
    const QString translated = QCoreApplication::translate("Main", "Instellingen");
    if (language != QLatin1String("nl") && translated == settings) {
        std::fprintf(stderr, "self-test: no translation into %s\n", qPrintable(language));
        return 1;
    }
    QQmlComponent component(&engine,
                            QUrl(QStringLiteral("qrc") + moduleRoot + QStringLiteral("/Main.qml")));
    std::unique_ptr<QObject> window(component.create());
    auto *quickWindow = qobject_cast<QQuickWindow *>(window.get());
    if (!quickWindow)
        return 1;
    // A probe anchored to the left of the window's content: mirrored, it
    // sits at the right.
    QQmlComponent probeComponent(&engine);
    probeComponent.setData("import QtQuick\nItem { width: 10; anchors.left: parent.left }",
                           QUrl(QStringLiteral("qrc:/selftest/probe.qml")));
    std::unique_ptr<QObject> probeObject(probeComponent.beginCreate(engine.rootContext()));
    auto *probe = qobject_cast<QQuickItem *>(probeObject.get());
    if (!probe)
        return 1;
    probe->setParentItem(quickWindow->contentItem());
    probeComponent.completeCreate();
    // (The window has no size yet: mirrored, the probe's right edge is at 0.)
    const bool mirrored = probe->x() != 0;
    const bool rightToLeft = language == QLatin1String("ar");
    if (mirrored != rightToLeft) {
        std::fprintf(stderr, "self-test: the window is %s in %s\n",
                     mirrored ? "mirrored" : "not mirrored", qPrintable(language));
        return 1;
    }
    std::printf("self-test: %s: \"%s\"%s\n", qPrintable(language), qPrintable(translated),
                rightToLeft ? ", mirrored" : "");
    return 0;
}
} // namespace

int runSelfTest(QQmlEngine &engine, const QString &language)
{
    int warnings = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&warnings](const QList<QQmlError> &list) {
                         for (const QQmlError &error : list)
                             std::fprintf(stderr, "self-test: %s\n", qPrintable(error.toString()));
                         warnings += int(list.size());
                     });
    int failures = load(engine, moduleRoot + QStringLiteral("/Main.qml"));
    failures += checkLanguage(engine, language);
    const QStringList pages =
        QDir(moduleRoot + QStringLiteral("/pages"))
            .entryList({QStringLiteral("*Page.qml")}, QDir::Files, QDir::Name);
    for (const QString &page : pages)
        failures += load(engine, moduleRoot + QStringLiteral("/pages/") + page);
    std::printf("self-test: %lld pages, %d failed, %d warnings\n", qlonglong(pages.size()),
                failures, warnings);
    return failures == 0 && warnings == 0 && !pages.isEmpty() ? 0 : 1;
}

} // namespace Aanwezig
