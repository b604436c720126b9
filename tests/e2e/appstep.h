#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <functional>

// One step of the end-to-end loop: tst_apploop_app (the real app, driven by
// one of qml/step_*.qml) as a process on the profile folder of one person.
// Steps run one after another (tst_apploop) or side by side (tst_apploop_live).
namespace Aanwezig::AppLoop {

// A pairing code and whom it is for (an email, or the student's id).
struct Invite
{
    QString who;
    QString code;
};

// The pairing codes `aanwezig-server demo` prints, by role, one a line:
// "  parent   EMAIL  CODE", "  mentor   EMAIL (2A)  CODE", "  student  S1001  CODE".
QHash<QString, Invite> invitesIn(const QString &demoOutput);

struct StepOptions
{
    QString profilesDir; // the person's profile is the folder `person` in it
    QString person;
    QString childId;   // the student the loop is about
    QString serverUrl; // the school's address and a pairing code,
    QString code;      // used at start when pairAtStart
    bool pairAtStart = false;
    int syncIntervalSeconds = 0; // 0: the app's own interval
    QString pushPayloadFile;     // a notification the step can deliver (e2epushdevice.h)
};

class AppStep
{
public:
    AppStep();
    ~AppStep();

    // Starts the step file `qmlFile` (in tests/e2e/qml); false when it does not start.
    bool start(const QString &qmlFile, const StepOptions &options);
    // Waits until the step printed `text` (true) or ended or ran out of time (false).
    bool waitForOutput(const QString &text, int timeoutMs);
    // Waits until the step ends; true when it passed (with a test function
    // that ran, not only the set-up); otherwise prints why with its output
    // and the end of `serverLog()`.
    bool waitForPass(int timeoutMs, const std::function<QString()> &serverLog = {});

private:
    QProcess m_process;
    QString m_qmlFile;
    QString m_output;
};

} // namespace Aanwezig::AppLoop
