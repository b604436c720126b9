import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A tool button (in a header, next to a line) that a screen reader activates as a tap does (see Activation).
ToolButton {
    id: control
    Accessible.onPressAction: Activation.tap(control)
}
