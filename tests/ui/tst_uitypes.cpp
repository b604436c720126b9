// The C++ types QML sees, without QML: the sync status view (which engine
// status it follows).
#include "services/syncstatusview.h"
#include "store/localstore.h"
#include "sync/syncstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace Aanwezig;

class TestUiTypes : public QObject
{
    Q_OBJECT

private slots:
    void syncStatusViewFollowsOnlyItsLatestSource()
    {
        LocalStore store;
        SyncStatusView view(&store, nullptr);
        SyncStatus first;
        SyncStatus second;
        view.setSource(&first);
        view.setSource(&second);
        QSignalSpy moved(&view, &SyncStatusView::changed);

        first.setBusy(true);
        QCOMPARE(moved.count(), 0);
        QVERIFY(!view.syncing());

        second.setBusy(true);
        QCOMPARE(moved.count(), 1);
        QVERIFY(view.syncing());
    }
};

QTEST_GUILESS_MAIN(TestUiTypes)
#include "tst_uitypes.moc"
