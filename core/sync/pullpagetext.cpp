#include "pullpagetext.h"

#include <QJsonObject>
#include <QVarLengthArray>
#include <simdjson.h>
#include <string>

namespace Aanwezig::SyncProtocol {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

QString textOf(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// The fields of an object this reader asks for, as QJsonObject keeps them:
// of a key given twice the last value counts; absent and null are the same.
class Fields
{
public:
    Fields(element object, std::initializer_list<std::string_view> keys)
    {
        m_values.resize(qsizetype(keys.size()));
        simdjson::dom::object fields;
        if (object.get_object().get(fields))
            return;
        for (const simdjson::dom::key_value_pair field : fields) {
            qsizetype i = 0;
            for (const std::string_view key : keys) {
                if (field.key == key)
                    m_values[i] =
                        field.value.is_null() ? std::nullopt : std::optional<element>(field.value);
                ++i;
            }
        }
    }

    // The value of the i-th key asked for.
    const std::optional<element> &value(qsizetype i) const { return m_values.at(i); }

private:
    QVarLengthArray<std::optional<element>, 4> m_values;
};

// Reads fields as JsonReader does (core/domain/jsonfields.h), with its error
// texts; the first problem is the one reported.
class FieldChecks
{
public:
    explicit FieldChecks(QString *error) : m_error(error) {}
    bool ok() const { return m_ok; }

    bool present(const std::optional<element> &value, const char *key, bool required)
    {
        if (!value && required)
            fail(key, "is missing");
        return value.has_value();
    }

    QString string(const std::optional<element> &value, const char *key, bool required,
                   qsizetype maxLength)
    {
        if (!present(value, key, required))
            return {};
        if (!value->is_string()) {
            fail(key, "must be a string");
            return {};
        }
        const QString text = textOf(value->get_string().value_unsafe());
        if (text.size() > maxLength) {
            fail(key, "is too long");
            return {};
        }
        return text;
    }

    void fail(const char *key, const char *problem)
    {
        if (!m_ok)
            return;
        m_ok = false;
        *m_error = QStringLiteral("field '%1' %2").arg(QLatin1String(key), QLatin1String(problem));
    }

private:
    QString *m_error;
    bool m_ok = true;
};

// A field name as the page's reader meets it and as a QJsonObject keeps it.
struct FieldName
{
    std::string utf8;
    QString key;
};

// The scalar fields a row is filed by, as QJsonObject keeps them (the last of
// a key given twice); objects and arrays read as "" and 0 there, as they do
// when left out, so they are left out.
QJsonObject filingFields(simdjson::dom::object data, const QList<FieldName> &names)
{
    QVarLengthArray<std::optional<element>, 16> found(names.size());
    for (const simdjson::dom::key_value_pair field : data) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (field.key == names.at(i).utf8)
                found[i] = field.value;
        }
    }
    QJsonObject fields;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!found.at(i))
            continue;
        const element value = *found.at(i);
        const QString &key = names.at(i).key;
        switch (value.type()) {
        case element_type::STRING:
            fields.insert(key, textOf(value.get_string().value_unsafe()));
            break;
        case element_type::INT64:
            fields.insert(key, qint64(value.get_int64().value_unsafe()));
            break;
        case element_type::UINT64:
            fields.insert(key, double(value.get_uint64().value_unsafe()));
            break;
        case element_type::DOUBLE:
            fields.insert(key, value.get_double().value_unsafe());
            break;
        case element_type::BOOL:
            fields.insert(key, value.get_bool().value_unsafe());
            break;
        default:
            break;
        }
    }
    return fields;
}

std::optional<ServerChange> readChange(element json, const QList<FieldName> &filingKeys,
                                       QString *error)
{
    const Fields fields(json, {"op", "kind", "id", "data"});
    FieldChecks in(error);
    ServerChange change;
    if (const std::optional<element> &op = fields.value(0); in.present(op, "op", true)) {
        const std::string_view key = op->is_string() ? op->get_string().value_unsafe() : "";
        if (key == "put")
            change.op = ServerChange::Op::Put;
        else if (key == "delete")
            change.op = ServerChange::Op::Delete;
        else
            in.fail("op", "has an unknown value");
    }
    change.kind = in.string(fields.value(1), "kind", true, 64);
    change.id = in.string(fields.value(2), "id", false, 200);
    if (!in.ok())
        return std::nullopt;
    if (change.op == ServerChange::Op::Delete)
        return change; // a delete carries no data, whatever was sent
    const std::optional<element> &data = fields.value(3);
    if (!data || !data->is_object()) {
        *error = QStringLiteral("field 'data' must be an object");
        return std::nullopt;
    }
    const std::string compact = simdjson::minify(*data);
    change.dataText = QString::fromUtf8(compact.data(), qsizetype(compact.size()));
    change.data = filingFields(data->get_object().value_unsafe(), filingKeys);
    return change;
}

} // namespace

std::optional<PullPage> readPullPageText(const QByteArray &text, const QStringList &filingKeys,
                                         QString *error)
{
    // One parser per thread, so that its buffers are reused page after page.
    thread_local simdjson::dom::parser parser;
    const simdjson::padded_string padded(text.constData(), size_t(text.size()));
    element reply;
    if (parser.parse(padded).get(reply) || !reply.is_object()) {
        *error = QStringLiteral("the server's answer is not a JSON object");
        return std::nullopt;
    }
    const Fields fields(reply, {"changes", "next_cursor", "has_more"});
    const std::optional<element> &changes = fields.value(0);
    const std::optional<element> &cursor = fields.value(1);
    if (!changes || !changes->is_array() || !cursor || !cursor->is_string()) {
        *error = QStringLiteral("the pull reply lacks 'changes' or 'next_cursor'");
        return std::nullopt;
    }
    QList<FieldName> names;
    for (const QString &key : filingKeys)
        names.append({key.toStdString(), key});
    PullPage page;
    page.nextCursor = textOf(cursor->get_string().value_unsafe());
    const std::optional<element> &hasMore = fields.value(2);
    page.hasMore = hasMore && hasMore->is_bool() && hasMore->get_bool().value_unsafe();
    const simdjson::dom::array array = changes->get_array().value_unsafe();
    page.changes.reserve(qsizetype(array.size()));
    qsizetype index = 0;
    for (const element json : array) {
        ++index;
        QString problem;
        std::optional<ServerChange> change = readChange(json, names, &problem);
        if (!change) {
            *error = QStringLiteral("change %1 of the pull reply: %2").arg(index).arg(problem);
            return std::nullopt;
        }
        page.changes.append(std::move(*change));
    }
    return page;
}

} // namespace Aanwezig::SyncProtocol
