pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material

ApplicationWindow {
    id: window

    height: 640
    title: qsTr("Aanwezig")
    visible: true
    width: 360

    Material.accent: Material.DeepOrange
    Material.primary: Material.Orange

    Label {
        anchors.centerIn: parent
        objectName: "welcomeLabel"
        text: qsTr("Welkom bij Aanwezig")
    }
}
