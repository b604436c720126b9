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
        AbsenceActions.reportSickToday(Fixture.id("emma"));
        Fixture.rejectOldest("overlap");
        const text = findChild(window.contentItem, "syncStatusText");
        tryVerify(() => text.text.indexOf("overlap") >= 0);
        compare(Fixture.reports(Fixture.id("emma")).length, 0, "its effect is undone");
        const dismiss = findChild(window.contentItem, "dismissRejectedButton");
        verify(dismiss.visible);
        mouseClick(dismiss);
        tryCompare(text, "text", "");
    }
    function test_sections_of_a_student() {
        Fixture.loadSchool(Fixture.id("emma"), ["student"]);
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
        AbsenceActions.reportSickToday(Fixture.id("emma"));
        const text = findChild(window.contentItem, "syncStatusText");
        tryVerify(() => text.text.indexOf("1 wijziging") >= 0);
        Fixture.acknowledgeAll();
        tryCompare(text, "text", "");
    }

    name: "Main"
    when: windowShown
}
