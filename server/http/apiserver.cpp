#include "http/apiserver.h"

#include "http/apierror.h"
#include "http/auth.h"
#include "storage/database.h"
#include "sync/pull.h"
#include "sync/push.h"
#include "http/requestjson.h"
#include "http/requestlog.h"

#include <QJsonDocument>
#include <cstdio>
#include <functional>
#include <httplib.h>

namespace Aanwezig::Server {

namespace {

constexpr size_t maxBodyBytes = 1024 * 1024;
constexpr int timeoutSeconds = 10;
constexpr char protocolHeader[] = "Aanwezig-Protocol";
constexpr char protocolVersion[] = "1";

void sendJson(httplib::Response &res, int status, const QJsonObject &json)
{
    res.status = status;
    res.set_content(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json");
}

void sendError(httplib::Response &res, const ApiError &error)
{
    if (error.extra.contains(QLatin1String("retry_after")))
        res.set_header("Retry-After",
                       std::to_string(error.extra.value(QLatin1String("retry_after")).toInt()));
    sendJson(res, error.status, error.toJson());
}

std::optional<QString> queryValue(const httplib::Request &req, const char *key)
{
    if (!req.has_param(key))
        return std::nullopt;
    return QString::fromStdString(req.get_param_value(key));
}

// Runs a route: its JSON reply with 200, or the JSON error it threw.
// A database that cannot be reached gives 503; the thread's connection is
// then reopened by the next request.
using Route = std::function<QJsonObject(const httplib::Request &, const QSqlDatabase &)>;

httplib::Server::Handler respond(Route route)
{
    return [route = std::move(route)](const httplib::Request &req, httplib::Response &res) {
        try {
            sendJson(res, 200, route(req, connection()));
            finishStatements();
        } catch (const ApiError &error) {
            finishStatements();
            sendError(res, error);
        } catch (const DatabaseError &error) {
            std::fprintf(stderr, "database error: %s\n", error.what());
            dropConnection();
            sendError(res, errorForStatus(error.connectionLost() ? 503 : 500));
        }
    };
}

// The client's address: the TCP peer, or (behind a trusted proxy) the last
// address the proxy added to X-Forwarded-For.
QString clientAddress(const httplib::Request &req, bool trustProxy)
{
    const std::string forwarded = req.get_header_value("X-Forwarded-For");
    if (!trustProxy || forwarded.empty())
        return QString::fromStdString(req.remote_addr);
    const QString last = QString::fromLatin1(forwarded).split(QLatin1Char(',')).last().trimmed();
    return last.isEmpty() ? QString::fromStdString(req.remote_addr) : last;
}

bool needsProtocolHeader(const httplib::Request &req)
{
    return req.path.rfind("/v1/", 0) == 0 && req.path != "/v1/health";
}

} // namespace

ApiServer::ApiServer(const ServeOptions &options) : m_options(options), m_pairing(options.pairing)
{
    if (!options.tlsCert.isEmpty())
        m_http = std::make_unique<httplib::SSLServer>(options.tlsCert.toLocal8Bit().constData(),
                                                      options.tlsKey.toLocal8Bit().constData());
    else
        m_http = std::make_unique<httplib::Server>();
    const int threads = options.threads;
    m_http->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    m_http->set_read_timeout(timeoutSeconds);
    m_http->set_write_timeout(timeoutSeconds);
    m_http->set_payload_max_length(maxBodyBytes);
    m_http->set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        RequestLog::begin();
        if (needsProtocolHeader(req) && req.get_header_value(protocolHeader) != protocolVersion) {
            sendError(res, ApiError(426, "unsupported_protocol",
                                    QStringLiteral("This server speaks sync protocol 1 (header "
                                                   "Aanwezig-Protocol: 1); update the app.")));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_http->set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.body.empty())
            sendError(res, errorForStatus(res.status));
    });
    m_http->set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr error) {
            try {
                std::rethrow_exception(error);
            } catch (const std::exception &e) {
                std::fprintf(stderr, "internal error: %s\n", e.what());
            } catch (...) {
                std::fprintf(stderr, "internal error\n");
            }
            sendError(res, errorForStatus(500));
        });
    m_http->set_logger(&RequestLog::write);
    addRoutes();
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoutes()
{
    httplib::Server &http = *m_http;
    http.Get("/v1/health", respond([](const httplib::Request &, const QSqlDatabase &db) {
                 scalar(db, QStringLiteral("SELECT 1"));
                 return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("database"), QStringLiteral("ok")}};
             }));
    http.Post("/v1/pair", respond([this](const httplib::Request &req, const QSqlDatabase &db) {
                  return m_pairing.handle(db, parseJsonBody(req.body),
                                          clientAddress(req, m_options.trustProxy));
              }));
    http.Get("/v1/me", respond([](const httplib::Request &req, const QSqlDatabase &db) {
                 return authenticate(req, db).toJson();
             }));
    http.Post("/v1/sync/push", respond([](const httplib::Request &req, const QSqlDatabase &db) {
                  const Scope scope = authenticate(req, db);
                  return handlePush(db, scope, parseJsonBody(req.body));
              }));
    http.Get("/v1/sync/pull", respond([](const httplib::Request &req, const QSqlDatabase &db) {
                 const Scope scope = authenticate(req, db);
                 return handlePull(db, scope, queryValue(req, "cursor"), queryValue(req, "limit"));
             }));

    // The known paths with another method: 405 rather than 404.
    const auto notAllowed = [](const httplib::Request &, httplib::Response &res) {
        sendError(res, errorForStatus(405));
    };
    for (const char *path : {"/v1/health", "/v1/me", "/v1/sync/pull"}) {
        http.Post(path, notAllowed);
        http.Put(path, notAllowed);
        http.Delete(path, notAllowed);
    }
    for (const char *path : {"/v1/pair", "/v1/sync/push"}) {
        http.Get(path, notAllowed);
        http.Put(path, notAllowed);
        http.Delete(path, notAllowed);
    }
}

int ApiServer::bind()
{
    if (!m_http->is_valid()) {
        m_error = QStringLiteral("Cannot use the TLS certificate or key.");
        return -1;
    }
    const std::string host = m_options.host.toStdString();
    int port = m_options.port;
    if (port == 0)
        port = m_http->bind_to_any_port(host);
    else if (!m_http->bind_to_port(host, port))
        port = -1;
    if (port < 0)
        m_error = QStringLiteral("Cannot listen on %1:%2.").arg(m_options.host).arg(m_options.port);
    return port;
}

bool ApiServer::run()
{
    return m_http->listen_after_bind();
}

void ApiServer::stop()
{
    m_http->stop();
}

} // namespace Aanwezig::Server
