import QtQuick
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("ComposeMessagePage.qml", {
                "studentId": Fixture.id("daan"),
                "studentName": "Daan"
            });
    }
    function test_nobody_to_send_to_is_explained() {
        tap("toStudent");
        tap("sendButton");
        compare(Fixture.messages().filter(m => m.student_id === Fixture.id("daan")).length, 0);
        compare(item("errorText").text, "Kies voor wie het bericht is: de leerling, de ouders of allebei.");
    }
    function test_own_words() {
        tap("ownWordsButton");
        compare(item("messageArea").text, "");
        item("messageArea").text = "Hoi Daan, we denken aan je!";
        tap("sendButton");
        const sent = Fixture.messages().filter(m => m.student_id === Fixture.id("daan"));
        compare(sent[0].text, "Hoi Daan, we denken aan je!");
        compare(sent[0].template_key, "");
    }
    function test_parents_preview_in_their_language() {
        tap("toParents");
        compare(item("previewText").text, "أفتقدك!");
        compare(item("previewText").horizontalAlignment, Text.AlignRight);
    }
    function test_template_from_the_class_to_student_and_parents() {
        tap("template_class_misses_you");
        compare(item("messageArea").text, "We missen je in de klas");
        tap("fromClass");
        tap("toParents");
        tap("sendButton");
        const messages = Fixture.messages().filter(m => m.student_id === Fixture.id("daan"));
        compare(messages.length, 1);
        compare(messages[0].template_key, "class_misses_you");
        verify(messages[0].from_class);
        verify(messages[0].to_parents);
        verify(messages[0].to_student);
        compare(Fixture.contactLog(Fixture.id("daan"))[0].kind, "card", "a card counts as contact");
        compare(Fixture.waitingMutations(), ["send_message", "log_contact"]);
    }

    name: "ComposeMessagePage"
}
