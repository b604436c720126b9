import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A signal: a reason for a conversation, with a plain explanation and a next step.
Card {
    id: signalCard

    required property string explanation
    required property string kind
    required property string nextStep
    required property string title
    required property bool urgent

    Accessible.name: title + ". " + explanation + " " + nextStep
    Material.background: urgent ? Theme.attention : Theme.soft
    objectName: "signal_" + kind

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            Layout.fillWidth: true
            font.bold: true
            text: signalCard.title
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: signalCard.explanation
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.primary
            text: qsTr("Volgende stap: %1").arg(signalCard.nextStep)
            wrapMode: Text.Wrap
        }
    }
}
