#pragma once

#include "domain/ruleerror.h"
#include "wording.h"

namespace Aanwezig {

// What an action returns to QML: empty when done, else plain words.
inline QString actionOutcome(const RuleCheck &check)
{
    return check ? Wording::ruleError(*check) : QString();
}

} // namespace Aanwezig
