import QtQuick
import Aanwezig
import AanwezigE2E

// Live loop, parent (the sync interval an hour): reports the child sick and,
// with the app still open, sees "Gezien door de mentor" once the mentor's
// open app marked it seen; nobody refreshes.
AppTestCase {
    readonly property int livePatience: 60000

    function test_reports_sick_and_sees_it_seen_live() {
        openApp();
        waitForPage("childrenPage");
        tryVerify(() => SyncStatusView.live, patience, "the live channel opens");
        const dialog = item("sickDialog");
        tapInRow("child_" + Step.childId, "sickButton", () => dialog.visible);
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "sickConfirmButton"));
        tryCompare(dialog, "visible", false);
        openSection(1, "parentReportsPage");
        const list = item("reportsList");
        tryVerify(() => list.count === 1 && findChild(row(list, 0), "stateText").text === "Gezien door de mentor", livePatience, "the mentor's acknowledgement shows while the app is open");
    }

    name: "LiveParentReports"
}
