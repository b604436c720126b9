#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace Aanwezig {

// A broken domain rule: a stable code for programs (the app translates it)
// and an English message for logs and API clients.
struct RuleError
{
    QString code;
    QString message;
};

// The answer of a rule check or of an action on the store: true when the
// rule holds or the action was done, otherwise false with the broken rule.
//     if (RuleResult checked = checkAcknowledgement(...); !checked)
//         return checked;            // refused: checked.error().code says why
class [[nodiscard]] RuleResult
{
public:
    // Holds (done).
    RuleResult() = default;
    // Refused because of `error`.
    RuleResult(RuleError error) : m_error(std::move(error)) {}

    // True when the rule holds, or the action was done.
    explicit operator bool() const { return !m_error; }
    // The broken rule; only for a false result.
    const RuleError &error() const { return *m_error; }
    // The broken rule's code; empty when the rule holds.
    QString code() const { return m_error ? m_error->code : QString(); }

private:
    std::optional<RuleError> m_error;
};

} // namespace Aanwezig
