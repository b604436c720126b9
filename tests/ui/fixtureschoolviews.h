#pragma once

#include "fixtureschool.h"
#include "store/localstore.h"

#include <QList>
#include <QStringList>

namespace Aanwezig::UiTest {

// The fixture school of tests/data/school (its README says who is who) as the
// server would send it to one user, dated around today, for the UI tests and
// the review screenshots: parent two with two children (Bas in 1A, Lex in
// 1B), mentor A of class 1A (Hiba's parents read Arabic and Dutch, Kaan's
// Turkish, as in roster-phones.csv; the others' are not told), Bas as a
// student with a return plan.
namespace Students = Test::Students;
namespace People = Test::People;
inline const QString &parentId = People::parentOfS2; // Bas's and Lex's parent
inline const QString &mentorId = People::mentorA;    // class 1A

// Empties the store and signs in as `userId` holding `roles` ("parent", "mentor", ...).
void signIn(LocalStore &store, const QString &userId, const QStringList &roles);

// What each role sees, as pulled pages.
QList<ServerChange> parentView();
QList<ServerChange> mentorView();
QList<ServerChange> studentView(); // Bas's own view

// Signs in and applies the view; `roles` decide which views are merged.
void loadSchool(LocalStore &store, const QString &userId, const QStringList &roles);

} // namespace Aanwezig::UiTest
