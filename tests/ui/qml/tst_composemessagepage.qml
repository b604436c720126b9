import QtQuick
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("ComposeMessagePage.qml", {
                "studentId": Fixture.id("gijs"),
                "studentName": "Gijs"
            });
    }
    function openHiba() {
        open("ComposeMessagePage.qml", {
                "studentId": Fixture.id("hiba"),
                "studentName": "Hiba"
            });
    }
    function test_example_language_to_choose_when_none_is_known() {
        tap("toParents");
        verify(!item("parentLanguagesCard").visible);
        compare(item("previewText").text, "أفتقدك!");
        compare(item("previewText").horizontalAlignment, Text.AlignRight);
        const box = item("previewLanguageBox");
        box.currentIndex = box.indexOfValue("pl");
        box.activated(box.currentIndex);
        compare(item("previewText").text, "Tęsknię za tobą!");
    }
    function test_nobody_to_send_to_is_explained() {
        tap("toStudent");
        tap("sendButton");
        compare(Fixture.messages().filter(m => m.student_id === Fixture.id("gijs")).length, 0);
        compare(item("errorText").text, "Kies voor wie het bericht is: de leerling, de ouders of allebei.");
        compare(item("recipientsError").text, item("errorText").text);
        verify(item("recipientsError").visible, "told beside the boxes too");
        verify(!item("textError").visible);
    }
    function test_own_words() {
        tap("ownWordsButton");
        compare(item("messageArea").text, "");
        item("messageArea").text = "Hoi Gijs, we denken aan je!";
        tap("sendButton");
        const sent = Fixture.messages().filter(m => m.student_id === Fixture.id("gijs"));
        compare(sent[0].text, "Hoi Gijs, we denken aan je!");
        compare(sent[0].template_key, "");
    }
    function test_own_words_to_parents_go_as_written() {
        openHiba();
        tap("toParents");
        tap("ownWordsButton");
        item("messageArea").text = "Hoi Hiba, we denken aan je!";
        compare(item("ownWordsNote").text, "Eigen woorden gaan zoals je ze schrijft; ze worden niet vertaald.");
        verify(item("ownWordsNote").visible);
        verify(item("parentLanguagesText").visible, "the parents' languages stay in sight");
        compare(findChild(page, "preview_ar"), null);
        tap("sendButton");
        const sent = Fixture.messages().filter(m => m.student_id === Fixture.id("hiba") && m.text === "Hoi Hiba, we denken aan je!");
        compare(sent.length, 1);
        compare(sent[0].template_key, "");
    }
    function test_parents_languages_from_school_with_the_template_in_each() {
        openHiba();
        verify(!item("parentLanguagesCard").visible, "only when the message goes to the parents");
        tap("toParents");
        compare(item("parentLanguagesText").text, "Taal van de ouders: Arabisch, Nederlands");
        compare(item("preview_ar").text, "أفتقدك!");
        compare(item("preview_ar").horizontalAlignment, Text.AlignRight);
        compare(item("preview_nl").text, "Ik mis je!");
        compare(item("preview_nl").horizontalAlignment, Text.AlignLeft);
        verify(!item("previewLanguageBox").visible, "no example language to choose when the school told");
        verify(!item("ownWordsNote").visible);
        tap("template_welcome_back");
        compare(item("preview_ar").text, "يسعدنا أنك عدت");
    }
    function test_template_from_the_class_to_student_and_parents() {
        tap("template_class_misses_you");
        compare(item("messageArea").text, "We missen je in de klas");
        tap("fromClass");
        tap("toParents");
        tap("sendButton");
        const messages = Fixture.messages().filter(m => m.student_id === Fixture.id("gijs"));
        compare(messages.length, 1);
        compare(messages[0].template_key, "class_misses_you");
        verify(messages[0].from_class);
        verify(messages[0].to_parents);
        verify(messages[0].to_student);
        compare(Fixture.contactLog(Fixture.id("gijs"))[0].kind, "card", "a card counts as contact");
        compare(Fixture.waitingMutations(), ["send_message", "log_contact"]);
    }

    name: "ComposeMessagePage"
}
