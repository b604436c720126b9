#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <string>
#include <utility>

namespace Aanwezig::Test {

class HttpConnection;

// One HTTP reply: status (-1 when the connection failed) and the JSON body.
struct ApiReply
{
    int status = -1;
    QJsonObject json;
    QByteArray body;
    QString retryAfter; // the Retry-After header, when sent

    QString errorCode() const;
    // The index-th result of a push reply (empty when there is none).
    QJsonObject result(qsizetype index = 0) const;
};

// A push result {seq, status, reason?, original?}: its status, and its
// reason's code (empty when none).
QString statusOf(const QJsonObject &result);
QString reasonOf(const QJsonObject &result);

// A blocking HTTP client for tests of the sync API (sync protocol v1, see
// server/PROTOCOL.md): sends "Aanwezig-Protocol: 1" (unless told another
// version) and "Authorization: Bearer TOKEN" when a token is set. Usable from
// any one thread at a time.
class ApiClient
{
public:
    explicit ApiClient(const QString &baseUrl, int timeoutSeconds = 30);
    ~ApiClient();

    void setToken(const QString &token) { m_token = token; }
    // An extra header sent with every request (e.g. X-Forwarded-For).
    void setHeader(const char *name, const char *value);
    // Empty: leave the protocol header out.
    void setProtocolVersion(const QString &version) { m_protocol = version; }

    ApiReply get(const QString &pathAndQuery) const;
    ApiReply post(const QString &path, const QJsonObject &body) const;
    ApiReply postRaw(const QString &path, const QByteArray &body,
                     const char *contentType = "application/json") const;
    // DELETE with a JSON body (DELETE /v1/push/subscriptions).
    ApiReply remove(const QString &path, const QJsonObject &body) const;

    // POST /v1/pair; on success keeps the token for later calls.
    ApiReply pair(const QString &code, const QString &deviceName = QStringLiteral("test device"));
    ApiReply pull(const QString &cursor = {}, int limit = 0) const;
    ApiReply push(const QString &clientId, const QJsonArray &mutations) const;

private:
    ApiReply send(const char *method, const QString &target, const QByteArray &body,
                  const char *contentType) const;

    std::unique_ptr<HttpConnection> m_http;
    QString m_token;
    QString m_protocol = QStringLiteral("1");
    QList<std::pair<std::string, std::string>> m_extraHeaders;
};

// One mutation of a push: {seq, name, args}.
QJsonObject mutation(qint64 seq, const QString &name, const QJsonObject &args);

} // namespace Aanwezig::Test
