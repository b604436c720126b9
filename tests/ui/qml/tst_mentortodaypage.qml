import QtQuick
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("MentorTodayPage.qml");
    }
    function test_absences_without_contact_first() {
        const list = item("todayList");
        compare(list.cardCount, 2);
        verify(item("todaySummary").text.indexOf("bij 2 nog geen contact") >= 0, item("todaySummary").text);
        compare(findChild(item("absence_" + Fixture.id("daan")), "contactBadge").text, "Nog geen contact");
    }
    function test_acknowledge() {
        const daan = item("absence_" + Fixture.id("daan"));
        tapItem(findChild(daan, "acknowledgeButton"), "acknowledgeButton");
        compare(Fixture.waitingMutations(), ["acknowledge"]);
        compare(Fixture.reports(Fixture.id("daan"))[0].state, "seen_by_mentor");
    }
    function test_call_chooses_between_numbers() {
        Fixture.takeOpenedUrls();
        item("todayList").positionViewAtEnd();
        const yara = item("absence_" + Fixture.id("yara"));
        tapItem(findChild(yara, "callParentsButton"), "callParentsButton");
        const menu = findChild(yara, "callNumberMenu");
        tryCompare(menu, "opened", true);
        const second = menu.itemAt(1);
        compare(second.objectName, "callNumber_+32470123456");
        mouseClick(second);
        compare(Fixture.takeOpenedUrls(), ["tel:+32470123456"]);
        const dialog = findChild(yara, "callLogDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(dialog.rejectButton);
        tryCompare(dialog, "opened", false);
        compare(stack.currentItem.objectName, "mentorTodayPage");
    }
    function test_call_parents_then_log_the_call() {
        Fixture.takeOpenedUrls();
        const daan = item("absence_" + Fixture.id("daan"));
        tapItem(findChild(daan, "callParentsButton"), "callParentsButton");
        compare(Fixture.takeOpenedUrls(), ["tel:0612345678"]);
        const dialog = findChild(daan, "callLogDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(dialog.acceptButton);
        tryCompare(stack.currentItem, "objectName", "logContactPage");
        compare(stack.currentItem.studentId, Fixture.id("daan"));
        compare(stack.currentItem.kind, "phone");
    }
    function test_contact_moves_student_down() {
        tapItem(findChild(item("absence_" + Fixture.id("daan")), "contactButton"), "contactButton");
        tryCompare(stack.currentItem, "objectName", "logContactPage");
        tap("kind_phone");
        item("outcomeArea").text = "Vader gesproken, morgen weer op school";
        tap("saveContactButton");
        tryCompare(stack.currentItem, "objectName", "mentorTodayPage");
        compare(Fixture.contactLog(Fixture.id("daan")).length, 1);
        compare(Fixture.contactLog(Fixture.id("daan"))[0].outcome, "Vader gesproken, morgen weer op school");
        tryVerify(() => item("todaySummary").text.indexOf("bij 1 nog geen contact") >= 0);
        tryVerify(() => item("todayList").cardAt(0)?.studentId === Fixture.id("yara"));
    }
    // One action, one name: "Bericht" on the Vandaag card as on the student page.
    function test_message_action_has_one_name() {
        const daan = item("absence_" + Fixture.id("daan"));
        compare(findChild(daan, "messageButton").text, "Bericht");
        compare(findChild(daan, "contactButton").text, "Contact");
    }
    function test_message_opens_composer() {
        item("todayList").positionViewAtEnd();
        tapItem(findChild(item("absence_" + Fixture.id("yara")), "messageButton"), "messageButton");
        tryCompare(stack.currentItem, "objectName", "composeMessagePage");
        compare(stack.currentItem.studentId, Fixture.id("yara"));
    }
    function test_no_call_without_a_number() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("StudentPage.qml", {
                "studentId": Fixture.id("emma"),
                "studentName": "Emma de Vries"
            });
        verify(!item("callParentsButton").visible);
    }
    function test_nobody_absent() {
        Fixture.signIn(Fixture.id("mentor"), ["mentor"]);
        verify(findChild(item("todayList"), "emptyState").visible);
    }
    function test_school_registration_without_a_report() {
        Fixture.registerMissedLessons(Fixture.id("sem"), 0);
        tryCompare(item("todayList"), "cardCount", 3);
        const sem = item("absence_" + Fixture.id("sem"));
        verify(findChild(sem, "periodText").text.indexOf("08:30 - 10:10") >= 0, findChild(sem, "periodText").text);
        verify(!findChild(sem, "acknowledgeButton").visible, "no report to acknowledge");
        verify(findChild(sem, "contactButton").visible);
        // Nobody knows where Sem is: he comes first, with a marker in words.
        tryVerify(() => item("todayList").cardAt(0)?.studentId === Fixture.id("sem"));
        verify(findChild(sem, "noReportMarker").visible);
        verify(findChild(sem, "noReportMarker").text.indexOf("Afwezig zonder bericht") >= 0);
        verify(sem.Accessible.name.startsWith("Afwezig zonder bericht"));
        verify(!findChild(item("absence_" + Fixture.id("daan")), "noReportMarker").visible, "a reported absence has no marker");
    }

    name: "MentorTodayPage"
}
