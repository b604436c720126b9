#include "http/requestlog.h"

Q_LOGGING_CATEGORY(lcRequest, "aanwezig.request", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "aanwezig.server", QtInfoMsg)

namespace Aanwezig::Server::RequestLog {

namespace {
thread_local QString t_userId;
} // namespace

QString loggablePath(std::string_view target)
{
    const std::string_view path = target.substr(0, target.find('?'));
    QString text;
    text.reserve(qsizetype(path.size()));
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x7f || byte == '\\')
            text += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
        else
            text += QLatin1Char(c);
    }
    return text;
}

void write(const Entry &entry)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(entry.duration).count();
    qCInfo(lcRequest).noquote().nospace()
        << "req=" << entry.id << ' '
        << QLatin1String(entry.method.data(), qsizetype(entry.method.size())) << ' '
        << loggablePath(entry.target) << ' ' << entry.status << ' ' << ms
        << "ms user=" << (entry.userId.isEmpty() ? QStringLiteral("-") : entry.userId);
}

void setUser(const QString &userId)
{
    t_userId = userId;
}

QString takeUser()
{
    return std::exchange(t_userId, QString());
}

} // namespace Aanwezig::Server::RequestLog
