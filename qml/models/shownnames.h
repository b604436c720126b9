#pragma once

#include "domain/person.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Aanwezig {

// Each person's name as the lists show it, by id: read once for a whole list.
inline QHash<QString, QString> displayNames(const QList<Person> &people)
{
    QHash<QString, QString> names;
    names.reserve(people.size());
    for (const Person &person : people)
        names.insert(person.id, person.displayName());
    return names;
}

} // namespace Aanwezig
