#include "syncapi.h"

#include "protocolmessages.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace Aanwezig {

SyncApi::SyncApi(QObject *parent) : QObject(parent)
{
    // The server is reached directly; a proxy from the environment would only
    // stand in the way of a loopback or school server.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void SyncApi::post(const QString &path, const QJsonObject &body, Callback done)
{
    watch(m_network.post(request(path), QJsonDocument(body).toJson(QJsonDocument::Compact)),
          std::move(done));
}

void SyncApi::get(const QString &path, const QUrlQuery &query, Callback done)
{
    watch(m_network.get(request(path, query)), std::move(done));
}

void SyncApi::getText(const QString &path, const QUrlQuery &query, Callback done)
{
    watch(m_network.get(request(path, query)), std::move(done), Body::Text);
}

void SyncApi::remove(const QString &path, const QJsonObject &body, Callback done)
{
    watch(m_network.sendCustomRequest(request(path), "DELETE",
                                      QJsonDocument(body).toJson(QJsonDocument::Compact)),
          std::move(done));
}

void SyncApi::abortAll()
{
    const QList<QNetworkReply *> inFlight = std::exchange(m_inFlight, {});
    for (QNetworkReply *reply : inFlight) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QNetworkRequest SyncApi::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    QString base = m_server.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader(SyncProtocol::versionHeader, SyncProtocol::version);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    return request;
}

void SyncApi::watch(QNetworkReply *reply, Callback done, Body body)
{
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, done = std::move(done)] {
        m_inFlight.removeOne(reply);
        reply->deleteLater();
        done(classify(reply, body));
    });
}

ApiReply SyncApi::classify(QNetworkReply *reply, Body body)
{
    ApiReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.httpStatus == 0) {
        result.outcome = ApiReply::Outcome::NetworkError;
        result.message = reply->errorString();
        return result;
    }
    if (result.httpStatus == 200 && body == Body::Text) {
        result.outcome = ApiReply::Outcome::Ok;
        result.text = reply->readAll();
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    result.body = document.object();
    if (result.httpStatus == 200) {
        const bool readable = parseError.error == QJsonParseError::NoError && document.isObject();
        result.outcome = readable ? ApiReply::Outcome::Ok : ApiReply::Outcome::Failed;
        if (!readable)
            result.message = QStringLiteral("the server's answer is not a JSON object");
        return result;
    }
    bool delayOk = false;
    const int delay = reply->rawHeader("Retry-After").trimmed().toInt(&delayOk);
    if (delayOk && delay > 0)
        result.retryAfter = std::chrono::seconds(std::min(delay, 3600));
    const SyncProtocol::ErrorBody error = SyncProtocol::readError(result.body);
    result.errorCode = error.code;
    result.message =
        QStringLiteral("HTTP %1 %2: %3")
            .arg(result.httpStatus)
            .arg(error.code, error.message.isEmpty() ? reply->errorString() : error.message);
    switch (result.httpStatus) {
    case 401:
        result.outcome = ApiReply::Outcome::Unauthorized;
        break;
    case 426:
        result.outcome = ApiReply::Outcome::UpgradeRequired;
        break;
    default:
        result.outcome = ApiReply::Outcome::Failed;
    }
    return result;
}

} // namespace Aanwezig
