import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A button that a screen reader activates as a tap does (see Activation).
Button {
    id: control
    Accessible.onPressAction: Activation.tap(control)
}
