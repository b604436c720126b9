// One step of the end-to-end loop, run by tst_apploop: the real app (its own
// wiring, app/appruntime.h) on the profile folder in AANWEZIG_E2E_PROFILE,
// its window driven by the Quick Test file given with -input (qml/step_*.qml).
//
// Environment: AANWEZIG_E2E_SERVER and AANWEZIG_E2E_CODE (the school's
// address and a pairing code), AANWEZIG_E2E_CHILD (the student the loop is
// about), all three seen by QML as the singleton `Step`; with
// AANWEZIG_E2E_PAIR_AT_START=1 the app pairs at start, as with
// `aanwezig --server URL --code CODE`. AANWEZIG_E2E_SYNC_INTERVAL (seconds)
// replaces the sync interval (an hour in the live loop, so that nothing
// arrives by the interval). AANWEZIG_E2E_PUSH_PAYLOAD (a file with a
// notification's cleartext) gives the app a push channel and a notification
// shade of the test (e2epushdevice.h), seen by QML as the singleton `Push`.
#include "appruntime.h"
#include "e2epushdevice.h"

#include <QQmlEngine>
#include <QQmlPropertyMap>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(AanwezigPlugin)

class AppStepSetup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        const QString profile = qEnvironmentVariable("AANWEZIG_E2E_PROFILE");
        if (profile.isEmpty())
            qFatal("AANWEZIG_E2E_PROFILE names no profile folder");
        Aanwezig::SyncSettings settings;
        if (const int interval = qEnvironmentVariableIntValue("AANWEZIG_E2E_SYNC_INTERVAL"))
            settings.interval = std::chrono::seconds(interval);
        m_runtime = std::make_unique<Aanwezig::AppRuntime>(profile, settings);
        if (!m_runtime->ok())
            qFatal("cannot open the profile: %s", qPrintable(m_runtime->errorString()));
        // Dutch, whatever language the school has for the user (the demo's
        // parent reads Arabic): the steps look for Dutch texts.
        m_runtime->services().preferences().setLanguage(QStringLiteral("nl"));

        const QString server = qEnvironmentVariable("AANWEZIG_E2E_SERVER");
        const QString code = qEnvironmentVariable("AANWEZIG_E2E_CODE");
        m_step.insert(QStringLiteral("serverUrl"), server);
        m_step.insert(QStringLiteral("code"), code);
        m_step.insert(QStringLiteral("childId"), qEnvironmentVariable("AANWEZIG_E2E_CHILD"));
        qmlRegisterSingletonInstance("AanwezigE2E", 1, 0, "Step", &m_step);

        const QString payload = qEnvironmentVariable("AANWEZIG_E2E_PUSH_PAYLOAD");
        if (!payload.isEmpty()) {
            m_push = std::make_unique<Aanwezig::AppLoop::E2EPushDevice>(payload);
            m_runtime->setNotifier(m_push->notifier());
            m_runtime->setPushChannel(m_push->channel());
            qmlRegisterSingletonInstance("AanwezigE2E", 1, 0, "Push", m_push.get());
        }

        if (qEnvironmentVariableIntValue("AANWEZIG_E2E_PAIR_AT_START"))
            m_runtime->start(server, code);
        else
            m_runtime->start();
        if (m_push)
            m_push->setReceiver(m_runtime->pushReceiver());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_runtime->services().setEngine(engine);
    }

    void cleanupTestCase()
    {
        m_runtime.reset();
        m_push.reset();
    }

private:
    QQmlPropertyMap m_step;
    std::unique_ptr<Aanwezig::AppLoop::E2EPushDevice> m_push; // outlives the runtime
    std::unique_ptr<Aanwezig::AppRuntime> m_runtime;
};

QUICK_TEST_MAIN_WITH_SETUP(aanwezig_apploop, AppStepSetup)

#include "tst_apploop_app.moc"
