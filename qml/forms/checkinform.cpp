#include "checkinform.h"

namespace Aanwezig {

CheckIn CheckInForm::toCheckIn(const QString &studentId) const
{
    CheckIn checkIn;
    checkIn.id = QUuid::createUuid();
    checkIn.studentId = studentId;
    checkIn.mood = mood;
    checkIn.helped = helped.trimmed();
    checkIn.needed = needed.trimmed();
    return checkIn;
}

QString CheckInForm::fieldOf(const QString &reasonCode) const
{
    if (reasonCode == QLatin1String("bad_mood"))
        return QStringLiteral("mood");
    if (reasonCode == QLatin1String("answer_too_long"))
        return helped.trimmed().size() > maxCheckInAnswerLength ? QStringLiteral("helped")
                                                                : QStringLiteral("needed");
    return {};
}

} // namespace Aanwezig
