// faultproxy: the fault-injecting proxy as a command, for trying things by hand.
//   faultproxy --upstream 8080 [--listen 8081] [--fault pass|drop|cut|duplicate|delay:MS]
#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Aanwezig::Faults;

namespace {

std::optional<Fault> parseFault(const QString &text)
{
    if (text == QLatin1String("pass"))
        return Fault::pass();
    if (text == QLatin1String("drop"))
        return Fault::drop();
    if (text == QLatin1String("cut"))
        return Fault::cutAfterRequest();
    if (text == QLatin1String("duplicate"))
        return Fault::duplicate();
    if (text.startsWith(QLatin1String("delay:"))) {
        bool ok = false;
        const int ms = text.mid(6).toInt(&ok);
        if (ok && ms >= 0)
            return Fault::delay(ms);
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fault-injecting HTTP proxy on 127.0.0.1 for testing the sync client."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("upstream"), QStringLiteral("The server's port."), QStringLiteral("port")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("The port to listen on (0: free)."),
                      QStringLiteral("port"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("fault"),
                      QStringLiteral("pass, drop, cut, duplicate or delay:MS (every request)."),
                      QStringLiteral("fault"), QStringLiteral("pass")});
    parser.process(app);

    QTextStream err(stderr);
    const int upstream = parser.value(QStringLiteral("upstream")).toInt();
    const std::optional<Fault> fault = parseFault(parser.value(QStringLiteral("fault")));
    if (upstream <= 0 || upstream > 65535 || !fault) {
        err << "faultproxy: give --upstream PORT and a valid --fault (see --help)\n";
        return 2;
    }
    FaultProxy proxy;
    proxy.setUpstream(static_cast<quint16>(upstream));
    proxy.setFault(*fault);
    if (!proxy.listen(static_cast<quint16>(parser.value(QStringLiteral("listen")).toUInt()))) {
        err << "faultproxy: cannot listen on 127.0.0.1:" << parser.value(QStringLiteral("listen"))
            << "\n";
        return 1;
    }
    QTextStream(stdout) << proxy.url().toString() << Qt::endl;
    return app.exec();
}
