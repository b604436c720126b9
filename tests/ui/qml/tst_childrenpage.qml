import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function basCard(): Item {
        return item("child_" + Fixture.id("bas"));
    }
    function cleanup() {
        Fixture.syncWorks();
    }
    function init() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("ChildrenPage.qml");
    }
    function reportBasSick() {
        tapItem(findChild(basCard(), "sickButton"), "sickButton");
        const dialog = item("sickDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "sickConfirmButton"));
        tryCompare(dialog, "visible", false);
    }
    function test_better_can_be_cancelled() {
        reportBasSick();
        tryVerify(() => findChild(basCard(), "betterButton").visible);
        tapItem(findChild(basCard(), "betterButton"), "betterButton");
        const dialog = item("betterDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "betterCancelButton"));
        tryCompare(dialog, "visible", false);
        compare(Fixture.waitingMutations(), ["report_absence"]);
        compare(Fixture.reports(Fixture.id("bas"))[0].state, "saved_on_phone");
    }
    function test_cancel_reports_nothing() {
        const bas = item("child_" + Fixture.id("bas"));
        mouseClick(findChild(bas, "sickButton"));
        const dialog = item("sickDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "sickCancelButton"));
        tryCompare(dialog, "visible", false);
        compare(Fixture.waitingMutations(), []);
    }
    function test_children_with_today() {
        const list = item("childrenList");
        compare(list.cardCount, 2);
        const bas = item("child_" + Fixture.id("bas"));
        compare(findChild(bas, "todayText").text, "Geen melding voor vandaag");
    }
    function test_empty_state() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        const empty = findChild(item("childrenList"), "emptyState");
        tryCompare(empty, "visible", true);
    }
    function test_other_report_opens_the_form() {
        const bas = item("child_" + Fixture.id("bas"));
        mouseClick(findChild(bas, "otherReportButton"));
        tryCompare(stack.currentItem, "objectName", "reportAbsencePage");
        compare(stack.currentItem.studentId, Fixture.id("bas"));
    }
    function test_report_better() {
        reportBasSick();
        tryVerify(() => findChild(basCard(), "betterButton").visible);
        // A second step, not the main action: outlined, not filled.
        verify(!findChild(basCard(), "betterButton").highlighted);
        tapItem(findChild(basCard(), "betterButton"), "betterButton");
        const dialog = item("betterDialog");
        tryCompare(dialog, "opened", true);
        compare(dialog.title, "Is Bas weer beter?");
        compare(Fixture.waitingMutations(), ["report_absence"], "nothing before the confirmation");
        mouseClick(findChild(dialog, "betterConfirmButton"));
        tryCompare(dialog, "visible", false);
        compare(Fixture.waitingMutations(), ["report_absence", "recover"]);
        compare(Fixture.reports(Fixture.id("bas"))[0].state, "closed");
        tryVerify(() => findChild(basCard(), "sickButton").visible);
    }
    // The card follows the report: saved, then sent; the notice says
    // "Verstuurd" once sent and mentions the connection only offline, in at
    // most two lines with its action beneath.
    function test_report_progress_and_saved_notice() {
        reportBasSick();
        const progress = findChild(basCard(), "todayProgress");
        tryCompare(progress, "progress", 0);
        verify(progress.visible);
        const notice = item("notice");
        tryCompare(notice, "opened", true);
        compare(notice.text, "Bewaard. Beterschap voor Bas!");
        Fixture.acknowledgeAll();
        tryCompare(progress, "progress", 1);
        tryCompare(notice, "text", "Verstuurd. Beterschap voor Bas!");
        const text = findChild(notice, "noticeText");
        const action = findChild(notice, "noticeAction");
        verify(text.lineCount <= 2, "at most two lines: " + text.lineCount);
        verify(action.mapToItem(notice.contentItem, 0, 0).y >= text.mapToItem(notice.contentItem, 0, 0).y + text.height - 1, "the action is beneath the text");
    }
    function test_saved_notice_offline_mentions_the_connection() {
        Fixture.goOffline();
        tryCompare(SyncStatusView, "online", false);
        reportBasSick();
        const notice = item("notice");
        tryCompare(notice, "opened", true);
        compare(notice.text, "Bewaard. Beterschap voor Bas! School krijgt het bij verbinding.");
        verify(findChild(notice, "noticeText").lineCount <= 2);
    }
    function test_sick_in_two_taps() {
        reportBasSick();
        compare(Fixture.waitingMutations(), ["report_absence"]);
        const reports = Fixture.reports(Fixture.id("bas"));
        compare(reports.length, 1);
        compare(reports[0].code, "Z");
        verify(!reports[0].end, "until better: no end");
        tryVerify(() => findChild(basCard(), "todayText").text === "Ziek · vanaf vandaag, tot beter");
        verify(findChild(basCard(), "betterButton").visible);
    }
    function test_sick_report_can_be_undone() {
        reportBasSick();
        const notice = item("notice");
        tryCompare(notice, "opened", true);
        const undo = findChild(notice, "noticeAction");
        compare(undo.text, "Ongedaan maken");
        mouseClick(undo);
        compare(Fixture.waitingMutations(), ["report_absence", "withdraw_report"]);
        compare(Fixture.reports(Fixture.id("bas"))[0].state, "withdrawn");
        tryVerify(() => findChild(basCard(), "todayText").text === "Geen melding voor vandaag");
        tryCompare(notice, "text", "Ongedaan gemaakt: de ziekmelding is ingetrokken.");
        // The same day can be reported again.
        reportBasSick();
        compare(Fixture.waitingMutations(), ["report_absence", "withdraw_report", "report_absence"]);
    }

    name: "ChildrenPage"
}
