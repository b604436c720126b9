#include "cli/cliargs.h"

#include "storage/database.h"
#include "storage/epoch.h"
#include "storage/migrations.h"

#include <QTextStream>

namespace Aanwezig::Server {

CliArgs::CliArgs(const QStringList &args, const QStringList &optionNames, int maxPositional)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            if (m_positional.size() >= maxPositional) {
                m_error = QStringLiteral("unexpected argument '%1'").arg(arg);
                return;
            }
            m_positional.append(arg);
            continue;
        }
        const QString name = arg.mid(2);
        if (!optionNames.contains(name)) {
            m_error = QStringLiteral("unknown option %1").arg(arg);
            return;
        }
        if (i + 1 >= args.size()) {
            m_error = QStringLiteral("option %1 needs a value").arg(arg);
            return;
        }
        m_options.insert(name, args.at(++i));
    }
}

std::optional<QString> CliArgs::option(const QString &name) const
{
    const auto it = m_options.constFind(name);
    if (it == m_options.constEnd())
        return std::nullopt;
    return *it;
}

QString CliArgs::option(const QString &name, const QString &fallback) const
{
    return option(name).value_or(fallback);
}

bool openDatabase(const CliArgs &args, const QString &fallback)
{
    QString error;
    const auto config = DatabaseConfig::parse(args.option(QStringLiteral("db"), fallback), &error);
    if (!config) {
        usageError(error);
        return false;
    }
    configureDatabase(*config);
    try {
        migrate(connection());
        databaseEpoch(connection()); // kept for the live channel's cursors
    } catch (const DatabaseError &e) {
        fail(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "aanwezig-server: " << message << "\n";
    return 1;
}

int usageError(const QString &message)
{
    fail(message);
    return 2;
}

} // namespace Aanwezig::Server
