// Qt Quick Tests of every page against the real UI module and the real local
// store on a temporary SQLite database (tests in qml/tst_*.qml).
#include "services/appservices.h"
#include "uifixture.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(AanwezigPlugin)

class UiTestSetup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_services = std::make_unique<Aanwezig::AppServices>(m_profile.path(), nullptr);
        if (!m_services->ok())
            qFatal("cannot open the test profile: %s", qPrintable(m_services->errorString()));
        m_services->preferences().setLanguage(QStringLiteral("nl"));
        m_fixture = std::make_unique<Aanwezig::UiTest::UiFixture>(&m_services->store());
        m_services->syncStatus().setSource(m_fixture->syncStatus());
        qmlRegisterSingletonType<Aanwezig::UiTest::UiFixture>(
            "AanwezigTest", 1, 0, "Fixture", [this](QQmlEngine *, QJSEngine *) -> QObject * {
                QJSEngine::setObjectOwnership(m_fixture.get(), QJSEngine::CppOwnership);
                return m_fixture.get();
            });
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_services->setEngine(engine);
        m_fixture->setEngine(engine);
    }

    void cleanupTestCase()
    {
        m_fixture->setPseudoTranslation(false);
        m_fixture.reset();
        m_services.reset();
    }

private:
    QTemporaryDir m_profile;
    std::unique_ptr<Aanwezig::AppServices> m_services;
    std::unique_ptr<Aanwezig::UiTest::UiFixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(aanwezig_ui, UiTestSetup)

#include "tst_uipages.moc"
