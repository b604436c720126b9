import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A tab (a section at the bottom) that a screen reader activates as a tap does (see Activation).
TabButton {
    id: control
    Accessible.onPressAction: Activation.tap(control)
}
