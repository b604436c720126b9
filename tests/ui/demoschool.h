#pragma once

#include "store/localstore.h"

#include <QList>
#include <QStringList>

namespace Aanwezig::UiTest {

// A small school as the server would send it to one user, dated around
// today, for the UI tests and the review screenshots: a parent with two
// children, a mentor of class 2B (Yara's parents read Arabic and Dutch,
// Zeynep's Turkish; the others' are not told), a student with a return plan.
inline const QString parentId = QStringLiteral("ouder-devries");
inline const QString mentorId = QStringLiteral("mentor-bakker");
inline const QString emmaId = QStringLiteral("ll-emma");
inline const QString noahId = QStringLiteral("ll-noah");
inline const QString daanId = QStringLiteral("ll-daan");
inline const QString yaraId = QStringLiteral("ll-yara");

// Empties the store and signs in as `userId` holding `roles` ("parent", "mentor", ...).
void signIn(LocalStore &store, const QString &userId, const QStringList &roles);

// What each role sees, as pulled pages.
QList<ServerChange> parentView();
QList<ServerChange> mentorView();
QList<ServerChange> studentView(); // Emma's own view

// Signs in and applies the view; `roles` decide which views are merged.
void loadSchool(LocalStore &store, const QString &userId, const QStringList &roles);

} // namespace Aanwezig::UiTest
