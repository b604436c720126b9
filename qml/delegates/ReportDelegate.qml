import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// One absence report with where it is on its way, "Beter melden" while it is
// open, and "Intrekken" for who made it (a mistake).
Card {
    id: report

    required property bool canReportBetter
    required property bool canWithdraw
    required property string codeName
    required property string decisionText
    required property string note
    required property string periodText
    required property int progress
    required property string reportId
    required property string stateText
    required property string studentName

    signal betterRequested
    signal withdrawRequested

    Accessible.name: studentName + ", " + codeName + ", " + periodText + ", " + stateText
    objectName: "report_" + reportId

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            font.bold: true
            text: report.studentName.length > 0 ? qsTr("%1 · %2").arg(report.studentName).arg(report.codeName) : report.codeName
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: report.periodText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: report.note
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        ReportProgress {
            Layout.fillWidth: true
            progress: report.progress
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 13
            objectName: "stateText"
            text: report.decisionText.length > 0 ? report.stateText + " · " + report.decisionText : report.stateText
            wrapMode: Text.Wrap
        }
        AppButton {
            id: betterButton
            Accessible.name: qsTr("%1 beter melden").arg(report.studentName)
            Layout.fillWidth: true
            Material.foreground: Theme.accent
            flat: true
            objectName: "betterButton"
            text: qsTr("Beter melden")
            visible: report.canReportBetter

            // Outlined: a second step, not the main action.
            background: Rectangle {
                border.color: Theme.accent
                border.width: 1
                color: betterButton.down ? Theme.pressed : Theme.noFill
                implicitHeight: 40
                radius: 4
            }

            onClicked: report.betterRequested()
        }
        AppButton {
            Accessible.name: qsTr("Melding voor %1 intrekken").arg(report.studentName)
            Layout.fillWidth: true
            flat: true
            objectName: "withdrawButton"
            text: qsTr("Intrekken")
            visible: report.canWithdraw

            onClicked: report.withdrawRequested()
        }
    }
}
