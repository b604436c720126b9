import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Something is on its way: a spinner and what we are waiting for.
ColumnLayout {
    property alias text: waitingLabel.text

    spacing: 8

    BusyIndicator {
        Accessible.name: waitingLabel.text
        Layout.alignment: Qt.AlignHCenter
        running: parent.visible
    }
    Label {
        id: waitingLabel
        Layout.fillWidth: true
        color: Theme.muted
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Even geduld…")
        wrapMode: Text.Wrap
    }
}
