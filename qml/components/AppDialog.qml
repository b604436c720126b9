import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A modal question with an accept and a reject button (AppButtons). It takes
// the screen reader's focus when it opens (`initialFocusItem`, the accept
// button unless told otherwise) and gives it back, when it closes, to the
// control that had it (the one that opened it), if that is still there.
Dialog {
    id: dialog

    readonly property alias acceptButton: acceptButton
    property string acceptText: qsTr("OK")
    property Item initialFocusItem: acceptButton
    readonly property alias rejectButton: rejectButton
    property string rejectText: qsTr("Annuleren")

    anchors.centerIn: parent
    focus: true
    modal: true

    footer: Flow {
        layoutDirection: Qt.RightToLeft
        padding: 8
        spacing: 8

        AppButton {
            id: acceptButton
            Accessible.name: text
            highlighted: true
            objectName: dialog.objectName + "Accept"
            text: dialog.acceptText

            onClicked: dialog.accept()
        }
        AppButton {
            id: rejectButton
            Accessible.name: text
            flat: true
            objectName: dialog.objectName + "Reject"
            text: dialog.rejectText

            onClicked: dialog.reject()
        }
    }

    onAboutToShow: FocusHandoff.takeFrom(dialog, dialog.parent)
    onClosed: FocusHandoff.giveBack(dialog)
    onOpened: initialFocusItem?.forceActiveFocus(Qt.PopupFocusReason)
}
