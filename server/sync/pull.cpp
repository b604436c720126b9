#include "sync/pull.h"

#include "http/apierror.h"
#include "notify/notificationsettingsstore.h"
#include "storage/database.h"
#include "storage/records.h"
#include "sync/cursor.h"
#include "sync/presentation.h"

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

// The records the user may see, as an SQL condition and its values: rows for
// this one user (students they no longer see, Records::forget), their own
// notification settings, and the students' records their roles allow.
std::pair<QString, QVariantList> visibility(const Scope &scope)
{
    QStringList parts{
        QStringLiteral("for_user = ?"),
        QStringLiteral("(kind = '%1' AND id = ?)").arg(QLatin1String(Kind::notificationSettings))};
    QVariantList values{scope.userId, scope.userId};
    if (scope.isTeam()) { // every student of the school
        parts << QStringLiteral("for_staff = 1");
        return {parts.join(QStringLiteral(" OR ")), values};
    }
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

// Whether the stored entity goes out as it is stored (without parsing and
// writing it again): a person and an attendance summary look different to
// different users, and so do a report and a message to a family (no other
// adult's address, "Privacy" in PROTOCOL.md); staff get those as stored.
bool sentAsStored(const Scope &scope, const QString &kind, const QString &studentId)
{
    if (kind == QLatin1String(Kind::person) || kind == QLatin1String(Kind::attendanceSummary))
        return false;
    if (kind == QLatin1String(Kind::absenceReport) || kind == QLatin1String(Kind::warmMessage) ||
        kind == QLatin1String(Kind::reply))
        return scope.isStaffOf(studentId);
    return true;
}

void appendJsonString(std::string &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

// A page as JSON text: {"changes":[...],"has_more":...,"next_cursor":"..."}.
// Each change is {"data":...,"id":...,"kind":...,"op":...}, the data (JSON
// text) only with a put.
class PageWriter
{
public:
    PageWriter() { m_text = "{\"changes\":["; }
    void add(const QString &kind, const QString &id, const QByteArray *data)
    {
        if (m_count++ > 0)
            m_text += ',';
        m_text += '{';
        if (data) {
            m_text += "\"data\":";
            m_text.append(data->constData(), size_t(data->size()));
            m_text += ',';
        }
        m_text += "\"id\":";
        appendJsonString(m_text, id);
        m_text += ",\"kind\":";
        appendJsonString(m_text, kind);
        m_text += data ? ",\"op\":\"put\"}" : ",\"op\":\"delete\"}";
    }
    int count() const { return m_count; }
    std::string finish(const QString &nextCursor, bool hasMore)
    {
        m_text += "],\"has_more\":";
        m_text += hasMore ? "true" : "false";
        m_text += ",\"next_cursor\":";
        appendJsonString(m_text, nextCursor);
        m_text += '}';
        return std::move(m_text);
    }

private:
    std::string m_text;
    int m_count = 0;
};

} // namespace

std::string handlePull(const QSqlDatabase &db, const QString &userId,
                       const std::optional<QString> &cursorText,
                       const std::optional<QString> &limitText)
{
    const int limit = readLimit(limitText);
    // Every position up to head is committed (writers are serialised), so the
    // page below can never be overtaken by a commit with a lower position.
    const qint64 head = Records::headPosition(db);
    const DatabaseEpoch epoch = databaseEpoch(db);
    const bool snapshot = !cursorText.has_value();
    const qint64 cursor = snapshot ? 0 : parseCursor(*cursorText, epoch, head);
    if (!snapshot && cursor == head)
        return PageWriter().finish(formatCursor(epoch, head), false);
    const Scope scope = Scope::load(db, userId, Scope::TeamStudents::Assumed);
    // A user who never saved notification settings gets the defaults as the
    // first change of a snapshot, so the phone always has a row (not stored:
    // a pull writes nothing).
    PageWriter page;
    if (snapshot && !hasStoredNotificationSettings(db, userId)) {
        const QByteArray defaults = QJsonDocument(NotificationSettings::defaults(userId).toJson())
                                        .toJson(QJsonDocument::Compact);
        page.add(QLatin1String(Kind::notificationSettings), userId, &defaults);
        if (limit == 1) // the rest follows from position 0
            return page.finish(formatCursor(epoch, 0), head > 0);
    }
    const int recordLimit = limit - page.count();

    const auto [condition, values] = visibility(scope);
    const QString sql =
        QStringLiteral("SELECT pos, kind, id, student_id, deleted, data FROM records "
                       "WHERE pos > ? AND pos <= ? %1 AND (%2) ORDER BY pos LIMIT ?")
            .arg(snapshot ? QStringLiteral("AND deleted = 0") : QString(), condition);
    QVariantList bound{cursor, head};
    bound << values << (recordLimit + 1);
    QSqlQuery &query = exec(db, sql, bound);

    qint64 lastPos = cursor;
    bool hasMore = false;
    while (query.next()) {
        if (page.count() == limit) { // recordLimit records after the default settings
            hasMore = true;
            break;
        }
        lastPos = query.value(0).toLongLong();
        const QString kind = query.value(1).toString();
        const QString id = query.value(2).toString();
        if (kind == QLatin1String(Kind::forgotten)) {
            // The student as a whole: the phone drops them and all their rows.
            page.add(QLatin1String(Kind::person), query.value(3).toString(), nullptr);
            continue;
        }
        if (query.value(4).toInt() != 0) {
            page.add(kind, id, nullptr);
            continue;
        }
        QByteArray data = query.value(5).toString().toUtf8();
        if (!sentAsStored(scope, kind, query.value(3).toString())) {
            const QJsonObject stored = QJsonDocument::fromJson(data).object();
            data = QJsonDocument(presented(scope, kind, query.value(3).toString(), stored))
                       .toJson(QJsonDocument::Compact);
        }
        page.add(kind, id, &data);
    }
    return page.finish(formatCursor(epoch, hasMore ? lastPos : head), hasMore);
}

} // namespace Aanwezig::Server
