#include "contactform.h"

namespace Aanwezig {

ContactLogEntry ContactForm::toEntry() const
{
    ContactLogEntry entry;
    entry.id = QUuid::createUuid();
    entry.studentId = studentId;
    entry.reportId = QUuid(reportId);
    entry.kind = parseContactKind(kind).value_or(ContactLogEntry::Kind::Phone);
    entry.outcome = outcome.trimmed();
    return entry;
}

QString ContactForm::fieldOf(const QString &reasonCode) const
{
    if (reasonCode == QLatin1String("unknown_kind"))
        return QStringLiteral("kind");
    if (reasonCode == QLatin1String("outcome_too_long"))
        return QStringLiteral("outcome");
    return {};
}

} // namespace Aanwezig
