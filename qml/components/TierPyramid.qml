pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The class's share of students per tier next to what is healthy for a school
// (more than 80 %, less than 15 %, less than 5 %). Tier 3 on top, as a pyramid.
ColumnLayout {
    id: pyramid

    readonly property var healthy: [qsTr("gezond: meer dan 80 %"), qsTr("gezond: minder dan 15 %"), qsTr("gezond: minder dan 5 %")]
    property var shares: [0, 0, 0]

    spacing: 6

    Repeater {
        model: [2, 1, 0]

        delegate: RowLayout {
            id: tierRow

            required property int modelData
            readonly property int share: pyramid.shares[modelData] ?? 0

            Accessible.name: qsTr("Laag %1: %2 % van de leerlingen, %3").arg(modelData + 1).arg(share).arg(pyramid.healthy[modelData])
            Layout.fillWidth: true
            objectName: "tierRow" + (modelData + 1)
            spacing: 8

            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: 32

                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    color: Theme.tierColor(tierRow.modelData + 1)
                    height: parent.height
                    radius: 4
                    width: Math.max(8, parent.width * (0.35 + 0.65 * tierRow.share / 100))
                }
                Label {
                    anchors.centerIn: parent
                    color: "white"
                    font.bold: true
                    text: tierRow.share + " %"
                }
            }
            Label {
                Layout.preferredWidth: 120
                color: Theme.muted
                font.pixelSize: 12
                text: pyramid.healthy[tierRow.modelData]
                wrapMode: Text.Wrap
            }
        }
    }
}
