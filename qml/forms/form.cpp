#include "form.h"

#include "services/wording.h"

namespace Aanwezig {

QString Form::setOutcome(const RuleCheck &refusal)
{
    clearErrors();
    if (refusal) {
        m_error = Wording::ruleError(*refusal);
        const QString field = fieldOf(refusal->code);
        if (!field.isEmpty())
            m_fieldErrors.insert(field, m_error);
    }
    Q_EMIT errorsChanged();
    return m_error;
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
