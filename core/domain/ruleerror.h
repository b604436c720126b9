#pragma once

#include <QString>
#include <optional>

namespace Aanwezig {

// A broken domain rule: a stable code for programs (the app translates it)
// and an English message for logs and API clients.
struct RuleError
{
    QString code;
    QString message;
};

// nullopt when the rule holds.
using RuleCheck = std::optional<RuleError>;

} // namespace Aanwezig
