import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// What is wrong with the field above it, in plain words (a form's
// `<field>Error`); takes no room while nothing is.
Label {
    Accessible.name: text
    Accessible.role: Accessible.StaticText
    Layout.fillWidth: true
    color: Theme.primary
    visible: text.length > 0
    wrapMode: Text.Wrap
}
