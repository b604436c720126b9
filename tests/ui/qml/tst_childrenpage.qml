import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function cleanup() {
        Fixture.syncWorks();
    }
    function emmaCard(): Item {
        return item("child_" + Fixture.id("emma"));
    }
    function init() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("ChildrenPage.qml");
    }
    function reportEmmaSick() {
        tapItem(findChild(emmaCard(), "sickButton"), "sickButton");
        const dialog = item("sickDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "sickConfirmButton"));
        tryCompare(dialog, "visible", false);
    }
    function test_better_can_be_cancelled() {
        reportEmmaSick();
        tryVerify(() => findChild(emmaCard(), "betterButton").visible);
        tapItem(findChild(emmaCard(), "betterButton"), "betterButton");
        const dialog = item("betterDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "betterCancelButton"));
        tryCompare(dialog, "visible", false);
        compare(Fixture.waitingMutations(), ["report_absence"]);
        compare(Fixture.reports(Fixture.id("emma"))[0].state, "saved_on_phone");
    }
    function test_cancel_reports_nothing() {
        const emma = item("child_" + Fixture.id("emma"));
        mouseClick(findChild(emma, "sickButton"));
        const dialog = item("sickDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "sickCancelButton"));
        tryCompare(dialog, "visible", false);
        compare(Fixture.waitingMutations(), []);
    }
    function test_children_with_today() {
        const list = item("childrenList");
        compare(list.cardCount, 2);
        const emma = item("child_" + Fixture.id("emma"));
        compare(findChild(emma, "todayText").text, "Geen melding voor vandaag");
    }
    function test_empty_state() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        const empty = findChild(item("childrenList"), "emptyState");
        tryCompare(empty, "visible", true);
    }
    function test_other_report_opens_the_form() {
        const emma = item("child_" + Fixture.id("emma"));
        mouseClick(findChild(emma, "otherReportButton"));
        tryCompare(stack.currentItem, "objectName", "reportAbsencePage");
        compare(stack.currentItem.studentId, Fixture.id("emma"));
    }
    function test_report_better() {
        reportEmmaSick();
        tryVerify(() => findChild(emmaCard(), "betterButton").visible);
        // A second step, not the main action: outlined, not filled.
        verify(!findChild(emmaCard(), "betterButton").highlighted);
        tapItem(findChild(emmaCard(), "betterButton"), "betterButton");
        const dialog = item("betterDialog");
        tryCompare(dialog, "opened", true);
        compare(dialog.title, "Is Emma weer beter?");
        compare(Fixture.waitingMutations(), ["report_absence"], "nothing before the confirmation");
        mouseClick(findChild(dialog, "betterConfirmButton"));
        tryCompare(dialog, "visible", false);
        compare(Fixture.waitingMutations(), ["report_absence", "recover"]);
        compare(Fixture.reports(Fixture.id("emma"))[0].state, "closed");
        tryVerify(() => findChild(emmaCard(), "sickButton").visible);
    }
    // The card follows the report: saved, then sent; the notice says
    // "Verstuurd" once sent and mentions the connection only offline, in at
    // most two lines with its action beneath.
    function test_report_progress_and_saved_notice() {
        reportEmmaSick();
        const progress = findChild(emmaCard(), "todayProgress");
        tryCompare(progress, "progress", 0);
        verify(progress.visible);
        const notice = item("notice");
        tryCompare(notice, "opened", true);
        compare(notice.text, "Bewaard. Beterschap voor Emma!");
        Fixture.acknowledgeAll();
        tryCompare(progress, "progress", 1);
        tryCompare(notice, "text", "Verstuurd. Beterschap voor Emma!");
        const text = findChild(notice, "noticeText");
        const action = findChild(notice, "noticeAction");
        verify(text.lineCount <= 2, "at most two lines: " + text.lineCount);
        verify(action.mapToItem(notice.contentItem, 0, 0).y >= text.mapToItem(notice.contentItem, 0, 0).y + text.height - 1, "the action is beneath the text");
    }
    function test_saved_notice_offline_mentions_the_connection() {
        Fixture.goOffline();
        tryCompare(SyncStatusView, "online", false);
        reportEmmaSick();
        const notice = item("notice");
        tryCompare(notice, "opened", true);
        compare(notice.text, "Bewaard. Beterschap voor Emma! School krijgt het bij verbinding.");
        verify(findChild(notice, "noticeText").lineCount <= 2);
    }
    function test_sick_in_two_taps() {
        reportEmmaSick();
        compare(Fixture.waitingMutations(), ["report_absence"]);
        const reports = Fixture.reports(Fixture.id("emma"));
        compare(reports.length, 1);
        compare(reports[0].code, "Z");
        verify(!reports[0].end, "until better: no end");
        tryVerify(() => findChild(emmaCard(), "todayText").text === "Ziek · vanaf vandaag, tot beter");
        verify(findChild(emmaCard(), "betterButton").visible);
    }
    function test_sick_report_can_be_undone() {
        reportEmmaSick();
        const notice = item("notice");
        tryCompare(notice, "opened", true);
        const undo = findChild(notice, "noticeAction");
        compare(undo.text, "Ongedaan maken");
        mouseClick(undo);
        compare(Fixture.waitingMutations(), ["report_absence", "withdraw_report"]);
        compare(Fixture.reports(Fixture.id("emma"))[0].state, "withdrawn");
        tryVerify(() => findChild(emmaCard(), "todayText").text === "Geen melding voor vandaag");
        tryCompare(notice, "text", "Ongedaan gemaakt: de ziekmelding is ingetrokken.");
        // The same day can be reported again.
        reportEmmaSick();
        compare(Fixture.waitingMutations(), ["report_absence", "withdraw_report", "report_absence"]);
    }

    name: "ChildrenPage"
}
