#pragma once

#include <QString>

class QQmlEngine;

namespace Aanwezig {

// `aanwezig --self-test [--language L]`: loads the main window and then every
// page of the UI module, and fails on any QML warning; in any language but
// Dutch it also fails when that language's translation did not load, and in
// Arabic when the window is not mirrored. Returns the exit code.
int runSelfTest(QQmlEngine &engine, const QString &language);

} // namespace Aanwezig
