import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A list that asks for a sync when pulled down, and shows its empty state when it has no rows.
ListView {
    id: list

    property alias emptyExplanation: emptyState.explanation
    property alias emptyTitle: emptyState.title
    readonly property bool pulledFarEnough: contentY < -72

    Accessible.name: emptyTitle
    Accessible.role: Accessible.List
    boundsBehavior: Flickable.DragOverBounds
    clip: true
    spacing: 8

    ScrollBar.vertical: ScrollBar {
    }

    onDragEnded: {
        if (pulledFarEnough)
            SyncStatus.syncNow();
    }

    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        color: Theme.muted
        text: list.pulledFarEnough ? qsTr("Loslaten om te verversen") : qsTr("Trek omlaag om te verversen")
        visible: list.contentY < -24
        y: -list.contentY - height - 8
    }
    EmptyState {
        id: emptyState
        anchors.centerIn: parent
        objectName: "emptyState"
        visible: list.count === 0
        width: parent.width - 2 * Theme.margin
    }
}
