import QtQuick
import QtQuick.Controls.Material

// A spin box that a screen reader steps up and down as the + and − buttons do.
SpinBox {
    id: control
    Accessible.onDecreaseAction: {
        control.decrease();
        control.valueModified();
    }
    Accessible.onIncreaseAction: {
        control.increase();
        control.valueModified();
    }
}
