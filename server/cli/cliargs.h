#pragma once

#include "storage/retention.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace Aanwezig::Server {

// The arguments of a sub-command: "--name value" options from a known list
// and at most maxPositional positional arguments. Unknown options, missing
// values and extra arguments are errors.
class CliArgs
{
public:
    CliArgs(const QStringList &args, const QStringList &optionNames, int maxPositional = 0);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    std::optional<QString> option(const QString &name) const;
    QString option(const QString &name, const QString &fallback) const;
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QString> m_options;
    QStringList m_positional;
    QString m_error;
};

// Where the school's database is when --db is not given.
inline constexpr char defaultDatabase[] = "sqlite:./aanwezig.db";

// Opens and migrates the database named by --db (default `fallback`) for
// this thread. Prints the problem to stderr and returns false on failure.
bool openDatabase(const CliArgs &args, const QString &fallback = QLatin1String(defaultDatabase));

// The retention periods of --retention FILE (the defaults without it); on a
// broken file prints the problem and sets *exitCode.
std::optional<RetentionPolicy> retentionPolicy(const CliArgs &args, int *exitCode);

// Prints "aanwezig-server: MESSAGE" to stderr and returns exit code 1 (2 for usage).
int fail(const QString &message);
int usageError(const QString &message);

} // namespace Aanwezig::Server
