import QtQuick
import Aanwezig
import AanwezigE2E

// a. The parent, online, pairs on the first-run page and sees the child.
AppTestCase {
    function test_pairs_and_sees_the_child() {
        openApp();
        waitForPage("firstRunPage");
        item("serverField").text = Step.serverUrl;
        item("codeField").text = Step.code;
        const error = item("pairingError");
        tap("pairButton");
        tryVerify(() => Session.paired || error.text.length > 0, patience, "pairing ends");
        verify(Session.paired, error.text);
        waitForPage("childrenPage");
        compare(Session.roles, ["parent"]);
        const child = item("child_" + Step.childId);
        verify(findChild(child, "sickButton").visible, "not reported sick yet");
        tryVerify(() => syncLine() === "", patience, "nothing waits and nothing is wrong");
    }

    name: "ParentPairs"
}
