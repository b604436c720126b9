import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A switch that a screen reader presses or toggles as a tap does (see Activation).
Switch {
    id: control
    contentItem: WrappedButtonText {
        button: control
    }

    Accessible.onPressAction: Activation.tap(control)
    Accessible.onToggleAction: Activation.tap(control)
}
