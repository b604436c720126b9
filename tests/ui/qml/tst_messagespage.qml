import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function cleanup() {
        Preferences.messageLanguage = "nl";
        Fixture.setRegion("");
    }
    function test_empty_state() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        open("MessagesPage.qml", {
                "audience": "parents"
            });
        verify(findChild(item("messagesList"), "emptyState").visible);
    }
    // Flanders: the Dutch text, and the parent's language beside it marked
    // as a translation; in the Netherlands the parent's language alone.
    function test_flanders_shows_the_translation_beside_the_dutch() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        Fixture.setRegion("be");
        Preferences.messageLanguage = "tr";
        open("MessagesPage.qml", {
                "audience": "parents"
            });
        const list = item("messagesList");
        compare(list.cardCount, 2);
        tryVerify(() => list.cardAt(1) !== null);
        const card = list.cardAt(1);
        compare(findChild(card, "messageText").text, "Ik mis je!");
        compare(findChild(card, "translationText").text, "Seni özledim!");
        verify(findChild(card, "translationText").visible);
        verify(findChild(card, "translationLabel").visible);
        compare(findChild(card, "translationLabel").text, "Vertaling uit het Nederlands");
        Fixture.setRegion("nl");
        tryCompare(findChild(list.cardAt(1), "messageText"), "text", "Seni özledim!");
        verify(!findChild(list.cardAt(1), "translationText").visible, "the Netherlands: the parent's language alone");
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
