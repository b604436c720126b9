import QtQuick
import QtTest
import Aanwezig
import AanwezigTest

// The sync line after a 401: "Opnieuw koppelen" opens pairing over the app
// without logging out (the waiting changes stay).
TestCase {
    id: testCase
    function cleanup() {
        Fixture.syncWorks();
    }
    function test_pair_again_without_logging_out() {
        Fixture.signIn("ouder@example.nl", ["parent"]);
        const button = findChild(banner, "pairAgainButton");
        verify(!button.visible, "nothing to do while sync works");
        Fixture.needPairingAgain();
        tryVerify(() => button.visible);
        mouseClick(button);
        const popup = findChild(banner, "pairAgainPopup");
        tryVerify(() => popup.visible);
        const loader = findChild(banner, "pairAgainPage");
        tryVerify(() => loader.item !== null);
        const page = loader.item;
        compare(page.objectName, "firstRunPage");
        verify(page.pairingAgain);
        compare(findChild(page, "serverField").text, Session.serverUrl);
        verify(Session.paired, "nothing was logged out");
        popup.close();
    }

    height: 640
    name: "SyncBanner"
    visible: true
    when: windowShown
    width: 360

    SyncBanner {
        id: banner
        width: testCase.width
    }
}
