pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The shell: header with the page's title, the calm sync line, the page
// stack and, per role, its sections: at the bottom on a phone, in a list at
// the side from Theme.wideWindow (600 px) on. The role is switched in
// Settings.
ApplicationWindow {
    id: window

    readonly property var currentSections: Session.paired ? sectionsFor(Session.activeRole, Session.userId) : []
    // The section open at the bottom of the stack.
    property int sectionIndex: 0
    readonly property bool wide: width >= Theme.wideWindow

    // Opens the page a tapped notification leads to (Notifications.openRequested):
    // link {page, id, studentId, date}, the pages of NotificationPages.
    function openLink(link: var) {
        if (!Session.paired)
            return;
        const pages = {
            "report_form": ["ReportAbsencePage.qml", {
                    "studentId": link.studentId,
                    "studentName": Notifications.studentName(link.studentId),
                    "code": "Z",
                    "startDate": link.date
                }],
            "report": ["ParentReportsPage.qml", {}],
            "message": ["MessagesPage.qml", {
                    "audience": Session.activeRole === "student" ? "student" : "parents"
                }],
            "plan": ["ReturnPlanPage.qml", {
                    "studentId": link.studentId,
                    "canTick": Session.activeRole === "student"
                }],
            "checkin": ["CheckInPage.qml", {}],
            "today": ["MentorTodayPage.qml", {}],
            "student": ["StudentPage.qml", {
                    "studentId": link.studentId,
                    "studentName": Notifications.studentName(link.studentId)
                }],
            "settings": ["SettingsPage.qml", {}]
        };
        const target = pages[link.page];
        if (!target)
            return;
        showStart();
        stack.push(Qt.resolvedUrl("pages/" + target[0]), target[1]);
        window.raise();
        window.requestActivate();
    }
    // Opens a page of the module on top of the current one.
    function openPage(file: string, properties: var) {
        stack.push(Qt.resolvedUrl("pages/" + file), properties);
    }
    // The sections of a role: [title, page file, page properties].
    function sectionsFor(role: string, userId: string): var {
        if (role === "parent")
            return [[qsTr("Kinderen"), "ChildrenPage.qml"], [qsTr("Meldingen"), "ParentReportsPage.qml"], [qsTr("Berichten"), "MessagesPage.qml", {
                        "audience": "parents"
                    }]];
        if (role === "mentor")
            return [[qsTr("Vandaag"), "MentorTodayPage.qml"], [qsTr("Klas"), "ClassPage.qml"], [qsTr("Berichten"), "MessagesPage.qml"]];
        if (role === "team")
            return [[qsTr("Klas"), "ClassPage.qml"], [qsTr("Vandaag"), "MentorTodayPage.qml"]];
        if (role === "student")
            return [[qsTr("Berichten"), "MessagesPage.qml", {
                        "audience": "student",
                        "studentId": userId
                    }], [qsTr("Mijn plan"), "ReturnPlanPage.qml", {
                        "studentId": userId,
                        "canTick": true
                    }], [qsTr("Check-in"), "CheckInPage.qml"], [qsTr("Steun"), "SupportPage.qml", {
                        "studentId": userId
                    }]];
        return [[qsTr("Instellingen"), "SettingsPage.qml"]];
    }

    // Opens the section at `index` of the active role as the stack's only page.
    function showSection(index: int) {
        const section = currentSections[index];
        if (!section)
            return;
        sectionIndex = index;
        sectionBar.currentIndex = index;
        stack.replace(null, Qt.resolvedUrl("pages/" + section[1]), section[2] ?? {});
    }
    function showStart() {
        if (Session.paired)
            showSection(0);
        else
            stack.replace(null, Qt.resolvedUrl("pages/FirstRunPage.qml"));
    }

    // Arabic: the whole window right to left (rows, lists, the section bar,
    // the back arrow); texts align with their own direction.
    LayoutMirroring.childrenInherit: true
    LayoutMirroring.enabled: Preferences.rightToLeft
    Material.accent: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.text
    Material.primary: Theme.primary
    Material.theme: Material.Light
    height: 640
    title: Session.paired ? qsTr("Aanwezig · %1").arg(Session.roleName(Session.activeRole)) : qsTr("Aanwezig")
    visible: true
    width: 360

    footer: TabBar {
        id: sectionBar
        objectName: "sectionBar"
        visible: !window.wide && window.currentSections.length > 1 && stack.depth === 1

        Repeater {
            model: window.currentSections

            delegate: AppTabButton {
                required property int index
                required property var modelData

                Accessible.name: text
                implicitHeight: Theme.touch
                objectName: "section" + index
                text: modelData[0]

                onClicked: window.showSection(index)
            }
        }
    }
    header: ColumnLayout {
        spacing: 0

        // Flat, as a Material 3 top bar at rest: its shadow would be a layer
        // with its own shaders, which made a cold first frame under software
        // OpenGL about 130 ms slower (aanwezig-firstframe-bench).
        ToolBar {
            Layout.fillWidth: true
            Material.elevation: 0
            Material.foreground: Theme.textOnAccent

            RowLayout {
                anchors.fill: parent
                spacing: 0

                AppToolButton {
                    Accessible.name: qsTr("Terug")
                    objectName: "backButton"
                    text: LayoutMirroring.enabled ? "→" : "←"
                    visible: stack.depth > 1

                    onClicked: stack.pop()
                }
                Label {
                    Accessible.name: text
                    Accessible.role: Accessible.Heading
                    Layout.fillWidth: true
                    Layout.leftMargin: stack.depth > 1 ? 0 : Theme.margin
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: 18
                    // A long title (a name in another language) gets smaller
                    // before it would be cut off.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    objectName: "pageTitle"
                    text: stack.currentItem?.title ?? ""
                }
                // Pull to refresh without the gesture: for a screen reader
                // and for anyone who cannot drag.
                AppToolButton {
                    // Asked for at least once: then it tells how it went.
                    property bool asked: false

                    Accessible.description: !asked ? "" : SyncStatusView.syncing ? qsTr("Bezig met verversen") : qsTr("Bijgewerkt om %1").arg(SyncStatusView.lastSyncAt.toLocaleTimeString(Qt.locale(), "HH:mm:ss"))
                    Accessible.name: qsTr("Verversen")
                    objectName: "refreshButton"
                    text: "⟳"
                    visible: Session.paired

                    onClicked: {
                        asked = true;
                        SyncStatusView.syncNow();
                    }
                }
                AppToolButton {
                    Accessible.name: qsTr("Instellingen")
                    objectName: "settingsButton"
                    text: "⚙"
                    visible: Session.paired

                    onClicked: stack.push(Qt.resolvedUrl("pages/SettingsPage.qml"))
                }
            }
        }
        SyncBanner {
            Layout.fillWidth: true
        }
    }

    Component.onCompleted: showStart()

    Connections {
        function onOpenRequested(link: var) {
            window.openLink(link);
        }

        target: Notifications
    }
    Connections {
        function onAccountChanged() {
            window.showStart();
        }
        function onActiveRoleChanged() {
            window.showStart();
        }

        target: Session
    }
    // The sections at the side on a wide window; they stay while a page is open on top.
    Pane {
        id: rail
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.top: parent.top
        objectName: "sectionRail"
        padding: 0
        topPadding: Theme.gap
        visible: window.wide && window.currentSections.length > 1
        width: Theme.railWidth

        background: Rectangle {
            color: Theme.background

            Rectangle {
                anchors.bottom: parent.bottom
                anchors.right: parent.right
                anchors.top: parent.top
                color: Theme.soft
                width: 1
            }
        }

        Column {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 4

            Repeater {
                model: window.currentSections

                delegate: AppItemDelegate {
                    id: railButton

                    readonly property bool current: index === window.sectionIndex
                    required property int index
                    required property var modelData

                    Accessible.name: text
                    Accessible.role: Accessible.PageTab
                    Accessible.selected: current
                    font.bold: current
                    height: Theme.touch
                    leftPadding: Theme.gap + 4
                    objectName: "railSection" + index
                    rightPadding: 4
                    text: modelData[0]
                    width: rail.width

                    background: Rectangle {
                        color: railButton.current ? Theme.soft : railButton.down ? Theme.pressed : Theme.noFill
                        radius: height / 2
                        width: parent.width - Theme.gap
                        x: Theme.gap / 2
                    }

                    onClicked: window.showSection(index)
                }
            }
        }
    }
    StackView {
        id: stack
        anchors.bottom: parent.bottom
        anchors.left: rail.visible ? rail.right : parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        objectName: "stack"
    }
}
