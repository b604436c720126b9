#include "language.h"

namespace Aanwezig {

const QStringList &knownLanguages()
{
    static const QStringList codes{QStringLiteral("nl"), QStringLiteral("en"),
                                   QStringLiteral("ar"), QStringLiteral("tr"),
                                   QStringLiteral("pl"), QStringLiteral("uk")};
    return codes;
}

std::optional<QString> parseLanguage(QStringView text)
{
    const QString code = text.trimmed()
                             .toString()
                             .replace(QLatin1Char('_'), QLatin1Char('-'))
                             .section(QLatin1Char('-'), 0, 0)
                             .toLower();
    if (knownLanguages().contains(code))
        return code;
    return std::nullopt;
}

QString knownLanguagesText()
{
    const QStringList &codes = knownLanguages();
    return codes.mid(0, codes.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           codes.constLast();
}

} // namespace Aanwezig
