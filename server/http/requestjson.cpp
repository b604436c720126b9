#include "http/requestjson.h"

#include "http/apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

namespace Aanwezig::Server {

namespace {

[[noreturn]] void badField(const char *key, const char *problem)
{
    throw ApiError(
        400, "bad_request",
        QStringLiteral("Field '%1' %2.").arg(QLatin1String(key), QLatin1String(problem)));
}

QJsonValue present(const QJsonObject &json, const char *key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        badField(key, "is missing");
    return v;
}

} // namespace

QJsonObject parseJsonBody(const std::string &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(body.data(), qsizetype(body.size())), &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError(400, "malformed_json",
                       QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!doc.isObject())
        throw ApiError(400, "malformed_json", QStringLiteral("The body must be a JSON object."));
    return doc.object();
}

QString requireString(const QJsonObject &json, const char *key, int maxLength)
{
    const QJsonValue v = present(json, key);
    if (!v.isString())
        badField(key, "must be a string");
    const QString s = v.toString();
    if (s.isEmpty())
        badField(key, "must not be empty");
    if (s.size() > maxLength)
        badField(key, "is too long");
    if (hasControlCharacter(s, false))
        badField(key, "must not hold control characters");
    return s;
}

bool hasControlCharacter(QStringView text, bool allowLineBreaks)
{
    return std::any_of(text.begin(), text.end(), [&](QChar c) {
        const char16_t u = c.unicode();
        if (allowLineBreaks && (u == u'\n' || u == u'\r' || u == u'\t'))
            return false;
        return u < 0x20 || u == 0x7f;
    });
}

namespace {
QString controlCharacterPath(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return hasControlCharacter(value.toString(), true) ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found =
                controlCharacterPath(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString inner = path.isEmpty() ? it.key() : path + u'.' + it.key();
        if (hasControlCharacter(it.key(), false))
            return inner;
        const QString found = controlCharacterPath(it.value(), inner);
        if (!found.isEmpty())
            return found;
    }
    return {};
}
} // namespace

QString controlCharacterPath(const QJsonObject &json)
{
    QString path = controlCharacterPath(QJsonValue(json), QString());
    // The path is stored with the rejection: none of the key's own controls.
    for (QChar &c : path) {
        if (hasControlCharacter(QStringView(&c, 1), false))
            c = QChar(0xfffd);
    }
    return path;
}

qint64 requireWholeNumber(const QJsonObject &json, const char *key, qint64 min, qint64 max)
{
    const QJsonValue v = present(json, key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::trunc(d) != d || d < double(min) || d > double(max))
        badField(key, "must be a whole number in range");
    return qint64(d);
}

QJsonArray requireArray(const QJsonObject &json, const char *key)
{
    const QJsonValue v = present(json, key);
    if (!v.isArray())
        badField(key, "must be a list");
    return v.toArray();
}

QJsonObject requireObject(const QJsonObject &json, const char *key)
{
    const QJsonValue v = present(json, key);
    if (!v.isObject())
        badField(key, "must be an object");
    return v.toObject();
}

} // namespace Aanwezig::Server
