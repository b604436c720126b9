#include "serverview.h"

#include <QJsonArray>

namespace Aanwezig::AppLoop {

ServerView serverView(const Test::ApiClient &team, const QString &studentId)
{
    ServerView view;
    QString cursor;
    for (bool more = true; more;) {
        const Test::ApiReply reply = team.pull(cursor);
        if (reply.status != 200) {
            view.error =
                QStringLiteral("pull: %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
            return view;
        }
        for (const QJsonValue &value : reply.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            const QJsonObject data = change.value(QStringLiteral("data")).toObject();
            if (data.value(QStringLiteral("student_id")).toString() != studentId)
                continue;
            const QString kind = change.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("absence_report"))
                view.reports.append(data);
            else if (kind == QLatin1String("warm_message"))
                view.messages.append(data);
        }
        cursor = reply.json.value(QStringLiteral("next_cursor")).toString();
        more = reply.json.value(QStringLiteral("has_more")).toBool();
    }
    return view;
}

} // namespace Aanwezig::AppLoop
