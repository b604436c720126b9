#include "sync/pull.h"

#include "http/apierror.h"
#include "storage/database.h"
#include "storage/records.h"

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
    if (scope.isTeam())
        return {QStringLiteral("for_staff = 1"), {}}; // every student of the school
    QStringList parts;
    QVariantList values;
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
        parts << QStringLiteral(
            "(for_staff = 1 AND student_id IN (SELECT s.id FROM students s "
            "JOIN class_mentors m ON m.class_name = s.class_name WHERE m.email = ?))");
        values << scope.email;
    }
    if (parts.isEmpty())
        return {QStringLiteral("1 = 0"), {}};
    return {parts.join(QStringLiteral(" OR ")), values};
}

// The entity as this user sees it.
QJsonObject presented(const Scope &scope, const QString &kind, const QString &studentId,
                      QJsonObject data)
{
    if (kind == QLatin1String(Kind::person)) {
        if (const auto relation = scope.relationTo(studentId))
            data.insert(QStringLiteral("relation"), relationKey(*relation));
        // In which languages the parents read, and their phone numbers, are
        // for the staff who reach out to them.
        if (!scope.isStaffOf(studentId)) {
            data.remove(QLatin1String("parent_languages"));
            data.remove(QLatin1String("parent_phones"));
        }
    } else if (kind == QLatin1String(Kind::attendanceSummary) && !scope.isStaffOf(studentId)) {
        for (const char *key : {"legal_max_28d_min", "legal_signal", "sick_signal", "late_signal"})
            data.remove(QLatin1String(key));
    }
    return data;
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
        if (query.value(4).toInt() != 0) {
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
