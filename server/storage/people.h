#pragma once

#include "storage/records.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace Aanwezig::Server {

// Records the language the school has for a person (a user id: an e-mail
// address in lower case or a student id; a code of knownLanguages()). Run it
// inside a WriteTransaction and put the people of the students it concerns
// again. Someone without one reads Dutch (Scope::language).
void setLanguage(const QSqlDatabase &db, const QString &personId, const QString &language);

// The students whose parent has this e-mail address, by id.
QStringList childrenOf(const QSqlDatabase &db, const QString &email);

// Puts the person entity of each of these students (all when nullopt) as the
// roster tables have it: {"id", "first_name", "last_name", "class",
// "parent_languages": [the distinct languages of the student's parents, by
// code]}. Pull shows parent_languages to staff only. An entity stored exactly
// so already keeps its position.
void putPeople(const QSqlDatabase &db, Records &records,
               const std::optional<QSet<QString>> &students = std::nullopt);

} // namespace Aanwezig::Server
