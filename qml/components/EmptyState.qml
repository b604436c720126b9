import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// What a page shows when there is nothing (yet): a friendly sentence, never a blank.
ColumnLayout {
    id: emptyState

    property alias explanation: explanationLabel.text
    property alias title: titleLabel.text

    spacing: 8

    Label {
        id: titleLabel
        Accessible.name: text
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: 18
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    Label {
        id: explanationLabel
        Accessible.name: text
        Layout.fillWidth: true
        color: Theme.muted
        horizontalAlignment: Text.AlignHCenter
        visible: text.length > 0
        wrapMode: Text.Wrap
    }
}
