pragma Singleton
import QtQuick

// What a tap does, for a screen reader's action: Qt Quick Controls 6.4
// ignore the accessibility "Press" and "Toggle" actions (Orca's activate,
// TalkBack's double tap, VoiceOver's double tap all arrive as one of them), so
// the module's own controls (AppButton, AppCheckBox, …) hand them here.
QtObject {
    // Does to `control`, an AbstractButton, what a tap does: focus where a tap
    // focuses, the next check state of a checkable control (an exclusive one
    // that is checked stays checked) with `toggled`, then `clicked` (which
    // also triggers a MenuItem and picks a ComboBox's item).
    function tap(control: var) {
        if (!control.enabled || !control.visible)
            return;
        if (control.focusPolicy & Qt.ClickFocus)
            control.forceActiveFocus(Qt.MouseFocusReason);
        if (control.checkable) {
            if (!(control.autoExclusive && control.checked)) {
                control.toggle();
                control.toggled();
            }
        }
        control.clicked();
    }
}
