#include "guiapplicationforeground.h"

#include <QTest>

using namespace Aanwezig;

class TestAppForeground : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A visible app counts as in front even without the focus (one of the
    // demo's three windows, a call notice over the app); only a hidden or
    // suspended app is in the background, where the live channel closes.
    void applicationStates_data()
    {
        QTest::addColumn<Qt::ApplicationState>("state");
        QTest::addColumn<bool>("inFront");
        QTest::newRow("active") << Qt::ApplicationActive << true;
        QTest::newRow("inactive") << Qt::ApplicationInactive << true;
        QTest::newRow("hidden") << Qt::ApplicationHidden << false;
        QTest::newRow("suspended") << Qt::ApplicationSuspended << false;
    }
    void applicationStates()
    {
        QFETCH(Qt::ApplicationState, state);
        QFETCH(bool, inFront);
        QCOMPARE(GuiApplicationForeground::isInFront(state), inFront);
    }

    void followsTheApplication()
    {
        GuiApplicationForeground foreground;
        QCOMPARE(foreground.inFront(),
                 GuiApplicationForeground::isInFront(QGuiApplication::applicationState()));
    }
};

QTEST_MAIN(TestAppForeground)
#include "tst_appforeground.moc"
