import QtQuick
import AanwezigTest

PageTestCase {
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
        tapItem(findChild(emmaCard(), "betterButton"), "betterButton");
        compare(Fixture.waitingMutations(), ["report_absence", "recover"]);
        compare(Fixture.reports(Fixture.id("emma"))[0].state, "closed");
        tryVerify(() => findChild(emmaCard(), "sickButton").visible);
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
