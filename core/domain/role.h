#pragma once

#include <QString>
#include <optional>

namespace Aanwezig {

// What a person does in the app. One person can hold several roles.
enum class Role { Parent, Student, Mentor, Team, Admin };

QString roleKey(Role role);
std::optional<Role> parseRole(QStringView key);

} // namespace Aanwezig
