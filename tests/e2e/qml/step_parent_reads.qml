import QtQuick
import AanwezigE2E

// f. The parent again: reads "Ik mis je!" and sees the report was seen by the mentor.
AppTestCase {
    function test_reads_the_message_and_sees_the_report_seen() {
        openApp();
        waitForPage("childrenPage");
        openSection(2, "messagesPage");
        const messages = item("messagesList");
        tryVerify(() => rowTexts(messages, "messageText").includes("Ik mis je!"), patience, "the message arrives");
        compare(rowTexts(messages, "messageText").filter(text => text === "Ik mis je!").length, 1, "once");
        openSection(1, "parentReportsPage");
        const reports = item("reportsList");
        tryVerify(() => reports.count === 1 && findChild(row(reports, 0), "stateText").text === "Gezien door de mentor", patience, "the mentor's acknowledgement shows");
    }

    name: "ParentReads"
}
