#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>

namespace Aanwezig {

// One answer of the server, sorted into what the sync client does next.
struct ApiReply
{
    enum class Outcome {
        Ok,              // 200 with a JSON object
        NetworkError,    // no answer: refused, cut, timed out
        Unauthorized,    // 401: pair again
        UpgradeRequired, // 426: the app needs an update
        Failed,          // any other error status, or an answer that is not JSON
    };

    Outcome outcome = Outcome::NetworkError;
    int httpStatus = 0;
    QJsonObject body;
    QByteArray text;   // a 200 answer's body unparsed (SyncApi::getText); `body` is then empty
    QString errorCode; // from the error body, when there is one
    QString message;   // for logs and the status line
    // The server's Retry-After (429 rate_limited, 503): wait at least this long.
    std::chrono::seconds retryAfter{0};
};

// HTTP calls of sync protocol v1: JSON bodies, the protocol version header
// and the device token on every call, a timeout per request.
class SyncApi : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiReply &)>;

    explicit SyncApi(QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void post(const QString &path, const QJsonObject &body, Callback done);
    void get(const QString &path, const QUrlQuery &query, Callback done);
    // GET whose 200 answer is left as text (ApiReply::text) for the caller to
    // read: a pull page, read by readPullPageText() without Qt's JSON.
    void getText(const QString &path, const QUrlQuery &query, Callback done);
    // DELETE with a JSON body (DELETE /v1/push/subscriptions).
    void remove(const QString &path, const QJsonObject &body, Callback done);
    // Forgets every call in flight: their callbacks are not called.
    void abortAll();

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    enum class Body { Parsed, Text };
    void watch(QNetworkReply *reply, Callback done, Body body = Body::Parsed);
    static ApiReply classify(QNetworkReply *reply, Body body);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(20)};
    QList<QNetworkReply *> m_inFlight;
};

} // namespace Aanwezig
