#include "http/requestlog.h"

#include <QElapsedTimer>
#include <cstdio>
#include <httplib.h>

namespace Aanwezig::Server::RequestLog {

namespace {
struct Current
{
    QElapsedTimer timer;
    QString userId;
};
thread_local Current t_current;
} // namespace

void begin()
{
    t_current.timer.start();
    t_current.userId.clear();
}

void setUser(const QString &userId)
{
    t_current.userId = userId;
}

void write(const httplib::Request &request, const httplib::Response &response)
{
    const qint64 ms = t_current.timer.isValid() ? t_current.timer.elapsed() : 0;
    const QByteArray user =
        t_current.userId.isEmpty() ? QByteArray("-") : t_current.userId.toUtf8();
    std::fprintf(stderr, "%s %s %d %lldms user=%s\n", request.method.c_str(), request.path.c_str(),
                 response.status, static_cast<long long>(ms), user.constData());
    std::fflush(stderr);
    t_current.timer.invalidate();
    t_current.userId.clear();
}

} // namespace Aanwezig::Server::RequestLog
