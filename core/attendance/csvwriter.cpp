#include "csvwriter.h"

namespace Aanwezig {

namespace {
QString csvField(QString field)
{
    // A leading U+FEFF is quoted too: at the start of a file it would be
    // read as the byte order mark.
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r') && !field.startsWith(QChar(0xFEFF)))
        return field;
    field.replace(u'"', QStringLiteral("\"\""));
    return u'"' + field + u'"';
}
} // namespace

QString csvLine(const QStringList &fields)
{
    // A lone empty field in quotes: an empty line is skipped by readers.
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\"\n");
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + u'\n';
}

} // namespace Aanwezig
