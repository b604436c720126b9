#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace Aanwezig {

// The languages a school can record for a person (a parent reads warm
// messages in it): the languages the warm message templates are written in,
// as short BCP 47 language subtags. Dutch when the school told nothing.
inline constexpr char defaultLanguage[] = "nl";
const QStringList &knownLanguages(); // nl, en, ar, tr, pl, uk

// The code of `text`: surrounding spaces and case do not matter and a region
// is left off ("NL-be" is "nl"). nullopt for a language not in the list.
std::optional<QString> parseLanguage(QStringView text);
// For error messages: "nl, en, ar, tr, pl or uk".
QString knownLanguagesText();

} // namespace Aanwezig
