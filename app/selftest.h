#pragma once

class QQmlEngine;

namespace Aanwezig {

// `aanwezig --self-test`: loads the main window and then every page of the
// UI module, and fails on any QML warning. Returns the exit code.
int runSelfTest(QQmlEngine &engine);

} // namespace Aanwezig
