import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// One step of a return plan: who does it, when, and whether it is done. The
// row itself is no control: its check box and delete button are.
Control {
    id: step

    property bool canDelete: false
    property bool canTick: false
    required property bool done
    required property string dueText
    required property string ownerText
    required property string stepId
    required property string title

    signal deleteRequested
    signal tickRequested(bool done)

    Accessible.name: qsTr("%1, %2%3").arg(title).arg(ownerText).arg(done ? qsTr(", gedaan") : "")
    Accessible.role: Accessible.ListItem
    horizontalPadding: Theme.margin
    objectName: "step_" + stepId
    verticalPadding: 8

    contentItem: RowLayout {
        spacing: 8

        AppCheckBox {
            Accessible.name: qsTr("%1 afvinken").arg(step.title)
            Layout.minimumWidth: Theme.touch
            checked: step.done
            enabled: step.canTick
            objectName: "stepCheck"

            onToggled: step.tickRequested(checked)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                font.strikeout: step.done
                text: step.title
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.muted
                font.pixelSize: 12
                text: step.dueText.length > 0 ? qsTr("%1 · %2").arg(step.ownerText).arg(step.dueText) : step.ownerText
            }
        }
        AppToolButton {
            Accessible.name: qsTr("Stap %1 verwijderen").arg(step.title)
            objectName: "deleteStepButton"
            text: "✕"
            visible: step.canDelete

            onClicked: step.deleteRequested()
        }
    }
}
