import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A row that opens or picks something that a screen reader activates as a tap does (see Activation).
ItemDelegate {
    id: control
    Accessible.onPressAction: Activation.tap(control)
}
