#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace Aanwezig {

// How UUID ids are written in rows, records and on the wire (no braces).
QString uuidText(const QUuid &id);

// Maps an enum to its wire key through a table of {value, key} pairs.
template <typename Table, typename Enum> QString keyOf(const Table &table, Enum value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Table>
auto valueOf(const Table &table, QStringView key) -> std::optional<decltype(table[0].first)>
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

// Reads typed fields from a JSON object and keeps the first problem it meets,
// so that fromJson() functions read as a list of fields.
class JsonReader
{
public:
    enum Presence { Required, Optional };

    JsonReader(const QJsonObject &json, QString *error) : m_json(json), m_error(error) {}

    bool ok() const { return m_ok; }

    QString string(const char *key, Presence presence = Required, int maxLength = 10000);
    QUuid uuid(const char *key, Presence presence = Required);
    QDateTime wallTime(const char *key, Presence presence = Required);
    QDate date(const char *key, Presence presence = Required);
    int integer(const char *key, int min, int max, Presence presence = Required, int fallback = 0);
    bool boolean(const char *key, Presence presence = Required, bool fallback = false);
    QStringList stringList(const char *key, Presence presence = Required);

    template <typename Enum, typename Parser>
    Enum enumValue(const char *key, Parser parse, Enum fallback, Presence presence = Required)
    {
        const QJsonValue v = value(key, presence);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (const auto parsed = parse(v.toString()))
            return *parsed;
        fail(key, "has an unknown value");
        return fallback;
    }

private:
    QJsonValue value(const char *key, Presence presence);
    void fail(const char *key, const char *problem);

    const QJsonObject &m_json;
    QString *m_error;
    bool m_ok = true;
};

} // namespace Aanwezig
