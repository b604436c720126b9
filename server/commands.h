#pragma once

#include <QStringList>

namespace Aanwezig::Server {

// Each sub-command of aanwezig-server takes the arguments after its name and
// returns the process exit code.
int runReport(const QStringList &args); // report: the attendance report CSV (issue 2)

} // namespace Aanwezig::Server
