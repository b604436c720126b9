import QtQuick
import AanwezigTest

PageTestCase {
    function test_buddy_and_contact_person() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        open("SupportPage.qml", {
                "studentId": Fixture.id("bas")
            });
        compare(item("buddyName").text, "Sara");
        compare(item("contactPersonName").text, "Meneer Bakker");
        verify(!item("emptyState").visible);
    }
    function test_nothing_agreed_yet() {
        Fixture.signIn(Fixture.id("bas"), ["student"]);
        open("SupportPage.qml", {
                "studentId": Fixture.id("bas")
            });
        verify(item("emptyState").visible);
    }
    function test_student_writes_to_the_contact_person() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        open("SupportPage.qml", {
                "studentId": Fixture.id("bas")
            });
        compare(item("contactWhere").text, "Waar en wanneer: Kamer 12, elke dag in de grote pauze");
        const box = item("replyBox");
        verify(!box.visible);
        item("writeContactButton").clicked();
        verify(box.visible);
        findChild(box, "quickReply_want_to_talk").clicked();
        const replies = Fixture.replies(Fixture.id("bas"));
        compare(replies.length, 1);
        compare(replies[0].template_key, "want_to_talk");
        compare(replies[0].message_id, null, "a word to the contact person answers the plan");
        compare(findChild(box, "replySent").text, "Verstuurd: Ik wil even praten");
        verify(findChild(box, "replySent").visible);
    }

    name: "SupportPage"
}
