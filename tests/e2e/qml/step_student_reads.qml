import QtQuick
import AanwezigE2E

// e. The student (paired at start) reads "Ik mis je!" among the messages.
AppTestCase {
    function test_reads_i_miss_you() {
        openApp();
        waitForPage("messagesPage");
        const list = item("messagesList");
        tryVerify(() => rowTexts(list, "messageText").includes("Ik mis je!"), patience, "the message arrives");
        compare(rowTexts(list, "messageText").filter(text => text === "Ik mis je!").length, 1, "once");
    }

    name: "StudentReads"
}
