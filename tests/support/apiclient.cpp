#include "apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>
#include <httplib.h>

namespace Aanwezig::Test {

namespace {

ApiReply toReply(const httplib::Result &result)
{
    ApiReply reply;
    if (!result)
        return reply;
    reply.status = result->status;
    reply.body = QByteArray::fromStdString(result->body);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    if (result->has_header("Retry-After"))
        reply.retryAfter = QString::fromStdString(result->get_header_value("Retry-After"));
    return reply;
}

} // namespace

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
    : m_http(std::make_unique<httplib::Client>(baseUrl.toStdString()))
{
    m_http->set_connection_timeout(timeoutSeconds);
    m_http->set_read_timeout(timeoutSeconds);
    m_http->set_write_timeout(timeoutSeconds);
    m_http->enable_server_certificate_verification(false); // tests use self-signed certificates
}

ApiClient::~ApiClient() = default;

static httplib::Headers headersFor(const QString &protocol, const QString &token,
                                   const QList<std::pair<std::string, std::string>> &extra)
{
    httplib::Headers headers(extra.begin(), extra.end());
    if (!protocol.isEmpty())
        headers.emplace("Aanwezig-Protocol", protocol.toStdString());
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    return headers;
}

void ApiClient::setHeader(const char *name, const char *value)
{
    m_extraHeaders.append(std::pair<std::string, std::string>(name, value));
}

ApiReply ApiClient::get(const QString &pathAndQuery) const
{
    return toReply(
        m_http->Get(pathAndQuery.toStdString(), headersFor(m_protocol, m_token, m_extraHeaders)));
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body) const
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply ApiClient::postRaw(const QString &path, const QByteArray &body,
                            const char *contentType) const
{
    return toReply(m_http->Post(path.toStdString(), headersFor(m_protocol, m_token, m_extraHeaders),
                                body.toStdString(), contentType));
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
