import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtTest
import Aanwezig
import AanwezigTest

// The app from a 360x640 phone up to a tablet: sections at the bottom or at
// the side, content no wider than reads well and centred, cards in two
// columns where there is room, and at phone size every control a finger's
// size and nothing sticking out of the window.
TestCase {
    id: testCase

    readonly property var phone: [360, 640]
    readonly property var tabletLandscape: [1280, 800]
    readonly property var tabletPortrait: [800, 1280]
    property var window

    // The cards of the current page's RefreshableList `listName`, top to bottom.
    function cards(listName: string, firstCardPrefix: string): var {
        const list = item(listName);
        const found = [];
        const walk = parent => {
            for (let i = 0; i < parent.children.length; ++i) {
                const child = parent.children[i];
                if (child.objectName.startsWith(firstCardPrefix))
                    found.push(child);
                else
                    walk(child);
            }
        };
        walk(list.contentItem);
        return found;
    }
    // Checks every visible thing under `root` at phone size: controls at
    // least a finger tall and wide, and nothing out of the window sideways.
    function checkFingerSized(root: Item, where: string) {
        let controls = 0;
        const walk = item => {
            if (!item.visible || item.width <= 0)
                return;
            const sides = edges(item);
            if (isControl(item) || item instanceof Text)
                verify(sides[0] >= -0.5 && sides[1] <= window.width + 0.5, `${where}: ${item} "${item.objectName || item.text}" fits in the window (${sides})`);
            if (isControl(item)) {
                ++controls;
                verify(item.height >= Theme.touch && item.width >= Theme.touch, `${where}: ${item} "${item.objectName || item.text}" is ${item.width}x${item.height}`);
            }
            if (item instanceof Text && item.wrapMode === Text.NoWrap && item.elide === Text.ElideNone)
                verify(item.implicitWidth <= item.width + 1, `${where}: "${item.text}" is not cut off`);
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i]);
        };
        walk(root);
        verify(controls > 0, where + ": has controls");
    }
    // Every text of `control` shows whole inside it: not elided or cut after
    // its last line, no word sticking out of its width or height.
    function checkLabelWhole(control: Item, where: string) {
        let texts = 0;
        const walk = item => {
            if (item instanceof Text && item.visible && item.text.length > 0) {
                ++texts;
                const label = `${where}: "${item.text}"`;
                verify(!item.truncated, `${label} is not cut off`);
                verify(item.contentWidth <= item.width + 1, `${label} is no wider than its tab (${item.contentWidth} > ${item.width})`);
                verify(item.contentHeight <= item.height + 1, `${label} is no taller than its tab (${item.contentHeight} > ${item.height})`);
                const sides = edges(item);
                const tabSides = edges(control);
                verify(sides[0] >= tabSides[0] - 0.5 && sides[1] <= tabSides[1] + 0.5, `${label} is inside its tab (${sides} in ${tabSides})`);
            }
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i]);
        };
        walk(control);
        verify(texts > 0, where + ": has a name");
    }
    function cleanup() {
        Fixture.setPseudoTranslation(false);
        Preferences.language = "nl";
        if (window)
            window.destroy();
        window = null;
    }

    // Waits until a frame with everything above is drawn. Asks for one: a
    // window with nothing new to draw sends none, and waitForRendering would
    // then wait out its 5 s (a third of this suite's time went that way).
    function drawn() {
        window.update();
        verify(waitForRendering(window.contentItem), "a frame is drawn");
    }

    // The left edge of `item` in the window, and its right edge.
    function edges(item: Item): var {
        const left = item.mapToItem(window.contentItem, 0, 0).x;
        return [left, left + item.width];
    }
    function isControl(item: Item): bool {
        return item instanceof T.AbstractButton || item instanceof T.ComboBox || item instanceof T.SpinBox || item instanceof T.TextField || item instanceof T.TextArea;
    }
    // The item called `name` on the current page, once the page has settled.
    function item(name: string): Item {
        const stack = findChild(window.contentItem, "stack");
        tryVerify(() => !stack.busy && findChild(stack.currentItem, name) !== null, 2000, "finds " + name);
        return findChild(stack.currentItem, name);
    }
    function openApp(size: var) {
        const component = Qt.createComponent("qrc:/qt/qml/Aanwezig/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, {
                "width": size[0],
                "height": size[1]
            });
        verify(window);
        drawn();
        return window;
    }
    // Opens `file` over the current section and waits until it is in place.
    function openPage(file: string, properties: var, objectName: string) {
        window.openPage(file, properties ?? {});
        settle(objectName);
    }
    // Waits until the page called `objectName` is in place and drawn.
    function settle(objectName: string) {
        const stack = findChild(window.contentItem, "stack");
        tryVerify(() => !stack.busy && stack.currentItem?.objectName === objectName, 2000, "opens " + objectName);
        drawn();
    }
    function showSection(index: int, objectName: string) {
        window.showSection(index);
        settle(objectName);
    }
    function test_cards_in_one_column_on_a_phone() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        openApp(phone);
        showSection(0, "childrenPage");
        tryVerify(() => cards("childrenList", "child_").length === 2);
        const bas = cards("childrenList", "child_")[0];
        const lex = cards("childrenList", "child_")[1];
        compare(bas.width, window.width - 2 * Theme.margin, "as wide as the phone less the margins");
        compare(edges(bas), edges(lex), "one above the other");
        verify(lex.mapToItem(bas, 0, 0).y >= bas.height);
    }
    function test_cards_in_two_columns_where_there_is_room(data) {
        Fixture.loadSchool(Fixture.id(data.user), data.roles);
        for (const size of [tabletPortrait, tabletLandscape]) {
            openApp(size);
            showSection(data.section, data.page);
            tryVerify(() => cards(data.list, data.card).length >= 2, 2000, "two cards or more: " + item(data.list).cardCount);
            const first = cards(data.list, data.card)[0];
            const second = cards(data.list, data.card)[1];
            const stack = findChild(window.contentItem, "stack");
            compare(first.mapToItem(window.contentItem, 0, 0).y, second.mapToItem(window.contentItem, 0, 0).y, `${size}: side by side`);
            compare(first.width, second.width);
            verify(first.width >= Theme.columnWidth, `${size}: a card is ${first.width} wide`);
            const left = edges(first)[0];
            const right = edges(second)[1];
            verify(right - left <= Theme.gridWidth, `${size}: the cards are no wider than ${Theme.gridWidth} together`);
            compare(Math.round(left - edges(stack)[0]), Math.round(edges(stack)[1] - right), `${size}: centred`);
            cleanup();
        }
    }
    function test_cards_in_two_columns_where_there_is_room_data() {
        return [{
                "tag": "children",
                "user": "parent",
                "roles": ["parent"],
                "section": 0,
                "page": "childrenPage",
                "list": "childrenList",
                "card": "child_"
            }, {
                "tag": "today",
                "user": "mentor",
                "roles": ["mentor"],
                "section": 0,
                "page": "mentorTodayPage",
                "list": "todayList",
                "card": "absence_"
            }, {
                "tag": "class",
                "user": "mentor",
                "roles": ["mentor"],
                "section": 1,
                "page": "classPage",
                "list": "classList",
                "card": "student_"
            }, {
                "tag": "messages",
                "user": "parent",
                "roles": ["parent"],
                "section": 2,
                "page": "messagesPage",
                "list": "messagesList",
                "card": "message_"
            }];
    }
    function test_every_control_finger_sized_on_a_phone(data) {
        Fixture.loadSchool(Fixture.id(data.user), data.roles);
        openApp(phone);
        data.sections.forEach((page, index) => {
                showSection(index, page);
                checkFingerSized(window.contentItem.parent, page);
            });
        for (const page of data.pages) {
            openPage(page.file, page.properties, page.name);
            checkFingerSized(window.contentItem.parent, page.name);
            findChild(window.contentItem, "stack").pop(null, StackView.Immediate);
        }
    }
    function test_every_control_finger_sized_on_a_phone_data() {
        const bas = {
            "studentId": Fixture.id("bas")
        };
        const basNamed = {
            "studentId": Fixture.id("bas"),
            "studentName": "Bas"
        };
        return [{
                "tag": "parent",
                "user": "parent",
                "roles": ["parent"],
                "sections": ["childrenPage", "parentReportsPage", "messagesPage"],
                "pages": [{
                        "file": "ReportAbsencePage.qml",
                        "name": "reportAbsencePage",
                        "properties": basNamed
                    }, {
                        "file": "AttendancePage.qml",
                        "name": "attendancePage",
                        "properties": basNamed
                    }, {
                        "file": "ReturnPlanPage.qml",
                        "name": "returnPlanPage",
                        "properties": bas
                    }, {
                        "file": "SettingsPage.qml",
                        "name": "settingsPage",
                        "properties": {}
                    }]
            }, {
                "tag": "mentor",
                "user": "mentor",
                "roles": ["mentor", "parent"],
                "sections": ["mentorTodayPage", "classPage", "messagesPage"],
                "pages": [{
                        "file": "StudentPage.qml",
                        "name": "studentPage",
                        "properties": basNamed
                    }, {
                        "file": "LogContactPage.qml",
                        "name": "logContactPage",
                        "properties": basNamed
                    }, {
                        "file": "PlanEditorPage.qml",
                        "name": "planEditorPage",
                        "properties": basNamed
                    }, {
                        "file": "ComposeMessagePage.qml",
                        "name": "composeMessagePage",
                        "properties": basNamed
                    }]
            }, {
                "tag": "student",
                "user": "bas",
                "roles": ["student"],
                "sections": ["messagesPage", "returnPlanPage", "checkInPage", "supportPage"],
                "pages": []
            }];
    }
    function test_first_run_finger_sized_on_a_phone() {
        Fixture.signOut();
        openApp(phone);
        settle("firstRunPage");
        checkFingerSized(window.contentItem.parent, "firstRunPage");
    }
    // Every form's action on a 360x640 phone: inside the window, not under
    // the section bar, and (except where it belongs to fields further down,
    // as adding a plan step) on screen without scrolling.
    function test_form_action_on_screen_on_a_phone(data) {
        if (data.user)
            Fixture.loadSchool(Fixture.id(data.user), data.roles);
        else
            Fixture.signOut();
        openApp(phone);
        if (data.section !== undefined)
            showSection(data.section, data.name);
        else if (data.file)
            openPage(data.file, {
                    "studentId": Fixture.id("bas"),
                    "studentName": "Bas"
                }, data.name);
        else
            settle(data.name);
        const action = item(data.action);
        verify(action.visible, data.action + " is shown");
        if (data.scrolls) {
            const column = item("pageColumn").parent.parent;
            column.reveal(action);
            drawn();
        }
        const top = action.mapToItem(window.contentItem, 0, 0).y;
        const bar = findChild(window.contentItem.parent, "sectionBar");
        const bottom = bar.visible ? bar.mapToItem(window.contentItem, 0, 0).y : window.contentItem.height;
        const sides = edges(action);
        verify(sides[0] >= 0 && sides[1] <= window.width, `${data.action} fits sideways (${sides})`);
        verify(top >= 0 && top + action.height <= bottom + 0.5, `${data.action} is on screen: ${top}..${top + action.height} of ${bottom}`);
    }
    function test_form_action_on_screen_on_a_phone_data() {
        return [{
                "tag": "report form",
                "user": "parent",
                "roles": ["parent"],
                "file": "ReportAbsencePage.qml",
                "name": "reportAbsencePage",
                "action": "submitButton"
            }, {
                "tag": "contact",
                "user": "mentor",
                "roles": ["mentor"],
                "file": "LogContactPage.qml",
                "name": "logContactPage",
                "action": "saveContactButton"
            }, {
                "tag": "composer",
                "user": "mentor",
                "roles": ["mentor"],
                "file": "ComposeMessagePage.qml",
                "name": "composeMessagePage",
                "action": "sendButton"
            }, {
                "tag": "check-in",
                "user": "bas",
                "roles": ["student"],
                "section": 2,
                "name": "checkInPage",
                "action": "sendCheckInButton"
            }, {
                "tag": "plan step",
                "user": "mentor",
                "roles": ["mentor"],
                "file": "PlanEditorPage.qml",
                "name": "planEditorPage",
                "action": "addStepButton",
                "scrolls": true
            }, {
                "tag": "settings",
                "user": "mentor",
                "roles": ["mentor", "parent"],
                "file": "SettingsPage.qml",
                "name": "settingsPage",
                "action": "logOutButton",
                "scrolls": true
            }, {
                "tag": "first run",
                "name": "firstRunPage",
                "action": "pairButton",
                "scrolls": true
            }];
    }
    function test_forms_in_one_readable_column_centred(data) {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor", "parent"]);
        for (const size of [phone, tabletPortrait, tabletLandscape]) {
            openApp(size);
            openPage(data.file, {
                    "studentId": Fixture.id("bas"),
                    "studentName": "Bas"
                }, data.name);
            const column = item("pageColumn");
            const stack = findChild(window.contentItem, "stack");
            compare(column.width, Math.min(stack.width - 2 * Theme.margin, Theme.readableWidth), `${size}: readable width`);
            const left = edges(column)[0];
            const right = edges(column)[1];
            compare(left - edges(stack)[0], edges(stack)[1] - right, `${size}: centred`);
            cleanup();
        }
    }
    function test_forms_in_one_readable_column_centred_data() {
        return [{
                "tag": "report form",
                "file": "ReportAbsencePage.qml",
                "name": "reportAbsencePage"
            }, {
                "tag": "composer",
                "file": "ComposeMessagePage.qml",
                "name": "composeMessagePage"
            }, {
                "tag": "settings",
                "file": "SettingsPage.qml",
                "name": "settingsPage"
            }];
    }
    function test_sections_at_the_bottom_of_a_phone() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        for (const size of [phone, [599, 900]]) {
            openApp(size);
            showSection(0, "mentorTodayPage");
            verify(findChild(window.contentItem.parent, "sectionBar").visible, `${size}: bottom bar`);
            verify(!findChild(window.contentItem, "sectionRail").visible, `${size}: no side list`);
            compare(edges(findChild(window.contentItem, "stack")), [0, size[0]]);
            cleanup();
        }
    }
    function test_sections_at_the_side_of_a_wide_window(data) {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        openApp(data.size);
        showSection(0, "mentorTodayPage");
        const rail = findChild(window.contentItem, "sectionRail");
        verify(rail.visible);
        verify(!findChild(window.contentItem.parent, "sectionBar").visible, "no bottom bar");
        compare(edges(findChild(window.contentItem, "stack")), [Theme.railWidth, window.width], "the pages beside the list");
        const classButton = findChild(rail, "railSection1");
        compare(classButton.text, "Klas");
        verify(classButton.height >= Theme.touch);
        mouseClick(classButton);
        tryVerify(() => item("classList") !== null);
        verify(findChild(rail, "railSection1").current);
        verify(!findChild(rail, "railSection0").current);
        openPage("SettingsPage.qml", {}, "settingsPage");
        verify(rail.visible, "the sections stay while a page is open on top");
    }
    // From 600 px on (Material 3's medium width): an upright tablet, a phone on its side.
    function test_sections_at_the_side_of_a_wide_window_data() {
        return [{
                "tag": "600 px",
                "size": [600, 900]
            }, {
                "tag": "tablet upright",
                "size": tabletPortrait
            }, {
                "tag": "tablet on its side",
                "size": tabletLandscape
            }];
    }
    // A student's four sections share a 360 px phone's bottom bar: every
    // name whole (not elided, no word wider than its tab, at most two lines
    // inside the tab) in Dutch and in each other language.
    function test_student_sections_whole_on_a_phone() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        openApp(phone);
        showSection(0, "messagesPage");
        for (const language of ["nl", "pseudo", "ar", "tr", "pl", "uk", "en"]) {
            Fixture.setPseudoTranslation(language === "pseudo");
            Preferences.language = language === "pseudo" ? "nl" : language;
            drawn();
            const bar = findChild(window.contentItem.parent, "sectionBar");
            verify(bar.visible, `${language}: the sections at the bottom`);
            for (let index = 0; index < 4; ++index) {
                const tab = findChild(bar, "section" + index);
                verify(tab, `${language}: section ${index}`);
                checkLabelWhole(tab, `${language} section ${index}`);
            }
        }
    }
    function test_turning_the_phone_moves_the_sections() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        openApp(phone);
        showSection(1, "parentReportsPage");
        verify(findChild(window.contentItem.parent, "sectionBar").visible);
        window.width = phone[1];
        window.height = phone[0];
        tryVerify(() => findChild(window.contentItem, "sectionRail").visible);
        verify(!findChild(window.contentItem.parent, "sectionBar").visible);
        verify(findChild(window.contentItem, "railSection1").current, "the same section stays open");
        compare(findChild(window.contentItem, "stack").currentItem.objectName, "parentReportsPage");
    }

    name: "Layout"
    when: windowShown
}
