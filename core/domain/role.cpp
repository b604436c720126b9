#include "role.h"

#include <array>
#include <utility>

namespace Aanwezig {

namespace {
constexpr std::array<std::pair<Role, const char *>, 5> roleKeys{{
    {Role::Parent, "parent"},
    {Role::Student, "student"},
    {Role::Mentor, "mentor"},
    {Role::Team, "team"},
    {Role::Admin, "admin"},
}};
} // namespace

QString roleKey(Role role)
{
    for (const auto &[r, key] : roleKeys) {
        if (r == role)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Role> parseRole(QStringView key)
{
    for (const auto &[r, k] : roleKeys) {
        if (key == QLatin1String(k))
            return r;
    }
    return std::nullopt;
}

} // namespace Aanwezig
