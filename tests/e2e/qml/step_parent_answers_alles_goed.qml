import QtQuick
import Aanwezig
import AanwezigE2E

// The school registered the child absent and no report covers it: the
// parent's phone receives "Alles goed?" by Web Push (encrypted for the
// app's keys, decrypted by the app), the parent taps "Ziek melden", the
// report form opens for the child and today, and the report is sent.
AppTestCase {
    function test_ziek_melden_opens_the_form_and_reports() {
        openApp();
        waitForPage("childrenPage");
        verify(Push.deliver(), "the app subscribed with its own keys");
        tryCompare(Push, "shownTitle", "Alles goed?", patience);
        compare(Push.shownBody, "Sanne is vandaag niet op school en we hebben geen melding. Alles goed?");
        Push.tap("report_sick");
        waitForPage("reportAbsencePage");
        const form = currentPage();
        compare(form.studentId, Step.childId);
        compare(form.code, "Z");
        compare(findChild(form, "startDay").currentValue, Qt.formatDate(new Date(), "yyyy-MM-dd"));
        tap("submitButton");
        waitForPage("childrenPage");
        tryVerify(() => SyncStatusView.waitingCount === 0 && !SyncStatusView.syncing, patience, "the report reached the school");
    }

    name: "ParentAnswersAllesGoed"
}
