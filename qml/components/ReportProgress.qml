pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Where a report is: saved on the phone, sent, received by school, seen by
// the mentor; each step is a bar and a word, done ones filled and in bold.
RowLayout {
    id: progressRow

    property int progress: 0 // -1: closed

    Accessible.name: [qsTr("bewaard op telefoon"), qsTr("verstuurd"), qsTr("ontvangen"), qsTr("gezien door mentor")][Math.max(0, progress)]
    spacing: 4
    visible: progress >= 0

    Repeater {
        model: [qsTr("Bewaard"), qsTr("Verstuurd"), qsTr("Ontvangen"), qsTr("Gezien")]

        delegate: ColumnLayout {
            id: stepColumn

            required property int index
            required property string modelData

            Layout.fillWidth: true
            spacing: 2

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 6
                color: stepColumn.index <= progressRow.progress ? Theme.good : Theme.track
                radius: 3
            }
            Label {
                Layout.fillWidth: true
                color: stepColumn.index <= progressRow.progress ? Theme.text : Theme.muted
                font.bold: stepColumn.index === progressRow.progress
                font.pixelSize: 11
                // A long word in another language shrinks a little, then breaks.
                fontSizeMode: Text.HorizontalFit
                horizontalAlignment: Text.AlignHCenter
                minimumPixelSize: 9
                text: stepColumn.modelData
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
        }
    }
}
