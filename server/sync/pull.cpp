#include "sync/pull.h"

#include "http/apierror.h"
#include "storage/database.h"
#include "storage/records.h"
#include "sync/presentation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Aanwezig::Server {

namespace {

std::optional<qint64> decimal(const QString &text, int maxDigits)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (text.size() > maxDigits || !digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

int readLimit(const std::optional<QString> &text)
{
    if (!text)
        return defaultPullLimit;
    const auto limit = decimal(*text, 4);
    if (!limit || *limit < 1 || *limit > maxPullLimit)
        throw ApiError(
            400, "bad_limit",
            QStringLiteral("limit must be a whole number from 1 to %1.").arg(maxPullLimit));
    return int(*limit);
}

qint64 readCursor(const std::optional<QString> &text, qint64 head)
{
    if (!text)
        return 0;
    const auto cursor = decimal(*text, 18);
    if (!cursor || *cursor > head)
        throw ApiError(400, "bad_cursor",
                       QStringLiteral("This cursor did not come from this server; start over with "
                                      "a pull without cursor."));
    return *cursor;
}

// The records the user may see, as an SQL condition and its values.
std::pair<QString, QVariantList> visibility(const Scope &scope)
{
    // Rows for this one user: students they no longer see (Records::forget).
    QStringList parts{QStringLiteral("for_user = ?")};
    QVariantList values{scope.userId};
    if (scope.isTeam()) // every student of the school
        return {QStringLiteral("for_staff = 1 OR for_user = ?"), values};
    if (scope.hasRole(Role::Parent)) {
        parts << QStringLiteral("(for_parents = 1 AND student_id IN "
                                "(SELECT student_id FROM student_parents WHERE email = ?))");
        values << scope.email;
    }
    if (scope.hasRole(Role::Student) && !scope.studentId.isEmpty()) {
        parts << QStringLiteral("(for_student = 1 AND student_id = ?)");
        values << scope.studentId;
    }
    if (scope.hasRole(Role::Mentor)) {
        parts << QStringLiteral("(for_staff = 1 AND student_id IN (SELECT s.id FROM students s "
                                "JOIN class_mentors m ON m.class_name = s.class_name "
                                "WHERE m.email = ? AND s.left_on IS NULL))");
        values << scope.email;
    }
    return {parts.join(QStringLiteral(" OR ")), values};
}

QJsonObject pageReply(const QJsonArray &changes, qint64 nextCursor, bool hasMore)
{
    return QJsonObject{
        {QStringLiteral("changes"), changes},
        {QStringLiteral("next_cursor"), QString::number(nextCursor)},
        {QStringLiteral("has_more"), hasMore},
    };
}

} // namespace

QJsonObject handlePull(const QSqlDatabase &db, const QString &userId,
                       const std::optional<QString> &cursorText,
                       const std::optional<QString> &limitText)
{
    const int limit = readLimit(limitText);
    // Every position up to head is committed (writers are serialised), so the
    // page below can never be overtaken by a commit with a lower position.
    const qint64 head = Records::headPosition(db);
    const qint64 cursor = readCursor(cursorText, head);
    const bool snapshot = !cursorText.has_value();
    if (!snapshot && cursor == head)
        return pageReply({}, head, false);
    const Scope scope = Scope::load(db, userId);

    const auto [condition, values] = visibility(scope);
    const QString sql =
        QStringLiteral("SELECT pos, kind, id, student_id, deleted, data FROM records "
                       "WHERE pos > ? AND pos <= ? %1 AND (%2) ORDER BY pos LIMIT ?")
            .arg(snapshot ? QStringLiteral("AND deleted = 0") : QString(), condition);
    QVariantList bound{cursor, head};
    bound << values << (limit + 1);
    QSqlQuery &query = exec(db, sql, bound);

    QJsonArray changes;
    qint64 lastPos = cursor;
    bool hasMore = false;
    while (query.next()) {
        if (changes.size() == limit) {
            hasMore = true;
            break;
        }
        lastPos = query.value(0).toLongLong();
        const QString kind = query.value(1).toString();
        QJsonObject change{{QStringLiteral("kind"), kind},
                           {QStringLiteral("id"), query.value(2).toString()}};
        if (kind == QLatin1String(Kind::forgotten)) {
            // The student as a whole: the phone drops them and all their rows.
            change = QJsonObject{{QStringLiteral("kind"), QLatin1String(Kind::person)},
                                 {QStringLiteral("id"), query.value(3).toString()},
                                 {QStringLiteral("op"), QStringLiteral("delete")}};
        } else if (query.value(4).toInt() != 0) {
            change.insert(QStringLiteral("op"), QStringLiteral("delete"));
        } else {
            change.insert(QStringLiteral("op"), QStringLiteral("put"));
            const QJsonObject data =
                QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
            change.insert(QStringLiteral("data"),
                          presented(scope, kind, query.value(3).toString(), data));
        }
        changes.append(change);
    }
    return pageReply(changes, hasMore ? lastPos : head, hasMore);
}

} // namespace Aanwezig::Server
