#include "person.h"

#include "domain/jsonfields.h"

#include <array>
#include <utility>

namespace Aanwezig {

namespace {
constexpr std::array<std::pair<Person::Relation, const char *>, 3> relationKeys{{
    {Person::Relation::Child, "child"},
    {Person::Relation::Self, "self"},
    {Person::Relation::ClassStudent, "class_student"},
}};
} // namespace

QString relationKey(Person::Relation relation)
{
    return keyOf(relationKeys, relation);
}

std::optional<Person::Relation> parseRelation(QStringView key)
{
    return valueOf(relationKeys, key);
}

QJsonObject Person::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("class"), className},
        {QStringLiteral("relation"), relationKey(relation)},
    };
    if (!parentLanguages.isEmpty())
        json.insert(QStringLiteral("parent_languages"),
                    QJsonArray::fromStringList(parentLanguages));
    if (!parentPhones.isEmpty())
        json.insert(QStringLiteral("parent_phones"), QJsonArray::fromStringList(parentPhones));
    if (staff)
        json.insert(QStringLiteral("staff"), true);
    return json;
}

std::optional<Person> Person::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, error);
    Person p;
    p.id = in.string("id");
    p.firstName = in.string("first_name", JsonReader::Optional, 200);
    p.lastName = in.string("last_name", JsonReader::Optional, 200);
    p.className = in.string("class", JsonReader::Optional, 50);
    p.relation = in.enumValue("relation", parseRelation, Relation::Child);
    p.parentLanguages = in.stringList("parent_languages", JsonReader::Optional);
    p.parentPhones = in.stringList("parent_phones", JsonReader::Optional);
    p.staff = in.boolean("staff", JsonReader::Optional, false);
    if (!in.ok())
        return std::nullopt;
    return p;
}

} // namespace Aanwezig
