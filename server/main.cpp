#include "cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstring>

using namespace Aanwezig::Server;

namespace {
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const Command commands[] = {
    {"help", "show this list", nullptr},
    {"report", "attendance report CSV from roster and registrations files", runReport},
    {"serve",
     "run the sync API: [--db sqlite:PATH|postgresql://...] [--listen HOST:PORT] "
     "[--threads N] [--tls-cert F --tls-key F] [--trusted-proxy ADDR[,ADDR...]] "
     "[--max-connections N] [--max-connections-per-address N] [--request-timeout S] "
     "[--idle-timeout S] [--region nl|be]",
     runServe},
    {"invite",
     "print a pairing code: --email E --role parent|student|mentor|team [--student ID] "
     "[--language nl|en|ar|tr|pl|uk]",
     runInvite},
    {"revoke-device", "revoke device tokens: --device ID | --email E", runRevokeDevice},
    {"import-roster",
     "import the roster CSV (optional last column parent_languages): FILE [--db DATABASE]",
     runImportRoster},
    {"import-registrations", "import the registrations CSV: FILE [--db DATABASE]",
     runImportRegistrations},
    {"demo", "fill the database with a demo school and print pairing codes", runDemo},
};

int usage()
{
    QTextStream err(stderr);
    err << "usage: aanwezig-server COMMAND [OPTIONS]\n\ncommands:\n";
    for (const Command &c : commands)
        err << "  " << c.name << "  " << c.summary << "\n";
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aanwezig-server"));
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    for (const Command &c : commands) {
        if (args.first() == QLatin1String(c.name))
            return c.run ? c.run(args.mid(1)) : usage();
    }
    return usage();
}
