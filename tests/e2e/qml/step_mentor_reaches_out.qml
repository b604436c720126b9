import QtQuick
import AanwezigE2E

// d. The mentor (paired at start) sees the child's sick report under
// "Vandaag", marks it seen and sends "Ik mis je!" to the student and the parents.
AppTestCase {
    function test_acknowledges_and_says_i_miss_you() {
        openApp();
        waitForPage("mentorTodayPage");
        const absence = "absence_" + Step.childId;
        compare(findChild(item(absence), "contactBadge").text, "Nog geen contact");
        tapInRow(absence, "acknowledgeButton", () => findChild(findChild(currentPage(), absence), "acknowledgeButton")?.text === "Gezien ✓");
        tapInRow(absence, "messageButton", () => currentPage().objectName === "composeMessagePage");
        waitForPage("composeMessagePage");
        compare(item("messageArea").text, "Ik mis je!");
        verify(item("toStudent").checked);
        tap("toParents");
        verify(item("toParents").checked);
        tap("sendButton");
        waitForPage("mentorTodayPage");
        tryVerify(() => syncLine() === "", patience, "the acknowledgement and the message are sent");
    }

    name: "MentorReachesOut"
}
