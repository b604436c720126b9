import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A page's content as one readable column: it fills the page, scrolls
// vertically only, and is at most `maxWidth` wide, centred. Items placed in it
// are laid out as in a ColumnLayout.
Flickable {
    id: pageColumn

    // The column itself (tests measure it).
    readonly property alias column: column
    default property alias content: column.data
    property real maxWidth: Theme.readableWidth
    property alias spacing: column.spacing

    // Keeps `item`, if it is in the column, inside the view.
    function reveal(item: Item) {
        FocusHandoff.reveal(pageColumn, column, item);
    }

    anchors.fill: parent
    contentHeight: column.implicitHeight + 2 * Theme.margin
    contentWidth: width
    flickableDirection: Flickable.VerticalFlick

    ScrollBar.vertical: ScrollBar {
    }

    // What has the focus (Tab, a screen reader moving on) scrolls into view.
    Connections {
        function onActiveFocusItemChanged() {
            pageColumn.reveal(pageColumn.Window.activeFocusItem);
        }

        target: pageColumn.Window.window
    }
    ColumnLayout {
        id: column
        objectName: "pageColumn"
        spacing: Theme.gap
        width: Theme.contentWidth(pageColumn.width, pageColumn.maxWidth)
        x: (pageColumn.width - width) / 2
        y: Theme.margin
    }
}
