import QtQuick
import QtTest
import Aanwezig
import AanwezigTest

TestCase {
    id: testCase

    property var window

    function cleanup() {
        if (window)
            window.destroy();
        window = null;
    }
    function currentPage(): string {
        return findChild(window.contentItem, "stack").currentItem?.objectName ?? "";
    }
    function openApp() {
        const component = Qt.createComponent("qrc:/qt/qml/Aanwezig/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null);
        verify(window);
        return window;
    }
    // Every reason the phone's store or the server can give (the RuleErrors
    // of core/domain and core/store, the rejections of server/sync) reads as
    // its own words; an unknown one as a general sentence; never the code.
    function test_every_refusal_reason_in_words() {
        const knownCodes = ["already_answered", "already_closed", "already_seen", "answer_too_long", "bad_args", "bad_change", "bad_mood", "bad_rhythm", "code_not_allowed", "conflict", "duplicate_id", "empty_message", "empty_reply", "empty_title", "end_before_start", "forbidden", "invalid_answer", "invalid_quiet_hours", "message_too_long", "missing_field", "missing_id", "missing_start", "missing_student", "no_pending_leave", "no_plan", "no_recipients", "not_found", "not_reporter", "not_sickness", "note_too_long", "outcome_too_long", "overlap", "recovery_before_start", "reply_too_long", "storage_error", "title_too_long", "too_far_ahead", "too_far_back", "too_late_to_withdraw", "too_many_future_reports", "unknown_kind", "unknown_mutation", "unknown_template"];
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        openApp();
        const text = findChild(window.contentItem, "syncStatusText");
        const dismiss = findChild(window.contentItem, "dismissRejectedButton");
        function refusedWith(code) {
            AbsenceActions.reportSickToday(Fixture.id("bas"));
            Fixture.rejectOldest(code);
            tryVerify(() => SyncStatusView.rejectedText.length > 0, 5000, code);
            const shown = text.text;
            verify(shown.indexOf(code) < 0, code + " is shown as a code: " + shown);
            mouseClick(dismiss);
            tryCompare(text, "text", "");
            return shown;
        }
        const general = refusedWith("a_code_nobody_knows");
        verify(general.length > 0);
        for (const code of knownCodes)
            verify(refusedWith(code) !== general, code + " has no words of its own");
    }
    function test_first_run_when_not_paired() {
        Fixture.signOut();
        openApp();
        tryVerify(() => currentPage() === "firstRunPage");
        verify(!findChild(window.contentItem, "sectionBar").visible);
    }
    function test_one_person_several_roles() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor", "parent"]);
        Session.activeRole = "mentor";
        openApp();
        tryVerify(() => currentPage() === "mentorTodayPage");
        // The title bar keeps its room: the role is chosen in Settings.
        compare(findChild(window.contentItem, "roleSwitcher"), null);
        mouseClick(findChild(window.contentItem, "settingsButton"));
        tryVerify(() => currentPage() === "settingsPage");
        const stack = findChild(window.contentItem, "stack");
        tryVerify(() => !stack.busy);
        const parentRole = findChild(stack.currentItem, "role_parent");
        tryVerify(() => findChild(stack.currentItem, "roleSwitcher").visible);
        verify(findChild(stack.currentItem, "role_mentor").checked);
        mouseClick(parentRole);
        tryVerify(() => currentPage() === "childrenPage");
        compare(Preferences.lastRole, "parent", "the choice is remembered");
    }
    // From 600 px wide (Material 3's medium width) the sections are a rail
    // at the side; below it a bar at the bottom.
    function test_rail_from_600_px() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        openApp();
        tryVerify(() => currentPage() === "mentorTodayPage");
        window.width = 599;
        tryVerify(() => findChild(window.contentItem, "sectionBar").visible);
        verify(!findChild(window.contentItem, "sectionRail").visible);
        window.width = 600;
        tryVerify(() => findChild(window.contentItem, "sectionRail").visible);
        verify(!findChild(window.contentItem, "sectionBar").visible);
        window.width = 800;
        verify(findChild(window.contentItem, "sectionRail").visible, "an upright tablet has the rail");
    }
    function test_refused_change_is_shown_and_put_away() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        openApp();
        AbsenceActions.reportSickToday(Fixture.id("bas"));
        Fixture.rejectOldest("overlap");
        const text = findChild(window.contentItem, "syncStatusText");
        tryVerify(() => text.text.indexOf("Er is al een melding voor deze tijd") >= 0);
        verify(text.text.indexOf("overlap") < 0, "words, not the code: " + text.text);
        compare(Fixture.reports(Fixture.id("bas")).length, 0, "its effect is undone");
        const dismiss = findChild(window.contentItem, "dismissRejectedButton");
        verify(dismiss.visible);
        mouseClick(dismiss);
        tryCompare(text, "text", "");
    }
    function test_sections_of_a_student() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        openApp();
        tryVerify(() => currentPage() === "messagesPage");
        window.showSection(2);
        tryVerify(() => currentPage() === "checkInPage");
        window.showSection(1);
        tryVerify(() => currentPage() === "returnPlanPage");
    }
    function test_sync_line_tells_what_waits() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        openApp();
        AbsenceActions.reportSickToday(Fixture.id("bas"));
        const text = findChild(window.contentItem, "syncStatusText");
        tryVerify(() => text.text.indexOf("1 wijziging") >= 0);
        Fixture.acknowledgeAll();
        tryCompare(text, "text", "");
    }

    name: "Main"
    when: windowShown
}
