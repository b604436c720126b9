#include "actionresult.h"

#include "protocol/reasoncodes.h"
#include "wording.h"

namespace Aanwezig {

ActionResult::ActionResult(const RuleResult &result)
{
    if (result)
        return;
    m_code = result.error().code;
    m_words = Wording::ruleError(result.error());
}

ActionResult ActionResult::missingForm()
{
    return RuleResult(RuleError{QString::fromLatin1(ReasonCodes::missingField), {}});
}

ActionResult ActionResult::invalidField(const QString &words)
{
    ActionResult result;
    result.m_code = QString::fromLatin1(ReasonCodes::invalidField);
    result.m_words = words;
    return result;
}

} // namespace Aanwezig
