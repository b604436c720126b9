#include "sync/cursor.h"

#include "http/apierror.h"

#include <QRegularExpression>

namespace Aanwezig::Server {

QString formatCursor(const DatabaseEpoch &epoch, qint64 position)
{
    return epoch.id + QLatin1Char('.') + QString::number(position);
}

qint64 parseCursor(const QString &text, const DatabaseEpoch &epoch, qint64 head)
{
    static const QRegularExpression form(QStringLiteral("^(?:([0-9a-f]{32})\\.)?([0-9]{1,18})$"));
    const QRegularExpressionMatch match = form.match(text);
    const bool sameEpoch =
        match.hasMatch() &&
        (match.captured(1).isEmpty() ? epoch.bareCursorsValid : match.captured(1) == epoch.id);
    const qint64 position = sameEpoch ? match.captured(2).toLongLong() : -1;
    if (position < 0 || position > head)
        throw ApiError(400, "bad_cursor",
                       QStringLiteral("This cursor did not come from this database (it may have "
                                      "been restored from a backup); start over with a pull "
                                      "without cursor."));
    return position;
}

} // namespace Aanwezig::Server
