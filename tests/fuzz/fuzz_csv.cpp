// The RFC 4180 reader (core/attendance/csvreader.*) under both file readers,
// with the round trip through the writer: a table written with csvLine reads
// back as the same table.
#include "csvreader.h"
#include "csvwriter.h"
#include "fuzzinput.h"

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<CsvTable> table = parseCsv(Fuzz::bytesOf(data, size), QStringLiteral("in.csv"));
    if (!table.ok())
        return 0;
    QString written = csvLine(table.value().header);
    for (const CsvRecord &record : table.value().records) {
        Fuzz::require(record.fields.size() == table.value().header.size(),
                      "every record has the header's number of fields");
        written += csvLine(record.fields);
    }
    const Parsed<CsvTable> reread = parseCsv(written.toUtf8(), QStringLiteral("out.csv"));
    Fuzz::require(reread.ok(), "what csvLine writes reads back",
                  reread.ok() ? written : reread.error().toString() + QLatin1Char('\n') + written);
    bool same = reread.value().header == table.value().header &&
                reread.value().records.size() == table.value().records.size();
    for (qsizetype i = 0; same && i < table.value().records.size(); ++i)
        same = reread.value().records.at(i).fields == table.value().records.at(i).fields;
    Fuzz::require(same, "a table read, written and read again is the same", written);
    return 0;
}
