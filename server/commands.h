#pragma once

#include <QStringList>

namespace Aanwezig::Server {

// Each sub-command of aanwezig-server takes the arguments after its name and
// returns the process exit code.


} // namespace Aanwezig::Server
