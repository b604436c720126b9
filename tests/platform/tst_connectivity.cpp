#include "networkinformationconnectivity.h"

#include <QNetworkInformation>
#include <QTest>

using namespace Aanwezig;

class TestConnectivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownMeansTryAnyway()
    {
        NetworkInformationConnectivity connectivity;
        const auto state = connectivity.state();
        QVERIFY(state == Connectivity::State::Unknown || state == Connectivity::State::Online ||
                state == Connectivity::State::Offline);
        QCOMPARE(connectivity.mayTry(), state != Connectivity::State::Offline);
        if (!QNetworkInformation::instance())
            QCOMPARE(state, Connectivity::State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
