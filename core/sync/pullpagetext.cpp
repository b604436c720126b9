#include "pullpagetext.h"

#include "pullpagespans.h"

#include <QVarLengthArray>
#include <cmath>
#include <limits>
#include <simdjson.h>
#include <string>
#include <vector>

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

// The fields a row is filed by, as QJsonValue gives them (the last of a key
// given twice): toString() is a string's text, else ""; toInt() a whole
// number within int, else 0.
FilingFields filingFields(simdjson::dom::object data, const std::vector<std::string> &names)
{
    QVarLengthArray<std::optional<element>, 16> found(qsizetype(names.size()));
    for (const simdjson::dom::key_value_pair field : data) {
        for (size_t i = 0; i < names.size(); ++i) {
            if (field.key == names[i])
                found[qsizetype(i)] = field.value;
        }
    }
    FilingFields fields;
    fields.texts.resize(found.size());
    fields.integers.resize(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!found.at(i))
            continue;
        const element value = *found.at(i);
        constexpr auto low = double(std::numeric_limits<int>::min());
        constexpr auto high = double(std::numeric_limits<int>::max());
        double number = 0.5; // not whole: 0
        switch (value.type()) {
        case element_type::STRING: {
            const std::string_view utf8 = value.get_string().value_unsafe();
            fields.texts[i] = QByteArray(utf8.data(), qsizetype(utf8.size()));
            break;
        }
        case element_type::INT64:
            number = double(value.get_int64().value_unsafe());
            break;
        case element_type::UINT64:
            number = double(value.get_uint64().value_unsafe());
            break;
        case element_type::DOUBLE:
            number = value.get_double().value_unsafe();
            break;
        default:
            break;
        }
        if (number >= low && number <= high && number == std::floor(number))
            fields.integers[i] = int(number);
    }
    return fields;
}

// The entity as compact JSON: the text it came as, without the blanks
// between tokens, or (`span` empty) written from the parsed value.
QByteArray compactText(element data, std::string_view span)
{
    if (!span.empty() && span.front() == '{') {
        QByteArray text(qsizetype(span.size()), Qt::Uninitialized);
        size_t length = 0;
        if (!simdjson::minify(span.data(), span.size(), text.data(), length)) {
            text.truncate(qsizetype(length));
            return text;
        }
    }
    const std::string compact = simdjson::minify(data);
    return QByteArray(compact.data(), qsizetype(compact.size()));
}

// `dataSpan`: the text of the change's "data" as sent (dataSpans()), or empty.
std::optional<ServerChange> readChange(element json, std::string_view dataSpan,
                                       const std::vector<std::string> &filingKeys, QString *error)
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
    change.dataText = compactText(*data, dataSpan);
    change.filing = filingFields(data->get_object().value_unsafe(), filingKeys);
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
    std::vector<std::string> names;
    for (const QString &key : filingKeys)
        names.push_back(key.toStdString());
    PullPage page;
    page.nextCursor = textOf(cursor->get_string().value_unsafe());
    const std::optional<element> &hasMore = fields.value(2);
    page.hasMore = hasMore && hasMore->is_bool() && hasMore->get_bool().value_unsafe();
    const simdjson::dom::array array = changes->get_array().value_unsafe();
    page.changes.reserve(qsizetype(array.size()));
    std::optional<std::vector<std::string_view>> spans =
        dataSpans(std::string_view(text.constData(), size_t(text.size())));
    if (spans && spans->size() != array.size())
        spans.reset();
    qsizetype index = 0;
    for (const element json : array) {
        ++index;
        QString problem;
        std::optional<ServerChange> change = readChange(
            json, spans ? spans->at(size_t(index - 1)) : std::string_view(), names, &problem);
        if (!change) {
            *error = QStringLiteral("change %1 of the pull reply: %2").arg(index).arg(problem);
            return std::nullopt;
        }
        page.changes.append(std::move(*change));
    }
    return page;
}

} // namespace Aanwezig::SyncProtocol
