#include "fieldformats.h"

#include <QRegularExpression>

namespace Aanwezig {

namespace {
// Whether all of text (not just a part, not up to a trailing newline) matches.
bool matchesWhole(const QRegularExpression &pattern, QStringView text)
{
    return pattern.match(text).hasMatch();
}

QRegularExpression wholeText(const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
}
} // namespace

std::optional<QDate> parseIsoDate(QStringView text)
{
    static const QRegularExpression pattern = wholeText("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    if (!matchesWhole(pattern, text))
        return std::nullopt;
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<int> parseWholeNumber(QStringView text)
{
    static const QRegularExpression pattern = wholeText("[0-9]{1,9}");
    if (!matchesWhole(pattern, text))
        return std::nullopt;
    return text.toInt();
}

std::optional<QString> parsePhoneNumber(QStringView text)
{
    static const QRegularExpression pattern = wholeText("\\+?[0-9 ().-]+");
    if (!matchesWhole(pattern, text))
        return std::nullopt;
    QString number;
    for (const QChar c : text) {
        if (c.isDigit() || c == u'+')
            number.append(c);
    }
    const qsizetype digits = number.size() - (number.startsWith(u'+') ? 1 : 0);
    if (digits < 8 || digits > 15)
        return std::nullopt;
    return number;
}

bool isPlausibleEmail(QStringView text)
{
    static const QRegularExpression pattern =
        wholeText("[^@\\s,;\"<>]+@[^@\\s,;\"<>.]+(\\.[^@\\s,;\"<>.]+)+");
    return matchesWhole(pattern, text);
}

} // namespace Aanwezig
