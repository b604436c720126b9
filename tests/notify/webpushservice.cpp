#include "webpushservice.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace Aanwezig::Test {

namespace {
int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

WebPushService::~WebPushService()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool WebPushService::start()
{
    const QString script = QStringLiteral(AANWEZIG_WEB_PUSH_TESTING);
    QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    if (node.isEmpty() || !QFileInfo::exists(script)) {
        m_error = QStringLiteral("node or %1 is missing (scripts/install-npm-packages.sh)")
                      .arg(script);
        return false;
    }
    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(node, {script, QString::number(m_port)});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    m_api = std::make_unique<ApiClient>(QStringLiteral("http://127.0.0.1:%1").arg(m_port), 10);
    m_api->setProtocolVersion(QString());
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_api->post(QStringLiteral("/status"), {}).status == 200)
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100); // polling a condition (the service answers), with a deadline
    }
    m_error = QStringLiteral("web-push-testing did not answer on port %1").arg(m_port);
    return false;
}

std::optional<WebPushService::Subscription>
WebPushService::subscribe(const QString &applicationServerKey) const
{
    const ApiReply reply =
        m_api->post(QStringLiteral("/subscribe"),
                    {{QStringLiteral("applicationServerKey"), applicationServerKey}});
    const QJsonObject data = reply.json.value(QLatin1String("data")).toObject();
    if (reply.status != 200 || data.isEmpty())
        return std::nullopt;
    const QJsonObject keys = data.value(QLatin1String("keys")).toObject();
    return Subscription{data.value(QLatin1String("endpoint")).toString(),
                        keys.value(QLatin1String("p256dh")).toString(),
                        keys.value(QLatin1String("auth")).toString(),
                        data.value(QLatin1String("clientHash")).toString()};
}

QStringList WebPushService::messages(const QString &clientHash) const
{
    const ApiReply reply = m_api->post(QStringLiteral("/get-notifications"),
                                       {{QStringLiteral("clientHash"), clientHash}});
    QStringList list;
    for (const QJsonValue m : reply.json.value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("messages"))
                                  .toArray())
        list.append(m.toString());
    return list;
}

} // namespace Aanwezig::Test
