import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function test_call_parents_from_the_student_page() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        Fixture.takeOpenedUrls();
        open("StudentPage.qml", {
                "studentId": Fixture.id("gijs"),
                "studentName": "Gijs Groen"
            });
        tap("callParentsButton");
        compare(Fixture.takeOpenedUrls(), ["tel:0687654321"]);
        const dialog = findChild(item("callParentsButton"), "callLogDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(dialog.acceptButton);
        tryCompare(stack.currentItem, "objectName", "logContactPage");
        compare(stack.currentItem.kind, "phone");
    }
    function test_days_the_school_registered() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        Fixture.registerMissedLessons(Fixture.id("gijs"), 3);
        open("StudentPage.qml", {
                "studentId": Fixture.id("gijs"),
                "studentName": "Gijs Groen"
            });
        const day = item("registeredDay");
        verify(day.text.indexOf("08:30 - 10:10") >= 0, day.text);
    }
    function test_figures_and_signals_with_next_steps() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("StudentPage.qml", {
                "studentId": Fixture.id("gijs"),
                "studentName": "Gijs Groen"
            });
        compare(item("rateText").text, "86,2 %");
        compare(item("tierName").text, "Vaak afwezig");
        const legal = item("signal_legal");
        verify(legal.explanation.indexOf("16 uur") >= 0);
        verify(legal.nextStep.length > 0);
        verify(item("signal_late"));
        verify(item("signal_trend"));
    }
    function test_mentor_decides_a_leave_request() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        const tomorrow = new Date(Date.now() + 86400000);
        const day = Qt.formatDate(tomorrow, "yyyy-MM-dd");
        leaveRequest.studentId = Fixture.id("bas");
        leaveRequest.startDate = day;
        leaveRequest.endDate = day;
        const requested = AbsenceActions.reportAbsence(leaveRequest);
        verify(requested.ok, requested.words);
        compare(requested.code, "");
        open("StudentPage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas Bakker"
            });
        const leave = Fixture.reports(Fixture.id("bas")).filter(r => r.code === "V")[0];
        tapItem(findChild(item("history_" + leave.id), "approveLeaveButton"), "approveLeaveButton");
        compare(Fixture.reports(Fixture.id("bas")).filter(r => r.code === "V")[0].decision, "approved");
        verify(Fixture.waitingMutations().indexOf("decide_leave") >= 0);

        // A second decision (a double tap) is refused with its code, and
        // the page tells why in words.
        const again = AbsenceActions.decideLeave(leave.id, false);
        compare(again.ok, false);
        compare(again.code, "no_pending_leave");
        compare(again.words, "Over dit verlof is al beslist.");
        // The second tap reaches the button before the row hides it.
        findChild(item("history_" + leave.id), "refuseLeaveButton").clicked();
        const notice = item("notice");
        tryCompare(notice, "opened", true);
        compare(notice.text, again.words);
        compare(Fixture.reports(Fixture.id("bas")).filter(r => r.code === "V")[0].decision, "approved");
    }
    function test_plan_editor_from_the_student_page() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("StudentPage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas Bakker"
            });
        tap("planButton");
        tryCompare(stack.currentItem, "objectName", "planEditorPage");
    }
    function test_replies_of_the_student_and_the_parents() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("StudentPage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas Bakker"
            });
        const column = item("repliesColumn");
        verify(column.visible);
        const texts = [];
        for (let i = 0; i < column.children.length; ++i) {
            if (column.children[i].objectName === "reply")
                texts.push(column.children[i].text);
        }
        compare(texts.length, 3);
        compare(texts[0].split(" · ")[0], "Aan de contactpersoon\nBas Bakker: Mag ik morgen even langskomen?");
        verify(texts[1].startsWith("Op: Ik mis je!\n"), texts[1]);
    }

    name: "StudentPage"

    AbsenceForm {
        id: leaveRequest
        code: "V"
        endPart: "whole"
        startPart: "whole"
    }
}
