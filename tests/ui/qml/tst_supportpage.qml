import QtQuick
import AanwezigTest

PageTestCase {
    function test_buddy_and_contact_person() {
        Fixture.loadSchool(Fixture.id("emma"), ["student"]);
        open("SupportPage.qml", {
                "studentId": Fixture.id("emma")
            });
        compare(item("buddyName").text, "Sara");
        compare(item("contactPersonName").text, "Meneer Bakker");
        verify(!item("emptyState").visible);
    }
    function test_nothing_agreed_yet() {
        Fixture.signIn(Fixture.id("emma"), ["student"]);
        open("SupportPage.qml", {
                "studentId": Fixture.id("emma")
            });
        verify(item("emptyState").visible);
    }

    name: "SupportPage"
}
