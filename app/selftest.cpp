#include "selftest.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
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
} // namespace

int runSelfTest(QQmlEngine &engine)
{
    int warnings = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&warnings](const QList<QQmlError> &list) {
                         for (const QQmlError &error : list)
                             std::fprintf(stderr, "self-test: %s\n", qPrintable(error.toString()));
                         warnings += int(list.size());
                     });
    int failures = load(engine, moduleRoot + QStringLiteral("/Main.qml"));
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
