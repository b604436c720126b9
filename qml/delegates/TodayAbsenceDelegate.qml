import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// One of today's absences on the mentor's list, with the first-day actions. A
// parent's report can be acknowledged; a school registration has no report.
Card {
    id: absence

    required property bool acknowledged
    required property string className
    required property string codeName
    required property bool contacted
    required property bool fromSchool
    required property string note
    required property string periodText
    required property string reportId
    required property string studentId
    required property string studentName

    signal acknowledgeRequested
    signal contactRequested
    signal messageRequested
    signal studentRequested

    Accessible.name: (fromSchool ? qsTr("Afwezig zonder bericht") + ", " : "") + studentName + ", " + codeName + ", " + periodText + ", " + (contacted ? qsTr("contact gehad") : qsTr("nog geen contact"))
    objectName: "absence_" + studentId

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        // Absent without any report: nobody knows where the student is.
        // A word and a shape, not only a colour.
        Label {
            Layout.fillWidth: true
            color: Theme.textOnAccent
            font.bold: true
            leftPadding: 8
            objectName: "noReportMarker"
            padding: 4
            text: qsTr("⚠ Afwezig zonder bericht: niemand weet waar %1 is").arg(absence.studentName)
            visible: absence.fromSchool
            wrapMode: Text.Wrap

            background: Rectangle {
                color: Theme.primary
                radius: 4
            }
        }
        RowLayout {
            Layout.fillWidth: true

            AppItemDelegate {
                Accessible.name: qsTr("Open %1").arg(absence.studentName)
                Layout.fillWidth: true
                objectName: "openStudent"
                padding: 0

                contentItem: Label {
                    font.bold: true
                    font.pixelSize: 17
                    text: absence.className.length > 0 ? qsTr("%1 (%2)").arg(absence.studentName).arg(absence.className) : absence.studentName
                    wrapMode: Text.Wrap
                }

                onClicked: absence.studentRequested()
            }
            Label {
                color: absence.contacted ? Theme.good : Theme.accent
                font.pixelSize: 12
                objectName: "contactBadge"
                text: absence.contacted ? qsTr("✓ Contact gehad") : qsTr("Nog geen contact")
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "periodText"
            text: qsTr("%1 · %2").arg(absence.codeName).arg(absence.periodText)
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: absence.note
            visible: text.length > 0
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4

            AppButton {
                Accessible.name: qsTr("Melding van %1 gezien").arg(absence.studentName)
                objectName: "acknowledgeButton"
                text: absence.acknowledged ? qsTr("Gezien ✓") : qsTr("Gezien")
                visible: !absence.fromSchool && !absence.acknowledged

                onClicked: absence.acknowledgeRequested()
            }
            // Done: said, not a button that does nothing.
            Label {
                Accessible.name: qsTr("Melding van %1 is gezien").arg(absence.studentName)
                Accessible.role: Accessible.StaticText
                color: Theme.good
                objectName: "acknowledgedText"
                padding: 12
                text: qsTr("Gezien ✓")
                visible: absence.acknowledged
            }
            CallParentsButton {
                studentId: absence.studentId
                studentName: absence.studentName

                onLogContactRequested: absence.contactRequested()
            }
            AppButton {
                Accessible.name: qsTr("Contact met %1 vastleggen").arg(absence.studentName)
                highlighted: !absence.contacted
                objectName: "contactButton"
                text: qsTr("Contact")

                onClicked: absence.contactRequested()
            }
            AppButton {
                Accessible.name: qsTr("Warm bericht aan %1").arg(absence.studentName)
                objectName: "messageButton"
                text: qsTr("Bericht")

                onClicked: absence.messageRequested()
            }
        }
    }
}
