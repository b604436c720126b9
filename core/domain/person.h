#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Aanwezig {

// Someone the user may see: their own child, themselves, or a student of their class.
struct Person
{
    enum class Relation { Child, Self, ClassStudent };

    QString id;
    QString firstName;
    QString lastName;
    QString className;
    Relation relation = Relation::Child;
    // The languages the student's parents read (codes such as "nl", "ar"), as
    // the school told the staff; empty when not told (not staff, or pulled
    // before the server knew languages).
    QStringList parentLanguages = {};
    // The parents' phone numbers ("0612345678", "+32470123456"), as the school
    // told the staff; empty when not told or not staff.
    QStringList parentPhones = {};
    // The user is also staff of this student (a mentor of the class or a team
    // member who is the student's parent): `relation` names the first way
    // only (child before self before class student).
    bool staff = false;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }

    // {"id", "first_name", "last_name", "class", "relation": "child"|"self"|"class_student",
    //  "parent_languages": ["ar", "nl"], "parent_phones": ["0612345678"] (each left out when
    //  empty), "staff": true (left out when false)}
    QJsonObject toJson() const;
    static std::optional<Person> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const Person &, const Person &) = default;
};

QString relationKey(Person::Relation relation);
std::optional<Person::Relation> parseRelation(QStringView key);

} // namespace Aanwezig
