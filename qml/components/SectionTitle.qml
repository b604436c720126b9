import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// The heading of a part of a page.
Label {
    Accessible.name: text
    Accessible.role: Accessible.Heading
    color: Theme.primary
    font.bold: true
    font.pixelSize: 16
    topPadding: 8
}
