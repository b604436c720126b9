import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// One child on the parent's home page: today's status and what the parent can do.
Card {
    id: child

    required property bool absentToday
    required property string className
    required property string displayName
    required property string firstName
    required property string openSickReportId
    required property string personId
    // Today's open report on its way (ReportProgress), -1: none.
    required property int todayProgress
    required property string todayText

    signal attendanceRequested
    signal betterRequested
    signal otherReportRequested
    signal planRequested
    signal sickRequested

    Accessible.name: displayName + ", " + todayText
    objectName: "child_" + personId

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            font.bold: true
            font.pixelSize: 18
            text: child.displayName
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: child.className
            visible: text.length > 0
        }
        Label {
            Layout.fillWidth: true
            color: child.absentToday ? Theme.primary : Theme.good
            objectName: "todayText"
            text: child.todayText
            wrapMode: Text.Wrap
        }
        ReportProgress {
            Layout.fillWidth: true
            objectName: "todayProgress"
            progress: child.todayProgress
        }
        AppButton {
            Accessible.name: qsTr("%1 ziek melden").arg(child.firstName)
            Layout.fillWidth: true
            highlighted: true
            objectName: "sickButton"
            text: qsTr("Ziek melden")
            visible: child.openSickReportId.length === 0

            onClicked: child.sickRequested()
        }
        AppButton {
            id: betterButton
            Accessible.name: qsTr("%1 beter melden").arg(child.firstName)
            Layout.fillWidth: true
            Material.foreground: Theme.accent
            flat: true
            objectName: "betterButton"
            text: qsTr("Beter melden")
            visible: child.openSickReportId.length > 0

            // Outlined: a second step, not the main action.
            background: Rectangle {
                border.color: Theme.accent
                border.width: 1
                color: betterButton.down ? Theme.pressed : Theme.noFill
                implicitHeight: 40
                radius: 4
            }

            onClicked: child.betterRequested()
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4

            AppButton {
                Accessible.name: qsTr("Andere afwezigheid melden voor %1").arg(child.firstName)
                flat: true
                objectName: "otherReportButton"
                text: qsTr("Andere melding")

                onClicked: child.otherReportRequested()
            }
            AppButton {
                Accessible.name: qsTr("Aanwezigheid van %1").arg(child.firstName)
                flat: true
                objectName: "attendanceButton"
                text: qsTr("Aanwezigheid")

                onClicked: child.attendanceRequested()
            }
            AppButton {
                Accessible.name: qsTr("Terugkeerplan van %1").arg(child.firstName)
                flat: true
                objectName: "planButton"
                text: qsTr("Terugkeerplan")

                onClicked: child.planRequested()
            }
        }
    }
}
