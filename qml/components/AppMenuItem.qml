import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// An item of a menu or of a combo box's list that a screen reader activates as a tap does (see Activation).
MenuItem {
    id: control
    Accessible.onPressAction: Activation.tap(control)
}
