#include "csvreader.h"

#include <QStringDecoder>

namespace Aanwezig {

namespace {

const QByteArray utf8ByteOrderMark("\xEF\xBB\xBF");

// The 1-based line holding the first byte sequence that is not UTF-8, or 0.
int firstLineThatIsNotUtf8(const QByteArray &content)
{
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        [[maybe_unused]] const QString text = decoder.decode(lines[i]);
        if (decoder.hasError())
            return i + 1;
    }
    return 0;
}

// Splits decoded CSV text into records, keeping track of line numbers.
class CsvScanner
{
public:
    CsvScanner(const QString &text, const QString &fileName) : m_text(text), m_fileName(fileName) {}

    // Moves past entirely empty lines; false when nothing is left.
    bool skipToNextRecord()
    {
        while (!atEnd() && atLineEnd())
            consumeLineEnd();
        return !atEnd();
    }

    // Reads one record and the line end after it; only after skipToNextRecord() returned true.
    Parsed<CsvRecord> nextRecord()
    {
        CsvRecord record{m_line, {}};
        for (;;) {
            Parsed<QString> field = nextField(record);
            if (!field.ok())
                return field.error();
            record.fields.append(field.value());
            if (atEnd())
                return record;
            if (atLineEnd()) {
                consumeLineEnd();
                return record;
            }
            ++m_pos; // the comma: nextField stops only at a comma, a line end or the end
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return m_text[m_pos]; }
    bool followedBy(QChar c) const { return m_pos + 1 < m_text.size() && m_text[m_pos + 1] == c; }
    bool atLineEnd() const
    {
        return current() == u'\n' || (current() == u'\r' && followedBy(u'\n'));
    }
    void consumeLineEnd()
    {
        m_pos += current() == u'\r' ? 2 : 1;
        ++m_line;
    }

    InputError error(const CsvRecord &record, const QString &message) const
    {
        return InputError{
            m_fileName, record.line,
            QStringLiteral("field %1: %2").arg(record.fields.size() + 1).arg(message)};
    }

    Parsed<QString> nextField(const CsvRecord &record)
    {
        if (!atEnd() && current() == u'"')
            return quotedField(record);
        return plainField(record);
    }

    Parsed<QString> plainField(const CsvRecord &record)
    {
        QString field;
        while (!atEnd() && current() != u',' && !atLineEnd()) {
            if (current() == u'"')
                return error(record, QStringLiteral("a quote inside a field that does not start "
                                                    "with a quote; put the whole field in quotes "
                                                    "and write each quote in it twice (\"\")"));
            if (current() == u'\r')
                return error(record, QStringLiteral("a carriage return that does not end a line"));
            field.append(current());
            ++m_pos;
        }
        return field;
    }

    Parsed<QString> quotedField(const CsvRecord &record)
    {
        ++m_pos; // the opening quote
        QString field;
        for (;;) {
            if (atEnd())
                return error(record, QStringLiteral("a quoted field is never closed; add the "
                                                    "closing quote (\") where the field ends"));
            if (current() == u'"' && followedBy(u'"')) {
                field.append(u'"');
                m_pos += 2;
            } else if (current() == u'"') {
                ++m_pos;
                break;
            } else {
                if (current() == u'\n')
                    ++m_line;
                field.append(current());
                ++m_pos;
            }
        }
        if (!atEnd() && current() != u',' && !atLineEnd())
            return error(record, QStringLiteral("text after the closing quote; a quote inside a "
                                                "quoted field must be written twice (\"\")"));
        return field;
    }

    const QString &m_text;
    const QString &m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

Parsed<CsvTable> parseCsv(const QByteArray &content, const QString &fileName)
{
    const QByteArray bytes =
        content.startsWith(utf8ByteOrderMark) ? content.mid(utf8ByteOrderMark.size()) : content;
    if (const int line = firstLineThatIsNotUtf8(bytes))
        return InputError{fileName, line,
                          QStringLiteral("the text is not valid UTF-8; save the file as UTF-8")};
    const QString text = QString::fromUtf8(bytes);

    CsvScanner scanner(text, fileName);
    if (!scanner.skipToNextRecord())
        return InputError{fileName, 1, QStringLiteral("the file is empty; expected a header row")};
    Parsed<CsvRecord> header = scanner.nextRecord();
    if (!header.ok())
        return header.error();

    CsvTable table{header.value().line, header.value().fields, {}};
    while (scanner.skipToNextRecord()) {
        Parsed<CsvRecord> record = scanner.nextRecord();
        if (!record.ok())
            return record.error();
        if (record.value().fields.size() != table.header.size())
            return InputError{fileName, record.value().line,
                              QStringLiteral("the row has %1 fields but the header has %2; a "
                                             "field holding a comma must be in quotes")
                                  .arg(record.value().fields.size())
                                  .arg(table.header.size())};
        table.records.append(record.value());
    }
    return table;
}

std::optional<InputError> checkHeader(const CsvTable &table, const QStringList &expected,
                                      const QString &fileName)
{
    if (table.header == expected)
        return std::nullopt;
    return InputError{fileName, table.headerLine,
                      QStringLiteral("the header must be exactly \"%1\" but it is \"%2\"")
                          .arg(expected.join(u','), table.header.join(u','))};
}

} // namespace Aanwezig
