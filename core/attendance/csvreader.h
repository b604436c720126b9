#pragma once

#include "inputerror.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace Aanwezig {

// One data record of a CSV file and the 1-based line on which it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    int headerLine = 1;
    QStringList header;
    QList<CsvRecord> records; // each has exactly header.size() fields
};

// Reads RFC 4180 CSV: UTF-8 with an optional byte order mark, a header row,
// fields separated by commas, quoted fields with "" for a quote and with
// commas and line breaks inside, lines ending in CRLF or LF. Entirely empty
// lines are skipped. The first problem is returned with the line on which
// its record starts: text that is not UTF-8, a quote that is never closed, a
// stray quote, a lone carriage return, or a record whose number of fields
// differs from the header's. fileName is only used in error messages.
Parsed<CsvTable> parseCsv(const QByteArray &content, const QString &fileName);

// nullopt when table's header is exactly expected (same names, same order);
// otherwise an error on the header's line showing both.
std::optional<InputError> checkHeader(const CsvTable &table, const QStringList &expected,
                                      const QString &fileName);

} // namespace Aanwezig
