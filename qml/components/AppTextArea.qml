import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A text area that Tab leaves (and Shift+Tab), as keyboard and screen
// reader users move on with it; a bare TextArea keeps Tab as a character.
TextArea {
    id: area
    placeholderTextColor: Theme.muted

    Keys.onBacktabPressed: event => {
        area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason);
        event.accepted = true;
    }
    Keys.onTabPressed: event => {
        area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
        event.accepted = true;
    }
}
