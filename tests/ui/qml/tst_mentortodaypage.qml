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
        compare(findChild(item("absence_" + Fixture.id("gijs")), "contactBadge").text, "Nog geen contact");
    }
    function test_acknowledge() {
        const gijs = item("absence_" + Fixture.id("gijs"));
        tapItem(findChild(gijs, "acknowledgeButton"), "acknowledgeButton");
        compare(Fixture.waitingMutations(), ["acknowledge"]);
        compare(Fixture.reports(Fixture.id("gijs"))[0].state, "seen_by_mentor");
    }
    function test_call_chooses_between_numbers() {
        Fixture.takeOpenedUrls();
        item("todayList").positionViewAtEnd();
        const hiba = item("absence_" + Fixture.id("hiba"));
        tapItem(findChild(hiba, "callParentsButton"), "callParentsButton");
        const menu = findChild(hiba, "callNumberMenu");
        tryCompare(menu, "opened", true);
        const second = menu.itemAt(1);
        compare(second.objectName, "callNumber_+32470987654");
        mouseClick(second);
        compare(Fixture.takeOpenedUrls(), ["tel:+32470987654"]);
        const dialog = findChild(hiba, "callLogDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(dialog.rejectButton);
        tryCompare(dialog, "opened", false);
        compare(stack.currentItem.objectName, "mentorTodayPage");
    }
    function test_call_parents_then_log_the_call() {
        Fixture.takeOpenedUrls();
        const gijs = item("absence_" + Fixture.id("gijs"));
        tapItem(findChild(gijs, "callParentsButton"), "callParentsButton");
        compare(Fixture.takeOpenedUrls(), ["tel:0687654321"]);
        const dialog = findChild(gijs, "callLogDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(dialog.acceptButton);
        tryCompare(stack.currentItem, "objectName", "logContactPage");
        compare(stack.currentItem.studentId, Fixture.id("gijs"));
        compare(stack.currentItem.kind, "phone");
    }
    function test_contact_moves_student_down() {
        tapItem(findChild(item("absence_" + Fixture.id("gijs")), "contactButton"), "contactButton");
        tryCompare(stack.currentItem, "objectName", "logContactPage");
        tap("kind_phone");
        item("outcomeArea").text = "Vader gesproken, morgen weer op school";
        tap("saveContactButton");
        tryCompare(stack.currentItem, "objectName", "mentorTodayPage");
        compare(Fixture.contactLog(Fixture.id("gijs")).length, 1);
        compare(Fixture.contactLog(Fixture.id("gijs"))[0].outcome, "Vader gesproken, morgen weer op school");
        tryVerify(() => item("todaySummary").text.indexOf("bij 1 nog geen contact") >= 0);
        tryVerify(() => item("todayList").cardAt(0)?.studentId === Fixture.id("hiba"));
    }
    // One action, one name: "Bericht" on the Vandaag card as on the student page.
    function test_message_action_has_one_name() {
        const gijs = item("absence_" + Fixture.id("gijs"));
        compare(findChild(gijs, "messageButton").text, "Bericht");
        compare(findChild(gijs, "contactButton").text, "Contact");
    }
    function test_message_opens_composer() {
        item("todayList").positionViewAtEnd();
        tapItem(findChild(item("absence_" + Fixture.id("hiba")), "messageButton"), "messageButton");
        tryCompare(stack.currentItem, "objectName", "composeMessagePage");
        compare(stack.currentItem.studentId, Fixture.id("hiba"));
    }
    function test_no_call_without_a_number() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("StudentPage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas Bakker"
            });
        verify(!item("callParentsButton").visible);
    }
    function test_nobody_absent() {
        Fixture.signIn(Fixture.id("mentor"), ["mentor"]);
        verify(findChild(item("todayList"), "emptyState").visible);
    }
    function test_school_registration_without_a_report() {
        Fixture.registerMissedLessons(Fixture.id("ilse"), 0);
        tryCompare(item("todayList"), "cardCount", 3);
        const ilse = item("absence_" + Fixture.id("ilse"));
        verify(findChild(ilse, "periodText").text.indexOf("08:30 - 10:10") >= 0, findChild(ilse, "periodText").text);
        verify(!findChild(ilse, "acknowledgeButton").visible, "no report to acknowledge");
        verify(findChild(ilse, "contactButton").visible);
        // Nobody knows where Ilse is: he comes first, with a marker in words.
        tryVerify(() => item("todayList").cardAt(0)?.studentId === Fixture.id("ilse"));
        verify(findChild(ilse, "noReportMarker").visible);
        verify(findChild(ilse, "noReportMarker").text.indexOf("Afwezig zonder bericht") >= 0);
        verify(ilse.Accessible.name.startsWith("Afwezig zonder bericht"));
        verify(!findChild(item("absence_" + Fixture.id("gijs")), "noReportMarker").visible, "a reported absence has no marker");
    }

    name: "MentorTodayPage"
}
