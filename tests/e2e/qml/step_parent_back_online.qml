import QtQuick
import AanwezigE2E

// c. The parent's phone has signal again: the waiting report goes without a
// tap and the school's receipt comes back.
AppTestCase {
    function test_waiting_report_is_sent_by_itself() {
        openApp();
        waitForPage("childrenPage");
        openSection(1, "parentReportsPage");
        const list = item("reportsList");
        tryVerify(() => list.count === 1 && findChild(row(list, 0), "stateText").text === "Ontvangen door school", patience, "the school received it");
        tryVerify(() => syncLine() === "", patience, "nothing waits any more");
    }

    name: "ParentBackOnline"
}
