// The deployment: nginx (started by the test with a generated configuration)
// in front of two server instances on one PostgreSQL database. Clients on
// either instance, or through nginx, see the same data.
#include "entities.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QThread>
#include <QtTest>
#include <unistd.h>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

const QString nginxBinary = QStringLiteral("/usr/sbin/nginx");

QString nginxConfig(const QString &dir, int port, const QList<int> &upstreams)
{
    QString servers;
    for (int upstream : upstreams)
        servers += QStringLiteral("        server 127.0.0.1:%1;\n").arg(upstream);
    return QStringLiteral("%1"
                          "worker_processes 1;\n"
                          "pid %2/nginx.pid;\n"
                          "error_log %2/error.log;\n"
                          "events { worker_connections 256; }\n"
                          "http {\n"
                          "    access_log off;\n"
                          "    client_body_temp_path %2/body;\n"
                          "    proxy_temp_path %2/proxy;\n"
                          "    fastcgi_temp_path %2/fastcgi;\n"
                          "    uwsgi_temp_path %2/uwsgi;\n"
                          "    scgi_temp_path %2/scgi;\n"
                          "    upstream aanwezig {\n%3        keepalive 8;\n    }\n"
                          "    server {\n"
                          "        listen 127.0.0.1:%4;\n"
                          "        client_max_body_size 2m;\n"
                          "        location / {\n"
                          "            proxy_pass http://aanwezig;\n"
                          "            proxy_http_version 1.1;\n"
                          "            proxy_set_header Connection \"\";\n"
                          "            proxy_set_header X-Forwarded-For $remote_addr;\n"
                          "        }\n"
                          "    }\n"
                          "}\n")
        .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir, servers)
        .arg(port);
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TstServerDeployment : public QObject
{
    Q_OBJECT

private:
    TestSchool m_school;
    ServerProcess m_second{QStringLiteral(AANWEZIG_SERVER_BIN)};
    QTemporaryDir m_nginxDir;
    QProcess m_nginx;
    QString m_nginxUrl;

    bool startNginx();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clientsOnEitherInstanceSeeTheSameData();
    void requestsAreSpreadOverBothInstances();
    void errorsStayJsonThroughTheProxy();
};

bool TstServerDeployment::startNginx()
{
    const QString conf = m_nginxDir.filePath(QStringLiteral("nginx.conf"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int port = freePort();
        QFile file(conf);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(nginxConfig(m_nginxDir.path(), port, {m_school.server().port(), m_second.port()})
                       .toUtf8());
        file.close();
        m_nginx.start(nginxBinary, {QStringLiteral("-p"), m_nginxDir.path(), QStringLiteral("-c"),
                                    conf, QStringLiteral("-g"), QStringLiteral("daemon off;")});
        if (!m_nginx.waitForStarted(5000))
            return false;
        m_nginxUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        ApiClient probe(m_nginxUrl, 2);
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_nginx.state() == QProcess::Running) {
            if (probe.get(QStringLiteral("/v1/health")).status == 200)
                return true;
            QThread::msleep(20); // polling with a deadline
        }
        m_nginx.kill(); // lost the port to someone else: try another
        m_nginx.waitForFinished();
    }
    return false;
}

void TstServerDeployment::initTestCase()
{
    if (TestDatabase::postgresClusterUrl().isEmpty())
        QSKIP("needs PostgreSQL: run through CTest (tests/infra/pgcluster.sh)");
    if (!QFile::exists(nginxBinary))
        QSKIP("needs nginx: run scripts/install-deps.sh");
    const QStringList serveArgs{QStringLiteral("--pair-rate-address"), QStringLiteral("1000")};
    QVERIFY2(m_school.setUp(serveArgs), qPrintable(m_school.errorString()));
    QVERIFY2(m_second.start(m_school.database().url(), serveArgs),
             qPrintable(m_second.errorString()));
    QVERIFY2(startNginx(), qPrintable(QStringLiteral("nginx did not start: ") +
                                      QString::fromUtf8(m_nginx.readAllStandardError())));
}

void TstServerDeployment::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(10000))
            m_nginx.kill();
    }
}

void TstServerDeployment::clientsOnEitherInstanceSeeTheSameData()
{
    ApiClient parent(m_nginxUrl);
    QCOMPARE(parent.pair(m_school.invite(People::parentOfS1, QStringLiteral("parent"))).status,
             200);
    ApiClient mentorOnFirst(m_school.server().baseUrl());
    QCOMPARE(mentorOnFirst.pair(m_school.invite(People::mentorA, QStringLiteral("mentor"))).status,
             200);
    ApiClient mentorOnSecond(m_second.baseUrl());
    QCOMPARE(mentorOnSecond.pair(m_school.invite(People::mentorA, QStringLiteral("mentor"))).status,
             200);

    const QString reportId = newId();
    const QString client = newId();
    const QJsonArray batch{
        mutation(1, QLatin1String(Mutations::reportAbsence),
                 {{QStringLiteral("report"),
                   reportJson(reportId, QStringLiteral("S1"), RegistrationCode::Z, 9, true)}})};
    QCOMPARE(parent.push(client, batch).status, 200);
    bool ok = false;
    QString firstCursor, secondCursor;
    const QList<QJsonObject> onFirst = pullAll(mentorOnFirst, {}, 1000, &firstCursor, &ok);
    QVERIFY(ok);
    const QList<QJsonObject> onSecond = pullAll(mentorOnSecond, {}, 1000, &secondCursor, &ok);
    QVERIFY(ok);
    QCOMPARE(onFirst, onSecond);
    QCOMPARE(firstCursor, secondCursor);
    QCOMPARE(findPut(onFirst, QStringLiteral("absence_report"), reportId)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("received"));

    // Acknowledged on the second instance, seen by the parent through nginx.
    QCOMPARE(mentorOnSecond
                 .push(newId(), {mutation(1, QLatin1String(Mutations::acknowledge),
                                          {{QStringLiteral("report_id"), reportId}})})
                 .status,
             200);
    QString parentCursor;
    const QList<QJsonObject> forParent = pullAll(parent, {}, 1000, &parentCursor, &ok);
    QCOMPARE(findPut(forParent, QStringLiteral("absence_report"), reportId)
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("seen_by_mentor"));
    // A repeat through nginx, whichever instance gets it, is a duplicate.
    for (int i = 0; i < 4; ++i) {
        const ApiReply again = parent.push(client, batch);
        QCOMPARE(again.json.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("duplicate"));
    }
}

void TstServerDeployment::requestsAreSpreadOverBothInstances()
{
    const qsizetype firstBefore = m_school.server().log().count(QStringLiteral("GET /v1/health"));
    const qsizetype secondBefore = m_second.log().count(QStringLiteral("GET /v1/health"));
    for (int i = 0; i < 10; ++i) {
        ApiClient fresh(m_nginxUrl); // a new connection each time
        QCOMPARE(fresh.get(QStringLiteral("/v1/health")).status, 200);
    }
    QTRY_VERIFY(m_school.server().log().count(QStringLiteral("GET /v1/health")) > firstBefore);
    QTRY_VERIFY(m_second.log().count(QStringLiteral("GET /v1/health")) > secondBefore);
}

void TstServerDeployment::errorsStayJsonThroughTheProxy()
{
    ApiClient api(m_nginxUrl);
    const ApiReply unknown = api.get(QStringLiteral("/v1/nothing"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
    api.setProtocolVersion(QStringLiteral("0"));
    QCOMPARE(api.get(QStringLiteral("/v1/me")).status, 426);
    api.setProtocolVersion(QStringLiteral("1"));
    const ApiReply big = api.postRaw(QStringLiteral("/v1/sync/push"), QByteArray(1100 * 1024, 'x'));
    QCOMPARE(big.status, 413);
    QCOMPARE(big.errorCode(), QStringLiteral("payload_too_large"));
}

QTEST_GUILESS_MAIN(TstServerDeployment)
#include "tst_serverdeployment.moc"
