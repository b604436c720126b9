#include "fuzzinput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cstdio>
#include <cstdlib>

namespace Aanwezig::Fuzz {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

std::optional<QJsonObject> jsonObjectOf(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

void propertyFailed(const char *what, const QString &details)
{
    std::fprintf(stderr, "property failed: %s\n%s\n", what, qPrintable(details));
    std::abort();
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "aanwezig-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the process
}

} // namespace Aanwezig::Fuzz
