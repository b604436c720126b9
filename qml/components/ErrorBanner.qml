import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A problem in plain words, with a way to close it. Nothing the user typed is lost.
Rectangle {
    id: errorBanner

    property alias text: messageLabel.text

    function show(message: string) {
        messageLabel.text = message;
    }

    Accessible.name: messageLabel.text
    Accessible.role: Accessible.AlertMessage
    color: Theme.attention
    implicitHeight: visible ? Math.max(Theme.touch, row.implicitHeight + 12) : 0
    radius: 8
    visible: messageLabel.text.length > 0

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        spacing: 4

        Label {
            id: messageLabel
            Layout.fillWidth: true
            color: Theme.text
            objectName: "errorText"
            wrapMode: Text.Wrap
        }
        AppToolButton {
            Accessible.name: qsTr("Melding sluiten")
            text: "✕"

            onClicked: messageLabel.text = ""
        }
    }
}
