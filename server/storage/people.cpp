#include "storage/people.h"

#include "domain/language.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Aanwezig::Server {

void setLanguage(const QSqlDatabase &db, const QString &personId, const QString &language)
{
    exec(db,
         QStringLiteral("INSERT INTO person_languages (person_id, language) VALUES (?, ?) "
                        "ON CONFLICT (person_id) DO UPDATE SET language = excluded.language"),
         {personId, language});
}

QStringList childrenOf(const QSqlDatabase &db, const QString &email)
{
    QSqlQuery &query =
        exec(db,
             QStringLiteral(
                 "SELECT student_id FROM student_parents WHERE email = ? ORDER BY student_id"),
             {email});
    QStringList children;
    while (query.next())
        children.append(query.value(0).toString());
    return children;
}

void putPeople(const QSqlDatabase &db, Records &records,
               const std::optional<QSet<QString>> &students)
{
    QHash<QString, QSet<QString>> parentLanguages;
    QSqlQuery &parents =
        exec(db,
             QStringLiteral("SELECT p.student_id, COALESCE(l.language, ?) "
                            "FROM student_parents p "
                            "LEFT JOIN person_languages l ON l.person_id = p.email"),
             {QLatin1String(defaultLanguage)});
    while (parents.next())
        parentLanguages[parents.value(0).toString()].insert(parents.value(1).toString());
    QHash<QString, QStringList> parentPhones;
    QSqlQuery &phones = exec(db, QStringLiteral("SELECT student_id, phone FROM student_parents "
                                                "WHERE phone <> '' ORDER BY student_id, email"));
    while (phones.next())
        parentPhones[phones.value(0).toString()].append(phones.value(1).toString());

    QList<std::pair<QString, QJsonObject>> people;
    QSqlQuery &rows = exec(
        db,
        QStringLiteral("SELECT id, first_name, last_name, class_name FROM students ORDER BY id"));
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        if (students && !students->contains(id))
            continue;
        QStringList languages = parentLanguages.value(id).values();
        languages.sort();
        QJsonObject person{
            {QStringLiteral("id"), id},
            {QStringLiteral("first_name"), rows.value(1).toString()},
            {QStringLiteral("last_name"), rows.value(2).toString()},
            {QStringLiteral("class"), rows.value(3).toString()},
            {QStringLiteral("parent_languages"), QJsonArray::fromStringList(languages)}};
        // Left out when none, so that a school without numbers stores what it did before.
        if (parentPhones.contains(id))
            person.insert(QStringLiteral("parent_phones"),
                          QJsonArray::fromStringList(parentPhones.value(id)));
        people.append({id, person});
    }
    for (const auto &[id, data] : people)
        records.put(QLatin1String(Kind::person), id, id, data);
}

} // namespace Aanwezig::Server
