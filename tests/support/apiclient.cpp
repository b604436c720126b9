#include "apiclient.h"

#include "httpconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Aanwezig::Test {

namespace http = boost::beast::http;

QString ApiReply::errorCode() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonObject ApiReply::result(qsizetype index) const
{
    return json.value(QLatin1String("results")).toArray().at(index).toObject();
}

QString statusOf(const QJsonObject &result)
{
    return result.value(QLatin1String("status")).toString();
}

QString reasonOf(const QJsonObject &result)
{
    return result.value(QLatin1String("reason")).toObject().value(QLatin1String("code")).toString();
}

ApiClient::ApiClient(const QString &baseUrl, int timeoutSeconds)
    : m_http(std::make_unique<HttpConnection>(baseUrl, std::chrono::seconds(timeoutSeconds)))
{}

ApiClient::~ApiClient() = default;

void ApiClient::setHeader(const char *name, const char *value)
{
    m_extraHeaders.append(std::pair<std::string, std::string>(name, value));
}

ApiReply ApiClient::send(const char *method, const QString &target, const QByteArray &body,
                         const char *contentType) const
{
    HttpConnection::Request request(http::string_to_verb(method), target.toStdString(), 11);
    request.set(http::field::host, m_http->hostAndPort());
    for (const auto &[name, value] : m_extraHeaders)
        request.insert(name, value);
    if (!m_protocol.isEmpty())
        request.set("Aanwezig-Protocol", m_protocol.toStdString());
    if (!m_token.isEmpty())
        request.set(http::field::authorization, "Bearer " + m_token.toStdString());
    if (request.method() != http::verb::get) {
        if (contentType)
            request.set(http::field::content_type, contentType);
        request.body() = body.toStdString();
        request.prepare_payload();
    }
    ApiReply reply;
    const auto response = m_http->exchange(request);
    if (!response)
        return reply;
    reply.status = int(response->result_int());
    reply.body = QByteArray::fromStdString(response->body());
    reply.json = QJsonDocument::fromJson(reply.body).object();
    if (const auto retryAfter = response->find(http::field::retry_after);
        retryAfter != response->end())
        reply.retryAfter = QString::fromStdString(std::string(retryAfter->value()));
    return reply;
}

ApiReply ApiClient::get(const QString &pathAndQuery) const
{
    return send("GET", pathAndQuery, {}, nullptr);
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body) const
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply ApiClient::postRaw(const QString &path, const QByteArray &body,
                            const char *contentType) const
{
    return send("POST", path, body, contentType);
}

ApiReply ApiClient::remove(const QString &path, const QJsonObject &body) const
{
    return send("DELETE", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json");
}

ApiReply ApiClient::pair(const QString &code, const QString &deviceName)
{
    const ApiReply reply =
        post(QStringLiteral("/v1/pair"), QJsonObject{{QStringLiteral("code"), code},
                                                     {QStringLiteral("device_name"), deviceName}});
    if (reply.status == 200)
        m_token = reply.json.value(QLatin1String("token")).toString();
    return reply;
}

ApiReply ApiClient::pull(const QString &cursor, int limit) const
{
    QUrlQuery query;
    if (!cursor.isNull())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QString q = query.toString(QUrl::FullyEncoded);
    return get(QStringLiteral("/v1/sync/pull") + (q.isEmpty() ? QString() : QLatin1Char('?') + q));
}

ApiReply ApiClient::push(const QString &clientId, const QJsonArray &mutations) const
{
    return post(QStringLiteral("/v1/sync/push"),
                QJsonObject{{QStringLiteral("client_id"), clientId},
                            {QStringLiteral("mutations"), mutations}});
}

QJsonObject mutation(qint64 seq, const QString &name, const QJsonObject &args)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("args"), args}};
}

} // namespace Aanwezig::Test
