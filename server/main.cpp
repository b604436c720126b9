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
     "[--idle-timeout S] [--push-rate-user N] [--push-rate-window S] [--retention FILE] "
     "[--timezone ZONE] "
     "[--push-allow-insecure-endpoints] [--region nl|be]",
     runServe},
    {"invite",
     "print a pairing code: --email E --role parent|student|mentor|team [--student ID] "
     "[--language nl|en|ar|tr|pl|uk] [--letter DIR --server-url URL (a printable letter with a "
     "QR code)]",
     runInvite},
    {"revoke-device", "revoke device tokens (roles stay; see remove-role): --device ID | --email E",
     runRevokeDevice},
    {"remove-role", "take one role away: --email E --role parent|student|mentor|team",
     runRemoveRole},
    {"remove-person", "revoke devices, remove roles, codes and roster relations: --email E",
     runRemovePerson},
    {"import-roster",
     "import the roster CSV, the whole school (optional last columns parent_languages, "
     "parent_phones): FILE [--allow-removals N] [--db DATABASE]",
     runImportRoster},
    {"import-registrations",
     "import the registrations CSV (asks parents \"Alles goed?\" for today's unreported "
     "absences): FILE [--db DATABASE] [--timezone ZONE]",
     runImportRegistrations},
    {"retention",
     "delete what is past its retention period: [--dry-run] [--retention FILE] "
     "[--today YYYY-MM-DD]",
     runRetention},
    {"export-person",
     "write everything kept about a person as JSON: --email E | --student ID [--out FILE]",
     runExportPerson},
    {"erase-person",
     "delete what no legal duty requires keeping about a person: --email E | --student ID",
     runErasePerson},
    {"demo",
     "fill an empty database with a demo school and print pairing codes: "
     "[--db DATABASE] (default sqlite:./aanwezig-demo.db; refuses a database with a school)",
     runDemo},
    {"backup", "copy the whole database into one file: --to FILE [--db DATABASE]", runBackup},
    {"restore", "replace the database by a backup (server stopped): --from FILE [--db DATABASE]",
     runRestore},
    {"vapid-keys",
     "make the school's Web Push key pair once and print its public key: "
     "[--db DATABASE] [--subject mailto:ADDRESS|https://URL] [--replace]",
     runVapidKeys},
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
