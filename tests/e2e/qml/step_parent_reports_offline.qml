import QtQuick
import AanwezigE2E

// b. The parent on a bus with no signal (the proxy drops every request)
// reports the child sick with the quick path: it is saved on the phone and
// the sync line says it waits; no error, no hang.
AppTestCase {
    function test_reports_sick_without_signal() {
        openApp();
        waitForPage("childrenPage");
        const dialog = item("sickDialog");
        tapInRow("child_" + Step.childId, "sickButton", () => dialog.visible);
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "sickConfirmButton"));
        tryCompare(dialog, "visible", false);
        tryVerify(() => findChild(item("child_" + Step.childId), "todayText").text === "Ziek · vanaf vandaag, tot beter", patience);
        tryVerify(() => syncLine().startsWith("Geen verbinding. 1 wijziging"), patience, "the sync line tells it waits, calmly");
        compare(currentPage().objectName, "childrenPage", "no error page");
        openSection(1, "parentReportsPage");
        const list = item("reportsList");
        compare(list.count, 1);
        compare(findChild(row(list, 0), "stateText").text, "Bewaard op je telefoon, wordt verstuurd zodra er verbinding is");
    }

    name: "ParentReportsOffline"
}
