#pragma once

#include "domain/ruleresult.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// What every action of the app's singletons answers QML, the one way a
// failure reaches a page: `ok` when it was done; otherwise the refusal's
// stable `code` (for tests and for pages that react to one reason) and
// `words` telling the user what is wrong in their language.
//     const result = AbsenceActions.acknowledge(reportId)
//     if (!result.ok) notice.say(result.words)
class ActionResult
{
    Q_GADGET
    QML_VALUE_TYPE(actionResult)
    Q_PROPERTY(bool ok READ ok CONSTANT)
    Q_PROPERTY(QString code READ code CONSTANT)
    Q_PROPERTY(QString words READ words CONSTANT)
public:
    // Done.
    ActionResult() = default;
    // The store's (or a form's) answer, with the words Wording has for it.
    ActionResult(const RuleResult &result);

    // What an action that saves a form answers when QML handed it none.
    static ActionResult missingForm();
    // A form's own check failed before anything was saved (code
    // ReasonCodes::invalidField, app-only); `words` say which field and why.
    static ActionResult invalidField(const QString &words);

    bool ok() const { return m_code.isEmpty(); }
    QString code() const { return m_code; }
    QString words() const { return m_words; }

private:
    QString m_code;
    QString m_words;
};

} // namespace Aanwezig
