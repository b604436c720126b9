#include "form.h"

namespace Aanwezig {

ActionResult Form::setOutcome(const RuleResult &saved)
{
    clearErrors();
    const ActionResult result(saved);
    if (!result.ok()) {
        m_error = result.words();
        const QString field = fieldOf(result.code());
        if (!field.isEmpty())
            m_fieldErrors.insert(field, m_error);
    }
    Q_EMIT errorsChanged();
    return result;
}

void Form::clearErrors()
{
    if (m_error.isEmpty() && m_fieldErrors.isEmpty())
        return;
    m_error.clear();
    m_fieldErrors.clear();
    Q_EMIT errorsChanged();
}

void Form::fail(const QString &field, const QString &words)
{
    m_fieldErrors.insert(field, words);
    m_error = words;
    Q_EMIT errorsChanged();
}

QString Form::fieldOf(const QString &) const
{
    return {};
}

} // namespace Aanwezig
