import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A radio button that a screen reader presses or toggles as a tap does (see Activation).
RadioButton {
    id: control
    contentItem: WrappedButtonText {
        button: control
    }

    Accessible.onPressAction: Activation.tap(control)
    Accessible.onToggleAction: Activation.tap(control)
}
