pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A combo box that a screen reader opens as a tap does, with items it picks
// as a tap does (AppMenuItem: the combo box takes an item's `clicked`).
ComboBox {
    id: control
    delegate: AppMenuItem {
        required property int index

        Accessible.name: text
        highlighted: control.highlightedIndex === index
        hoverEnabled: control.hoverEnabled
        text: control.textAt(index)
        // Hidden with the list: without it an item destroyed with a page
        // whose list is closed turns visible once it loses its parent (Qt
        // 6.4), and the accessibility event for that reaches a half-destroyed
        // control (a crash when a screen reader or any active window is on).
        visible: control.popup.visible
        width: ListView.view.width
    }

    Accessible.onPressAction: {
        if (control.popup.visible)
            control.popup.close();
        else
            control.popup.open();
    }
}
