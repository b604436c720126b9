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
    function test_mentor_sees_the_replies() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("MessagesPage.qml");
        const list = item("messagesList");
        tryVerify(() => list.cardAt(0) !== null);
        const card = list.cardAt(0);
        verify(!findChild(card, "replyBox").visible, "the mentor does not answer here");
        const column = findChild(card, "repliesColumn");
        compare(column.count, 2);
        const texts = [];
        for (let i = 0; i < column.children.length; ++i) {
            if (column.children[i].objectName === "reply")
                texts.push(column.children[i].text);
        }
        compare(texts.length, 2);
        verify(texts.some(t => t.startsWith("Bas Bakker: Dank je!")), texts);
        verify(texts.some(t => t.startsWith("Een ouder van Bas Bakker: Hij slaapt weer beter")), texts);
    }
    function test_parent_answers_in_own_words_and_own_language() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        Preferences.messageLanguage = "tr";
        open("MessagesPage.qml", {
                "audience": "parents"
            });
        const list = item("messagesList");
        tryVerify(() => list.cardAt(0) !== null);
        const card = list.cardAt(0);
        compare(findChild(card, "quickReply_doing_better").text, "Biraz daha iyiyim");
        findChild(card, "ownWordsButton").clicked();
        const area = findChild(card, "replyArea");
        verify(area.visible);
        const send = findChild(card, "sendReplyButton");
        area.text = "x".repeat(501);
        verify(!send.enabled, "at most 500 characters");
        area.text = "  Ze is er morgen weer.  ";
        send.clicked();
        const replies = Fixture.replies(Fixture.id("bas"));
        compare(replies.length, 1);
        compare(replies[0].text, "Ze is er morgen weer.");
        compare(replies[0].from, "parent");
        compare(replies[0].language, "tr");
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
    function test_student_answers_with_one_tap() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        open("MessagesPage.qml", {
                "audience": "student",
                "studentId": Fixture.id("bas")
            });
        const list = item("messagesList");
        tryVerify(() => list.cardAt(0) !== null);
        const card = list.cardAt(0);
        const thanks = findChild(card, "quickReply_thanks");
        compare(thanks.text, "Dank je!");
        verify(thanks.visible);
        thanks.clicked();
        const replies = Fixture.replies(Fixture.id("bas"));
        compare(replies.length, 1);
        compare(replies[0].template_key, "thanks");
        compare(replies[0].from, "student");
        compare(replies[0].message_id, card.messageId);
        verify(Fixture.waitingMutations().includes("send_reply"));
        // Answered: the answer shows instead of the buttons.
        tryVerify(() => !findChild(card, "replyBox").visible);
        tryCompare(findChild(card, "repliesColumn"), "count", 1);
    }
    function test_student_sees_messages_to_the_student() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        open("MessagesPage.qml", {
                "audience": "student",
                "studentId": Fixture.id("bas")
            });
        compare(item("messagesList").cardCount, 2);
    }

    name: "MessagesPage"
}
