pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The class's share of students per tier, each with the goal a healthy school
// reaches (tier 1 more than 80 %, tier 2 less than 15 %, tier 3 less than
// 5 %) and a word whether it is met. Tier 3 on top, as a pyramid: each bar is
// as wide as its share of the track under it.
ColumnLayout {
    id: pyramid

    // The goals, tier 1 first: [least (true) or most share, percent].
    readonly property var goals: [[true, 80], [false, 15], [false, 5]]
    property var shares: [0, 0, 0]

    // "doel boven 80 %" / "doel onder 5 %"
    function goalText(tierIndex: int): string {
        const limit = goals[tierIndex][1];
        return goals[tierIndex][0] ? qsTr("doel boven %1 %").arg(limit) : qsTr("doel onder %1 %").arg(limit);
    }
    function meetsGoal(tierIndex: int, share: real): bool {
        const limit = goals[tierIndex][1];
        return goals[tierIndex][0] ? share > limit : share < limit;
    }

    spacing: 10

    Repeater {
        model: [2, 1, 0]

        delegate: ColumnLayout {
            id: tierRow

            readonly property bool met: pyramid.meetsGoal(modelData, share)
            required property int modelData
            readonly property int share: pyramid.shares[modelData] ?? 0

            Accessible.name: qsTr("Laag %1: %2 % van de leerlingen, %3, %4").arg(modelData + 1).arg(share).arg(pyramid.goalText(modelData)).arg(met ? qsTr("doel gehaald") : qsTr("doel nog niet gehaald"))
            Accessible.role: Accessible.StaticText
            Layout.fillWidth: true
            objectName: "tierRow" + (modelData + 1)
            spacing: 4

            Label {
                Layout.fillWidth: true
                color: Theme.text
                objectName: "tierText"
                text: qsTr("<b>Laag %1</b> · %2 % · %3").arg(tierRow.modelData + 1).arg(tierRow.share).arg(pyramid.goalText(tierRow.modelData))
                textFormat: Text.StyledText
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                Rectangle {
                    id: track
                    Layout.fillWidth: true
                    Layout.preferredHeight: 16
                    color: Theme.track
                    objectName: "tierTrack"
                    radius: 4

                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        color: Theme.tierColor(tierRow.modelData + 1)
                        height: parent.height
                        objectName: "tierBar"
                        radius: 4
                        width: track.width * tierRow.share / 100
                    }
                }
                Label {
                    Layout.preferredWidth: 96
                    color: tierRow.met ? Theme.good : Theme.warning
                    font.pixelSize: 12
                    objectName: "goalWord"
                    text: tierRow.met ? qsTr("✓ gehaald") : qsTr("nog niet")
                }
            }
        }
    }
}
