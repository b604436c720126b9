import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function cleanup() {
        Preferences.messageLanguage = "nl";
    }
    function test_empty_state() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        open("MessagesPage.qml", {
                "audience": "parents"
            });
        verify(findChild(item("messagesList"), "emptyState").visible);
    }
    function test_parent_reads_templates_in_own_language() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        Preferences.messageLanguage = "ar";
        open("MessagesPage.qml", {
                "audience": "parents"
            });
        const list = item("messagesList");
        compare(list.cardCount, 2);
        const texts = [];
        for (let i = 0; i < list.cardCount; ++i) {
            tryVerify(() => list.cardAt(i) !== null);
            texts.push(findChild(list.cardAt(i), "messageText").text);
            compare(findChild(list.cardAt(i), "messageText").horizontalAlignment, Text.AlignRight, "Arabic reads from the right");
        }
        compare(texts, ["يسعدنا أنك عدت", "أفتقدك!"]);
    }
    function test_seen_messages_become_read() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("MessagesPage.qml", {
                "audience": "parents"
            });
        tryVerify(() => Fixture.waitingMutations().length === 2, 5000);
        compare(Fixture.waitingMutations(), ["mark_read", "mark_read"]);
    }
    function test_student_sees_messages_to_the_student() {
        Fixture.loadSchool(Fixture.id("emma"), ["student"]);
        open("MessagesPage.qml", {
                "audience": "student",
                "studentId": Fixture.id("emma")
            });
        compare(item("messagesList").cardCount, 2);
    }

    name: "MessagesPage"
}
