// serve: runs the sync API until SIGTERM or SIGINT.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/retentionjob.h"
#include "http/clientaddress.h"
#include "http/httpserver.h"
#include "notify/pushdispatcher.h"
#include "notify/schoolclock.h"

#include <QTextStream>
#include <QTimeZone>
#include <csignal>
#include <pthread.h>
#include <sys/resource.h>
#include <thread>

namespace Aanwezig::Server {

namespace {

std::optional<int> positiveNumber(const CliArgs &args, const char *name, int fallback, int max)
{
    bool ok = false;
    const int value = args.option(QLatin1String(name), QString::number(fallback)).toInt(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

// "ADDR[,ADDR...]" as addresses; nullopt when one is not an IP address.
std::optional<std::vector<boost::asio::ip::address>> trustedProxies(const QString &list)
{
    std::vector<boost::asio::ip::address> addresses;
    for (const QString &entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        boost::system::error_code error;
        const auto address = boost::asio::ip::make_address(entry.trimmed().toStdString(), error);
        if (error)
            return std::nullopt;
        addresses.push_back(normalised(address));
    }
    return addresses;
}

// Many idle connections each hold a file descriptor: allow as many as the
// system lets this process have.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

std::optional<ServeOptions> serveOptions(const CliArgs &args, QString *error)
{
    ServeOptions options;
    const QString listen = args.option(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    options.host = listen.left(colon);
    options.port = listen.mid(colon + 1).toInt(&portOk);
    const auto threads = positiveNumber(args, "threads", 8, 256);
    const auto perAddress = positiveNumber(args, "pair-rate-address", 20, 1000000);
    const auto perCode = positiveNumber(args, "pair-rate-code", 5, 1000000);
    const auto pushRate = positiveNumber(args, "push-rate-user", 120, 1000000);
    const auto pushWindow = positiveNumber(args, "push-rate-window", 60, 3600);
    options.tlsCert = args.option(QStringLiteral("tls-cert"), QString());
    options.tlsKey = args.option(QStringLiteral("tls-key"), QString());
    const auto maxConnections = positiveNumber(args, "max-connections", 20000, 1000000);
    const auto maxPerAddress = positiveNumber(args, "max-connections-per-address", 500, 1000000);
    const auto requestTimeout = positiveNumber(args, "request-timeout", 10, 3600);
    const auto idleTimeout = positiveNumber(args, "idle-timeout", 60, 86400);
    const auto proxies = trustedProxies(args.option(QStringLiteral("trusted-proxy"), QString()));
    options.region =
        args.option(QStringLiteral("region"), QStringLiteral("nl")).trimmed().toLower();
    if (colon <= 0 || !portOk || options.port < 0 || options.port > 65535)
        *error = QStringLiteral("--listen must be HOST:PORT, not '%1'").arg(listen);
    else if (!threads)
        *error = QStringLiteral("--threads must be a number from 1 to 256");
    else if (!pushRate)
        *error = QStringLiteral("--push-rate-user must be a positive number");
    else if (!pushWindow)
        *error = QStringLiteral("--push-rate-window must be seconds from 1 to 3600");
    else if (!perAddress || !perCode)
        *error =
            QStringLiteral("--pair-rate-address and --pair-rate-code must be positive numbers");
    else if (!maxConnections || !maxPerAddress)
        *error = QStringLiteral(
            "--max-connections and --max-connections-per-address must be positive numbers");
    else if (!requestTimeout || !idleTimeout)
        *error = QStringLiteral("--request-timeout and --idle-timeout must be positive seconds");
    else if (!proxies)
        *error = QStringLiteral("--trusted-proxy must be IP addresses separated by commas");
    else if (options.region != QLatin1String("nl") && options.region != QLatin1String("be"))
        *error = QStringLiteral("--region must be nl (the Netherlands) or be (Flanders)");
    else if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        *error = QStringLiteral("--tls-cert and --tls-key go together");
    if (!error->isEmpty())
        return std::nullopt;
    options.threads = *threads;
    options.pairing = PairingLimits{*perAddress, *perCode};
    options.pushesPerUser = *pushRate;
    options.pushRateWindow = std::chrono::seconds(*pushWindow);
    options.maxConnections = std::size_t(*maxConnections);
    options.maxConnectionsPerAddress = std::size_t(*maxPerAddress);
    options.requests.requestTimeout = std::chrono::seconds(*requestTimeout);
    options.requests.idleTimeout = std::chrono::seconds(*idleTimeout);
    options.trustedProxies = *proxies;
    const QString zone = args.option(QStringLiteral("timezone"), QString());
    if (!zone.isEmpty()) {
        const QTimeZone timeZone(zone.toUtf8());
        if (!timeZone.isValid()) {
            *error = QStringLiteral("--timezone must be an IANA time zone like Europe/Amsterdam");
            return std::nullopt;
        }
        setSchoolTimeZone(timeZone);
    }
    return options;
}

} // namespace

int runServe(const QStringList &allArguments)
{
    // A flag without a value (CliArgs reads options with values).
    const QString insecureFlag = QStringLiteral("--push-allow-insecure-endpoints");
    QStringList arguments = allArguments;
    const bool allowInsecurePush = arguments.removeAll(insecureFlag) > 0;
    const CliArgs args(
        arguments,
        {QStringLiteral("db"), QStringLiteral("listen"), QStringLiteral("threads"),
         QStringLiteral("tls-cert"), QStringLiteral("tls-key"), QStringLiteral("pair-rate-address"),
         QStringLiteral("pair-rate-code"), QStringLiteral("push-rate-user"),
         QStringLiteral("push-rate-window"), QStringLiteral("trusted-proxy"),
         QStringLiteral("max-connections"), QStringLiteral("max-connections-per-address"),
         QStringLiteral("request-timeout"), QStringLiteral("idle-timeout"),
         QStringLiteral("retention"), QStringLiteral("timezone"), QStringLiteral("region")});
    if (!args.ok())
        return usageError(args.error());
    QString error;
    auto options = serveOptions(args, &error);
    if (!options)
        return usageError(error);
    int exitCode = 0;
    const auto retention = retentionPolicy(args, &exitCode);
    if (!retention)
        return exitCode;
    options->allowInsecurePushEndpoints = allowInsecurePush;
    if (!openDatabase(args))
        return 1;

    // Every thread started from here on leaves SIGTERM and SIGINT to the waiter below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    raiseFileLimit();
    HttpServer server(*options);
    const int port = server.bind();
    if (port < 0)
        return fail(server.errorString());
    QTextStream(stdout) << "listening on " << (options->tlsCert.isEmpty() ? "http" : "https")
                        << "://" << options->host << ":" << port << Qt::endl;

    const RetentionJob retentionJob(*retention); // daily, from now on
    // Notifications go out beside the request handling (notify/pushdispatcher.h).
    PushDispatcher dispatcher({allowInsecurePush, std::chrono::milliseconds(500)});
    dispatcher.start();

    std::thread waiter([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        server.stop();
    });
    const bool served = server.run();
    pthread_kill(waiter.native_handle(), SIGTERM); // wakes the waiter when run() ended by itself
    waiter.join();
    dispatcher.stop();
    return served ? 0 : 1;
}

} // namespace Aanwezig::Server
