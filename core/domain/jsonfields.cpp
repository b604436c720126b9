#include "jsonfields.h"

#include "walltime.h"

#include <cmath>

namespace Aanwezig {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonValue JsonReader::value(const char *key, Presence presence)
{
    const QJsonValue v = m_json.value(QLatin1String(key));
    if (presence == Required && (v.isUndefined() || v.isNull()))
        fail(key, "is missing");
    return v;
}

void JsonReader::fail(const char *key, const char *problem)
{
    if (!m_ok)
        return;
    m_ok = false;
    if (m_error)
        *m_error = QStringLiteral("field '%1' %2").arg(QLatin1String(key), QLatin1String(problem));
}

QString JsonReader::string(const char *key, Presence presence, int maxLength)
{
    const QJsonValue v = value(key, presence);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, "must be a string");
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, "is too long");
        return {};
    }
    return s;
}

QUuid JsonReader::uuid(const char *key, Presence presence)
{
    const QString s = string(key, presence);
    if (s.isEmpty() && (presence == Optional || !m_ok))
        return {}; // absent (optional), or already failed; "" is not a value
    const QUuid id = QUuid::fromString(s);
    if (id.isNull())
        fail(key, "must be a UUID");
    return id;
}

QDateTime JsonReader::wallTime(const char *key, Presence presence)
{
    const QString s = string(key, presence);
    if (s.isEmpty() && (presence == Optional || !m_ok))
        return {}; // absent (optional), or already failed; "" is not a value
    const QDateTime t = parseWallTime(s);
    if (!t.isValid())
        fail(key, "must be a time like 2026-11-23T08:30");
    return t;
}

QDate JsonReader::date(const char *key, Presence presence)
{
    const QString s = string(key, presence);
    if (s.isEmpty() && (presence == Optional || !m_ok))
        return {}; // absent (optional), or already failed; "" is not a value
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        fail(key, "must be a date like 2026-11-23");
    return d;
}

int JsonReader::integer(const char *key, int min, int max, Presence presence, int fallback)
{
    const QJsonValue v = value(key, presence);
    if (v.isUndefined() || v.isNull())
        return fallback;
    // The range is checked before any cast: casting a double outside the
    // range of the target type (e.g. 1e300) is undefined behaviour.
    const double d = v.toDouble();
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d)) {
        fail(key, "must be a whole number in range");
        return fallback;
    }
    return static_cast<int>(d);
}

bool JsonReader::boolean(const char *key, Presence presence, bool fallback)
{
    const QJsonValue v = value(key, presence);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, "must be true or false");
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::stringList(const char *key, Presence presence)
{
    const QJsonValue v = value(key, presence);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, "must be a list of strings");
        return {};
    }
    QStringList list;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString()) {
            fail(key, "must be a list of strings");
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

} // namespace Aanwezig
