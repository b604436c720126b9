pragma Singleton
import QtQuick

// Where the screen reader's focus goes around popups: screen readers follow
// the keyboard focus, so a dialog or notice that opens moves it in and, when
// the last of them closes, gives it back to the control that opened the first.
QtObject {
    // [{popup, opener}] of the popups that took the focus, oldest first.
    property var taken: []

    // Whether `item` is part of `popup` (its content, header or footer).
    function contains(popup: var, item: Item): bool {
        const popupItem = popup.contentItem?.parent ?? null;
        for (let ancestor = item; ancestor; ancestor = ancestor.parent) {
            if (ancestor === popupItem)
                return true;
        }
        return false;
    }
    // Scrolls `view` (a Flickable or a ListView) so that `item`, when it lies
    // in `content`, is inside it: what has the focus (Tab, a screen reader
    // moving on) stays in sight.
    function reveal(view: Flickable, content: Item, item: Item) {
        let inContent = false;
        for (let ancestor = item; ancestor && !inContent; ancestor = ancestor.parent)
            inContent = ancestor === content;
        if (!inContent)
            return;
        const top = item.mapToItem(view.contentItem, 0, 0).y;
        const first = view.originY - view.topMargin;
        const last = Math.max(first, view.originY + view.contentHeight + view.bottomMargin - view.height);
        if (top < view.contentY)
            view.contentY = Math.max(first, top - Theme.margin);
        else if (top + item.height > view.contentY + view.height)
            view.contentY = Math.min(last, top + item.height - view.height + Theme.margin);
    }
    // `popup` closed: once no other popup holds the focus, it goes back to
    // the opener, if that is still shown and usable.
    function giveBack(popup: var) {
        const entry = taken.find(candidate => candidate.popup === popup);
        // A popup that went with its page never says it closed.
        taken = taken.filter(candidate => candidate.popup !== popup && candidate.popup?.visible === true);
        const opener = entry?.opener ?? null;
        if (taken.length > 0 || !opener || !opener.visible || !opener.enabled)
            return;
        opener.forceActiveFocus(Qt.PopupFocusReason);
    }

    // `popup` (a Popup in the window of `item`) opens and will take the
    // focus: remembers who had it. A popup opened from one that has it
    // inherits that popup's opener (a notice after a dialog).
    function takeFrom(popup: var, item: Item) {
        let opener = item ? item.Window.activeFocusItem : null;
        for (const entry of taken) {
            if (entry.popup === popup || contains(entry.popup, opener))
                opener = entry.opener;
        }
        taken = taken.filter(entry => entry.popup !== popup).concat([{
                    "popup": popup,
                    "opener": opener
                }]);
    }
}
