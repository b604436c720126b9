// serve: runs the sync API until SIGTERM or SIGINT.
#include "http/apiserver.h"
#include "cli/cliargs.h"
#include "cli/commands.h"

#include <QTextStream>
#include <csignal>
#include <pthread.h>
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
    options.tlsCert = args.option(QStringLiteral("tls-cert"), QString());
    options.tlsKey = args.option(QStringLiteral("tls-key"), QString());
    const QString trustProxy = args.option(QStringLiteral("trust-proxy"), QStringLiteral("no"));
    options.trustProxy = trustProxy == QLatin1String("yes");
    if (colon <= 0 || !portOk || options.port < 0 || options.port > 65535)
        *error = QStringLiteral("--listen must be HOST:PORT, not '%1'").arg(listen);
    else if (!threads)
        *error = QStringLiteral("--threads must be a number from 1 to 256");
    else if (!perAddress || !perCode)
        *error =
            QStringLiteral("--pair-rate-address and --pair-rate-code must be positive numbers");
    else if (trustProxy != QLatin1String("yes") && trustProxy != QLatin1String("no"))
        *error = QStringLiteral("--trust-proxy must be yes or no");
    else if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
        *error = QStringLiteral("--tls-cert and --tls-key go together");
    if (!error->isEmpty())
        return std::nullopt;
    options.threads = *threads;
    options.pairing = PairingLimits{*perAddress, *perCode};
    return options;
}

} // namespace

int runServe(const QStringList &arguments)
{
    const CliArgs args(arguments,
                       {QStringLiteral("db"), QStringLiteral("listen"), QStringLiteral("threads"),
                        QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
                        QStringLiteral("pair-rate-address"), QStringLiteral("pair-rate-code"),
                        QStringLiteral("trust-proxy")});
    if (!args.ok())
        return usageError(args.error());
    QString error;
    const auto options = serveOptions(args, &error);
    if (!options)
        return usageError(error);
    if (!openDatabase(args))
        return 1;

    // Every thread started from here on leaves SIGTERM and SIGINT to the waiter below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    ApiServer server(*options);
    const int port = server.bind();
    if (port < 0)
        return fail(server.errorString());
    QTextStream(stdout) << "listening on " << (options->tlsCert.isEmpty() ? "http" : "https")
                        << "://" << options->host << ":" << port << Qt::endl;

    std::thread waiter([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        server.stop();
    });
    const bool served = server.run();
    pthread_kill(waiter.native_handle(), SIGTERM); // wakes the waiter when run() ended by itself
    waiter.join();
    return served ? 0 : 1;
}

} // namespace Aanwezig::Server
