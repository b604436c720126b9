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
        width: ListView.view.width
    }

    Accessible.onPressAction: {
        if (control.popup.visible)
            control.popup.close();
        else
            control.popup.open();
    }
}
