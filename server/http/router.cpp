#include "http/router.h"

#include "http/apierror.h"
#include "http/auth.h"
#include "http/requestjson.h"
#include "http/requestlog.h"
#include "notify/subscriptions.h"
#include "notify/vapid.h"
#include "storage/database.h"
#include "sync/pull.h"
#include "sync/push.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <boost/beast/websocket/rfc6455.hpp>
#include <functional>

namespace Aanwezig::Server {

namespace {

constexpr std::string_view protocolHeader = "Aanwezig-Protocol";
constexpr std::string_view protocolVersion = "1";
constexpr std::string_view livePath = "/v1/live";

std::string_view pathOf(std::string_view target)
{
    return target.substr(0, target.find('?'));
}

std::optional<QString> queryValue(std::string_view target, const QString &key)
{
    const auto question = target.find('?');
    if (question == std::string_view::npos)
        return std::nullopt;
    const std::string_view query = target.substr(question + 1);
    const QUrlQuery items(QString::fromUtf8(query.data(), qsizetype(query.size())));
    if (!items.hasQueryItem(key))
        return std::nullopt;
    return items.queryItemValue(key, QUrl::FullyDecoded);
}

std::string_view headerValue(const HttpRequest &request, http::field field)
{
    const auto it = request.find(field);
    return it == request.end() ? std::string_view() : std::string_view(it->value());
}

std::string compactJson(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

ApiReply jsonReply(int status, std::string body)
{
    ApiReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

// A route answers with JSON text (pull writes its pages as text).
struct Route
{
    std::string_view path;
    http::verb method;
    std::function<std::string(const HttpRequest &, const QSqlDatabase &)> run;
};

} // namespace

ApiReply errorReply(const ApiError &error)
{
    ApiReply reply = jsonReply(error.status, compactJson(error.toJson()));
    if (error.extra.contains(QLatin1String("retry_after")))
        reply.retryAfterSeconds = error.extra.value(QLatin1String("retry_after")).toInt();
    return reply;
}

bool isLiveUpgrade(const HttpRequest &request)
{
    return pathOf(request.target()) == livePath && boost::beast::websocket::is_upgrade(request);
}

bool speaksProtocol(const HttpRequest &request)
{
    const std::string_view path = pathOf(request.target());
    if (!path.starts_with("/v1/") || path == "/v1/health")
        return true;
    const auto it = request.find(protocolHeader);
    return it != request.end() && std::string_view(it->value()) == protocolVersion;
}

ApiError protocolMismatch()
{
    return ApiError(426, "unsupported_protocol",
                    QStringLiteral("This server speaks sync protocol 1 (header "
                                   "Aanwezig-Protocol: 1); update the app."));
}

ApiReply Router::handle(const HttpRequest &request, const QString &clientAddress)
{
    const Route routes[] = {
        {"/v1/health", http::verb::get,
         [](const HttpRequest &, const QSqlDatabase &db) {
             scalar(db, QStringLiteral("SELECT 1"));
             return compactJson({{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("database"), QStringLiteral("ok")}});
         }},
        {"/v1/pair", http::verb::post,
         [&](const HttpRequest &req, const QSqlDatabase &db) {
             QJsonObject reply = m_pairing.handle(db, parseJsonBody(req.body()), clientAddress);
             reply.insert(QStringLiteral("region"), m_region);
             return compactJson(reply);
         }},
        {"/v1/me", http::verb::get,
         [&](const HttpRequest &req, const QSqlDatabase &db) {
             QJsonObject me =
                 authenticate(headerValue(req, http::field::authorization), db).toJson();
             if (const auto keys = loadVapidKeys(db))
                 me.insert(QStringLiteral("vapid_public_key"), keys->publicKeyText());
             me.insert(QStringLiteral("region"), m_region);
             return compactJson(me);
         }},
        {"/v1/push/subscriptions", http::verb::post,
         [&](const HttpRequest &req, const QSqlDatabase &db) {
             const Device device =
                 authenticateDevice(headerValue(req, http::field::authorization), db);
             return compactJson(handleSubscribe(db, device, parseJsonBody(req.body()),
                                                m_allowInsecurePushEndpoints));
         }},
        {"/v1/push/subscriptions", http::verb::delete_,
         [](const HttpRequest &req, const QSqlDatabase &db) {
             const Device device =
                 authenticateDevice(headerValue(req, http::field::authorization), db);
             return compactJson(handleUnsubscribe(db, device, parseJsonBody(req.body())));
         }},
        {"/v1/sync/push", http::verb::post,
         [&](const HttpRequest &req, const QSqlDatabase &db) {
             const Scope scope = authenticate(headerValue(req, http::field::authorization), db);
             int retryAfter = 0;
             if (!m_pushes.tryAcquire(scope.userId, &retryAfter))
                 throw ApiError(429, "rate_limited",
                                QStringLiteral("Too many pushes from this user; try again in %1 s.")
                                    .arg(retryAfter),
                                {{QStringLiteral("retry_after"), retryAfter}});
             return compactJson(handlePush(db, scope, parseJsonBody(req.body())));
         }},
        {"/v1/sync/pull", http::verb::get,
         [](const HttpRequest &req, const QSqlDatabase &db) {
             const QString user =
                 authenticateUser(headerValue(req, http::field::authorization), db);
             return handlePull(db, user, queryValue(req.target(), QStringLiteral("cursor")),
                               queryValue(req.target(), QStringLiteral("limit")));
         }},
    };

    ApiReply reply;
    try {
        if (!speaksProtocol(request))
            throw protocolMismatch();
        const std::string_view path = pathOf(request.target());
        const Route *route = nullptr;
        bool pathKnown = false;
        for (const Route &candidate : routes) {
            if (candidate.path != path)
                continue;
            pathKnown = true;
            if (candidate.method == request.method())
                route = &candidate;
        }
        if (path == livePath)
            throw ApiError(400, "upgrade_required",
                           QStringLiteral("GET /v1/live is a WebSocket: send it as an upgrade."));
        if (!route)
            throw errorForStatus(pathKnown ? 405 : 404);
        reply = jsonReply(200, route->run(request, connection()));
        finishStatements();
    } catch (const ApiError &error) {
        finishStatements();
        reply = errorReply(error);
    } catch (const DatabaseError &error) {
        qCWarning(lcServer) << "database error:" << error.what();
        dropConnection();
        reply = errorReply(errorForStatus(error.unavailable() ? 503 : 500));
    } catch (const std::exception &error) {
        qCWarning(lcServer) << "internal error:" << error.what();
        finishStatements();
        reply = errorReply(errorForStatus(500));
    }
    reply.userId = RequestLog::takeUser();
    return reply;
}

Router::LiveAdmission Router::admitLive(const HttpRequest &request)
{
    LiveAdmission admission;
    try {
        if (!speaksProtocol(request))
            throw protocolMismatch();
        admission.device =
            authenticateDevice(headerValue(request, http::field::authorization), connection());
        finishStatements();
    } catch (const ApiError &error) {
        finishStatements();
        admission.refusal = errorReply(error);
    } catch (const DatabaseError &error) {
        qCWarning(lcServer) << "database error:" << error.what();
        dropConnection();
        admission.refusal = errorReply(errorForStatus(error.unavailable() ? 503 : 500));
    }
    admission.refusal.userId = RequestLog::takeUser();
    return admission;
}

} // namespace Aanwezig::Server
