#pragma once

#include "domain/ruleerror.h"
#include "wording.h"

namespace Aanwezig {

// What an action returns to QML: empty when done, else plain words.
inline QString actionOutcome(const RuleCheck &check)
{
    return check ? Wording::ruleError(*check) : QString();
}

// What an action that saves a form returns when QML handed it none.
inline QString missingForm()
{
    return Wording::ruleError({QStringLiteral("missing_field"), {}});
}

} // namespace Aanwezig
