import QtQuick
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("ReportAbsencePage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas"
            });
    }
    function test_a_wrong_time_is_told_at_its_field() {
        tap("code_D");
        item("startTime").text = "half tien";
        tap("submitButton");
        compare(Fixture.reports(Fixture.id("bas")).length, 0);
        compare(item("errorText").text, "Vul een tijd in zoals 08:30.");
        const form = findChild(page, "reportForm");
        compare(form.startTimeError, "Vul een tijd in zoals 08:30.");
        compare(form.endTimeError, "");
        compare(item("startError").text, "Vul een tijd in zoals 08:30.");
        verify(item("startError").visible);
        verify(!item("endError").visible);
    }
    function test_doctor_slot() {
        tap("code_D");
        compare(item("startPart").currentIndex, 3, "a doctor's visit is a time slot");
        compare(item("openEndSwitch").checked, false);
        item("startTime").text = "10:00";
        item("endTime").text = "11:30";
        item("noteArea").text = "Orthodontist";
        tap("submitButton");
        const reports = Fixture.reports(Fixture.id("bas"));
        compare(reports.length, 1);
        compare(reports[0].code, "D");
        verify(reports[0].start.endsWith("T10:00"), reports[0].start);
        verify(reports[0].end.endsWith("T11:30"), reports[0].end);
        compare(reports[0].note, "Orthodontist");
    }
    function test_end_before_start_is_explained_and_nothing_saved() {
        tap("code_D");
        item("startTime").text = "10:00";
        item("endTime").text = "09:00";
        tap("submitButton");
        compare(Fixture.reports(Fixture.id("bas")).length, 0);
        compare(stack.currentItem, page, "the form stays open with what was typed");
        compare(item("errorText").text, "Het einde ligt voor het begin. Kies een later einde.");
        compare(item("startTime").text, "10:00");
        // The field the refusal is about says so too, the others stay quiet.
        const endError = item("endError");
        verify(endError.visible);
        compare(endError.text, "Het einde ligt voor het begin. Kies een later einde.");
        verify(!item("startError").visible);
        verify(!item("noteError").visible);
    }
    function test_leave_request_waits_for_the_school() {
        tap("code_V");
        compare(item("submitButton").text, "Verlof aanvragen");
        item("startDay").currentIndex += 7;
        item("endDay").currentIndex += 9;
        tap("submitButton");
        const reports = Fixture.reports(Fixture.id("bas"));
        compare(reports.length, 1);
        compare(reports[0].code, "V");
        compare(reports[0].decision, "pending");
    }
    function test_note_hint_says_no_medical_details() {
        compare(item("noteHint").text, "Geen medische details: school hoeft niet te weten wat je kind heeft.");
    }
    function test_sick_until_better_from_tomorrow() {
        item("startDay").currentIndex += 1;
        tap("submitButton");
        const reports = Fixture.reports(Fixture.id("bas"));
        compare(reports.length, 1);
        compare(reports[0].code, "Z");
        verify(!reports[0].end);
    }
    // The form's action (in the page's footer) comes after its last field
    // when Tab moves on, as the page reads; a Page put its footer first.
    // (The window's own button stands for the app's header: Tab goes there
    // after the page.)
    function test_tab_reaches_the_action_after_the_fields() {
        const elsewhere = createTemporaryQmlObject("import QtQuick.Controls; Button { text: 'elders' }", stack.parent);
        compare(item("noteArea").nextItemInFocusChain(true), item("submitButton"));
        compare(item("submitButton").nextItemInFocusChain(true), elsewhere);
    }

    name: "ReportAbsencePage"
}
