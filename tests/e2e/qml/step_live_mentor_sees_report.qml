import QtQuick
import Aanwezig
import AanwezigE2E

// Live loop, mentor (paired at start, the sync interval an hour): the app is
// open on "Vandaag" with the live channel up; the parent's report shows up
// without a refresh, and the mentor marks it seen. "APPLOOP READY" tells
// tst_apploop_live to let the parent report.
AppTestCase {
    readonly property int livePatience: 60000

    function test_sees_the_report_live_and_marks_it_seen() {
        openApp();
        waitForPage("mentorTodayPage");
        tryVerify(() => SyncStatusView.live, patience, "the live channel opens");
        tryVerify(() => !SyncStatusView.syncing, patience, "the first sync ends");
        const absence = "absence_" + Step.childId;
        verify(findChild(currentPage(), absence) === null, "no report yet");
        console.log("APPLOOP READY");
        tryVerify(() => findChild(currentPage(), absence) !== null, livePatience, "the parent's report shows without a refresh");
        tapInRow(absence, "acknowledgeButton", () => findChild(findChild(currentPage(), absence), "acknowledgeButton")?.text === "Gezien ✓");
        tryVerify(() => syncLine() === "", patience, "the acknowledgement is sent");
    }

    name: "LiveMentorSeesReport"
}
